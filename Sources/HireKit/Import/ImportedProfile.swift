import GRDB

/// What the feeds said about a candidate beyond the candidate row, as last imported: every
/// contact, the postings applied for, the supplier's relationship, jobs, schools and
/// competencies with their evidence. Personal data: shown on request only.
public struct ImportedProfile: Sendable, Codable, Equatable {
    /// The feed format of the last import (`hrxml2`, `hrxml3`, `hropen`).
    public var format: String
    /// How the supplier relates to the applicant (`Recruiter`, `referral`, ...).
    public var supplierRelationship: String?
    public var emails: [String] = []
    public var phones: [String] = []
    /// Position ids the applicant applied for, and whether each is an opening of this workspace now.
    public var appliedPositions: [AppliedPosition] = []
    public var employment: [ApplicantRecord.Employment] = []
    public var education: [ApplicantRecord.Education] = []
    public var competencies: [ApplicantRecord.Competency] = []

    public struct AppliedPosition: Sendable, Codable, Equatable {
        public var positionId: String
        public var matchedOpening: Bool
    }

    /// The profile of candidate `id`, or `nil` if no feed has brought them.
    static func fetch(_ db: Database, candidate id: Int64) throws -> ImportedProfile? {
        guard let row = try Row.fetchOne(db, sql: "SELECT format, supplierRelationship FROM candidateImport WHERE candidateId = ?", arguments: [id])
        else { return nil }
        var profile = ImportedProfile(format: row["format"], supplierRelationship: row["supplierRelationship"])
        for contact in try Row.fetchAll(db, sql: "SELECT kind, value FROM candidateContact WHERE candidateId = ? ORDER BY ordinal", arguments: [id]) {
            if contact["kind"] == "email" { profile.emails.append(contact["value"]) } else { profile.phones.append(contact["value"]) }
        }
        profile.appliedPositions = try Row.fetchAll(
            db,
            sql: """
                SELECT positionId, EXISTS (SELECT 1 FROM opening WHERE opening.id = positionId) AS isOpening
                FROM candidateAppliedPosition WHERE candidateId = ? ORDER BY ordinal
                """, arguments: [id]
        ).map { AppliedPosition(positionId: $0["positionId"], matchedOpening: $0["isOpening"]) }
        profile.employment = try Row.fetchAll(
            db, sql: "SELECT employer, title, start, \"end\", current FROM candidateEmployment WHERE candidateId = ? ORDER BY ordinal", arguments: [id]
        ).map { ApplicantRecord.Employment(employer: $0["employer"], title: $0["title"], start: $0["start"], end: $0["end"], current: $0["current"]) }
        profile.education = try Row.fetchAll(
            db, sql: "SELECT school, degree, major, date FROM candidateEducation WHERE candidateId = ? ORDER BY ordinal", arguments: [id]
        ).map { ApplicantRecord.Education(school: $0["school"], degree: $0["degree"], major: $0["major"], date: $0["date"]) }
        let competencies = try Row.fetchAll(
            db,
            sql: """
                SELECT ordinal, name, competencyId, taxonomy, weight, weightMin, weightMax, weightText
                FROM candidateCompetency WHERE candidateId = ? ORDER BY ordinal
                """, arguments: [id])
        var byOrdinal: [Int: Int] = [:]
        for row in competencies {
            var competency = ApplicantRecord.Competency(name: row["name"], id: row["competencyId"], taxonomy: row["taxonomy"])
            let weight = ApplicantRecord.Measure(numeric: row["weight"], minValue: row["weightMin"], maxValue: row["weightMax"], string: row["weightText"])
            if !weight.isEmpty { competency.weight = weight }
            byOrdinal[row["ordinal"]] = profile.competencies.count
            profile.competencies.append(competency)
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT competency, name, lastUsed, value, minValue, maxValue, text, description
                FROM competencyEvidence WHERE candidateId = ? ORDER BY competency, ordinal
                """, arguments: [id])
        {
            guard let index = byOrdinal[row["competency"]] else { continue }
            let value = ApplicantRecord.Measure(
                numeric: row["value"], minValue: row["minValue"], maxValue: row["maxValue"], string: row["text"], description: row["description"])
            profile.competencies[index].evidence.append(ApplicantRecord.Evidence(name: row["name"], lastUsed: row["lastUsed"], value: value))
        }
        return profile
    }
}
