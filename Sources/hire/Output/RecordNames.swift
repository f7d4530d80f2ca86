import HireKit

/// People and candidates as command output names them: by name, with the id to type next.
enum RecordNames {
    /// "Maria Lopez (person 2)", or "person 2" if the person cannot be read.
    static func person(_ id: Int64, in ws: Workspace) -> String {
        guard let person = try? ws.people.get(PersonID(id)) else { return "person \(id)" }
        return "\(person.name) (person \(id))"
    }

    /// "candidate 3 (Priya Raman)", or "candidate 3" if the candidate cannot be read.
    static func candidate(_ id: Int64, in ws: Workspace) -> String {
        guard let candidate = try? ws.candidates.get(CandidateID(id)) else { return "candidate \(id)" }
        return "candidate \(id) (\(candidate.name))"
    }
}
