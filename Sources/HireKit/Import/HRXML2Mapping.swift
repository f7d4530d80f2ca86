/// Where HR-XML 2.x `Candidate` and `Resume` records keep what Hire imports.
extension FeedGrammarBuilder {
    func addHRXML2() {
        let candidate = root(.hrxml2, "Candidate")
        let resume = root(.hrxml2, "Resume")

        add(candidate, "CandidateRecordInfo/Id", start: .issuerAttribute)
        add(candidate, "CandidateRecordInfo/Id/IdValue", end: .externalId)
        add(candidate, "RelatedPositionPostings/PositionPosting/Id/IdValue", end: .appliedPosition)
        add(candidate, "CandidateSupplier", start: .supplierAttributes)
        add(candidate, "CandidateSupplier/EntityName", end: .supplierName)
        let profile = add(candidate, "CandidateProfile")
        let personal = add(profile, "PersonalData")
        personName(add(personal, "PersonName"))
        contactMethod(add(personal, "ContactMethod"))
        competency(add(profile, "PreferredPosition/Competency", start: .beginCompetency, end: .endCompetency))
        competency(add(profile, "Qualifications/Competency", start: .beginCompetency, end: .endCompetency))
        employmentHistory(add(profile, "EmploymentHistory"))
        educationHistory(add(profile, "EducationHistory"))

        // A Resume, alone or inside a Candidate.
        for resumeNode in [resume, add(candidate, "Resume")] {
            add(resumeNode, "ResumeId/IdValue", end: .externalId)
            let structured = add(resumeNode, "StructuredXMLResume")
            let contact = add(structured, "ContactInfo")
            personName(add(contact, "PersonName"))
            contactMethod(add(contact, "ContactMethod"))
            employmentHistory(add(structured, "EmploymentHistory"))
            educationHistory(add(structured, "EducationHistory"))
            competency(add(structured, "Qualifications/Competency", start: .beginCompetency, end: .endCompetency))
        }
    }

    private func personName(_ node: Int32) {
        add(node, "FormattedName", end: .formattedName)
        add(node, "GivenName", end: .givenName)
        add(node, "FamilyName", end: .familyName)
    }

    private func contactMethod(_ node: Int32) {
        add(node, "InternetEmailAddress", end: .email)
        for kind in ["Telephone", "Mobile"] {
            let telephone = add(node, kind, start: .beginTelephone, end: .endTelephone)
            add(telephone, "FormattedNumber", end: .phone)
            add(telephone, "InternationalCountryCode", end: .phoneCountryCode)
            add(telephone, "AreaCityCode", end: .phoneAreaCode)
            add(telephone, "SubscriberNumber", end: .phoneSubscriber)
            add(telephone, "Extension", end: .phoneExtension)
        }
        add(node, "PostalAddress/Municipality", end: .city)
        add(node, "PostalAddress/Region", end: .region)
        add(node, "PostalAddress/CountryCode", end: .country)
    }

    private func date(_ node: Int32, _ action: EndAction) {
        for form in ["AnyDate", "YearMonth", "Year", "StringDate"] { add(node, form, end: action) }
    }

    private func employmentHistory(_ node: Int32) {
        let employer = add(node, "EmployerOrg", start: .beginEmployer, end: .endEmployer)
        add(employer, "EmployerOrgName", end: .employer)
        let position = add(employer, "PositionHistory", start: .beginPosition, end: .endPosition)
        add(position, "Title", end: .positionTitle)
        add(position, "OrgName/OrganizationName", end: .employer)
        date(add(position, "StartDate"), .startDate)
        date(add(position, "EndDate"), .endDate)
    }

    private func educationHistory(_ node: Int32) {
        let school = add(node, "SchoolOrInstitution", start: .beginSchool, end: .endSchool)
        add(school, "School/SchoolName", end: .school)
        add(school, "SchoolName", end: .school)
        let degree = add(school, "Degree", start: .beginDegree, end: .endDegree)
        add(degree, "DegreeName", end: .degree)
        add(degree, "DegreeMajor/Name", end: .major)
        date(add(degree, "DegreeDate"), .degreeDate)
        // Without a degree date, when attendance ended.
        date(add(degree, "DatesOfAttendance/EndDate"), .degreeDate)
    }

    private func competency(_ node: Int32) {
        add(node, "CompetencyId", start: .competencyIdAttribute)
        add(node, "TaxonomyId", start: .taxonomyAttributes)
        for (path, start, end) in [("CompetencyEvidence", StartAction.beginEvidence, EndAction.endEvidence), ("CompetencyWeight", .beginWeight, .endWeight)] {
            let measure = add(node, path, start: start, end: end)
            add(measure, "NumericValue", start: .measureAttributes, end: .numericValue)
            add(measure, "StringValue", end: .stringValue)
        }
        link(node, "Competency", to: node)
    }
}
