/// Where HR Open Standards 4.x XML `Candidate` records (lowerCamelCase, arrays as `<item>`)
/// keep what Hire imports.
extension FeedGrammarBuilder {
    func addHROpen() {
        for name in ["Candidate", "candidate"] {
            let candidate = root(.hropen, name)
            add(candidate, "documentId/value", end: .externalId)
            add(candidate, "documentId/schemeAgencyId", end: .issuer)
            add(candidate, "supplier/name", end: .supplierName)
            add(candidate, "supplier/relationship", end: .supplierRelationship)
            let person = add(candidate, "person")
            add(person, "name/formattedName", end: .formattedName)
            add(person, "name/given", end: .givenName)
            add(person, "name/family", end: .familyName)
            add(person, "communication/email/item/address", end: .email)
            add(person, "communication/phone/item/formattedNumber", end: .phone)
            add(person, "communication/address/item/city", end: .city)
            // The XML schema spells it countrySubDivisions; the JSON one (and feeds made from it) countrySubdivisions.
            add(person, "communication/address/item/countrySubDivisions/item/value", end: .region)
            add(person, "communication/address/item/countrySubdivisions/item/value", end: .region)
            add(person, "communication/address/item/countryCode", end: .country)

            let profile = add(candidate, "profiles/item")
            add(profile, "associatedPositionOpenings/item/positionOpeningId/value", end: .appliedPosition)
            add(profile, "candidateSources/item/name", end: .supplierName)
            add(profile, "candidateSources/item/type", end: .supplierRelationship)
            // An employment item is an employer; its own title and dates make a job when it
            // lists no position histories.
            let employer = add(profile, "employment/item", start: .beginEmployer, end: .endEmployer)
            let position = add(employer, "positionHistories/item", start: .beginPosition, end: .endPosition)
            for job in [employer, position] {
                add(job, "organization/name", end: .employer)
                add(job, "title", end: .positionTitle)
                add(job, "start", end: .startDate)
                add(job, "end", end: .endDate)
                add(job, "current", end: .currentFlag)
            }
            let school = add(profile, "education/item", start: .beginSchool, end: .endSchool)
            add(school, "institution/name", end: .school)
            let degree = add(school, "educationDegrees/item", start: .beginDegree, end: .endDegree)
            add(degree, "name", end: .degree)
            add(degree, "date", end: .degreeDate)
            add(degree, "major", end: .major)
            add(degree, "specializations/item/name", end: .major)

            // Competencies as the JSON schema names them ...
            let competency = add(profile, "competencies/item", start: .beginCompetency, end: .endCompetency)
            add(competency, "name", end: .competencyName)
            add(competency, "id/value", end: .competencyId)
            add(competency, "taxonomyId", end: .taxonomy)
            let evidence = add(competency, "evidence/item", start: .beginEvidence, end: .endEvidence)
            add(evidence, "name", end: .evidenceName)
            add(evidence, "numericValue/value", end: .numericValue)
            add(evidence, "numericValue/minValue", end: .minValue)
            add(evidence, "numericValue/maxValue", end: .maxValue)
            add(evidence, "stringValue", end: .stringValue)
            let weight = add(competency, "weight", start: .beginWeight, end: .endWeight)
            add(weight, "value", end: .numericValue)
            add(weight, "minValue", end: .minValue)
            add(weight, "maxValue", end: .maxValue)

            // ... and as the XML schema does: qualifications with one piece of evidence and a
            // proficiency level (kept as a piece of evidence without a name).
            let qualification = add(profile, "qualifications/item", start: .beginCompetency, end: .endCompetency)
            add(qualification, "competencyName", end: .competencyName)
            add(qualification, "competencyIds/item/value", end: .competencyId)
            add(qualification, "competencyIds/item/schemeId", end: .taxonomy)
            let proof = add(qualification, "competencyEvidence", start: .beginEvidence, end: .endEvidence)
            add(proof, "evidenceName", end: .evidenceName)
            let level = add(qualification, "proficiencyLevel", start: .beginEvidence, end: .endEvidence)
            for scored in [add(proof, "scores/item"), level] {
                add(scored, "scoresNumeric/item/value", end: .numericValue)
                add(scored, "scoresNumeric/item/minimum", end: .minValue)
                add(scored, "scoresNumeric/item/maximum", end: .maxValue)
                add(scored, "scoresText/item/value", end: .stringValue)
            }
        }
    }
}
