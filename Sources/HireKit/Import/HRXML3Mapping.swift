/// Where HR-XML 3.x `Candidate` nouns (namespace `http://www.hr-xml.org/3`, OAGIS `oa:` components)
/// keep what Hire imports. Message wrappers (`ProcessCandidate/DataArea`) are passed through.
/// Europass CVs (the XML inside the PDFs europass.europa.eu exports) are the same noun with
/// `eures:` wrappers of the same local names, a dialling code beside a telephone number, schools
/// dated by `AttendancePeriod` and skills under `Skills`; elements are matched by local name.
extension FeedGrammarBuilder {
    private static let hrxml3DateForms = ["FormattedDateTime", "Year", "YearMonth", "DateText"]

    func addHRXML3() {
        let candidate = root(.hrxml3, "Candidate")
        add(candidate, "DocumentID", start: .issuerAttribute, end: .externalId)
        add(candidate, "PositionOpeningReference/DocumentID", end: .appliedPosition)
        add(candidate, "CandidateSupplier/PartyName", end: .supplierName)
        add(candidate, "CandidateSupplier/PartyReportingIDs/PartyID", end: .none)
        add(candidate, "CandidateSupplier/RelationshipTypeCode", end: .supplierRelationship)
        let person = add(candidate, "CandidatePerson")
        add(person, "PersonName/FormattedName", end: .formattedName)
        add(person, "PersonName/GivenName", end: .givenName)
        add(person, "PersonName/FamilyName", end: .familyName)
        let communication = add(person, "Communication", start: .beginCommunication, end: .endCommunication)
        add(communication, "ChannelCode", end: .channelCode)
        add(communication, "URI", end: .channelValue)
        add(communication, "DialNumber", end: .channelValue)
        add(communication, "FormattedNumber", end: .channelValue)
        add(communication, "CountryDialing", end: .phoneCountryCode)
        add(communication, "Address/CityName", end: .city)
        add(communication, "Address/CountrySubDivisionCode", end: .region)
        add(communication, "Address/CountryCode", end: .country)

        let profile = add(candidate, "CandidateProfile")
        add(profile, "PositionOpeningReference/DocumentID", end: .appliedPosition)
        let employer = add(profile, "EmploymentHistory/EmployerHistory", start: .beginEmployer, end: .endEmployer)
        add(employer, "OrganizationName", end: .employer)
        let position = add(employer, "PositionHistory", start: .beginPosition, end: .endPosition)
        add(position, "PositionTitle", end: .positionTitle)
        // Dates as `FormattedDateTime`, or the other forms of a date (`Year`, `YearMonth`, `DateText`).
        for form in Self.hrxml3DateForms {
            add(position, "EmploymentPeriod/StartDate/\(form)", end: .startDate)
            add(position, "EmploymentPeriod/EndDate/\(form)", end: .endDate)
        }
        add(position, "EmploymentPeriod/CurrentIndicator", end: .currentFlag)

        let school = add(profile, "EducationHistory/EducationOrganizationAttendance", start: .beginSchool, end: .endSchool)
        add(school, "OrganizationName", end: .school)
        for form in Self.hrxml3DateForms { add(school, "AttendancePeriod/EndDate/\(form)", end: .attendanceEndDate) }
        let degree = add(school, "EducationDegree", start: .beginDegree, end: .endDegree)
        add(degree, "DegreeName", end: .degree)
        add(degree, "DegreeMajor/ProgramName", end: .major)
        for form in Self.hrxml3DateForms { add(degree, "DegreeDate/\(form)", end: .degreeDate) }

        let competency = add(profile, "PersonQualifications/PersonCompetency", start: .beginCompetency, end: .endCompetency)
        add(competency, "CompetencyID", end: .competencyId)
        add(competency, "TaxonomyID", end: .taxonomy)
        add(competency, "CompetencyName", end: .competencyName)
        let dimension = add(competency, "CompetencyDimension", start: .beginEvidence, end: .endEvidence)
        add(dimension, "CompetencyDimensionTypeCode", end: .evidenceName)
        add(dimension, "Score/ScoreNumeric", end: .numericValue)
        add(dimension, "Score/ScoreText", end: .stringValue)
        add(dimension, "Score/MinimumScoreNumeric", end: .minValue)
        add(dimension, "Score/MaximumScoreNumeric", end: .maxValue)
        let weight = add(competency, "CompetencyWeight", start: .beginWeight, end: .endWeight)
        add(weight, "NumericValue", start: .measureAttributes, end: .numericValue)
        link(add(profile, "Skills"), "PersonCompetency", to: competency)
    }
}
