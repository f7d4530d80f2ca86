import GRDB

/// How an actor stands to one record: the facts the policy needs beyond access roles.
/// Services read them with ``Relation/of(_:candidate:in:)``; tests build them directly.
public struct Relation: Sendable, Hashable {
    /// The actor is scheduled to interview the candidate.
    public var onPanel = false
    /// The actor has submitted a scorecard for the candidate.
    public var hasSubmitted = false
    /// The actor is the hiring manager of the candidate's opening, or the opening has none.
    public var managesOpening = false
    /// The actor manages the new hire.
    public var managesHire = false
    /// The actor mentors the new hire.
    public var mentorsHire = false
    /// The actor is the person named by the action (the interviewer of a scorecard submitted
    /// or amended).
    public var isNamedPerson = false
    /// The actor is the new hire themself (the person a hire decision made of the candidate).
    public var isNewHire = false

    public init(
        onPanel: Bool = false, hasSubmitted: Bool = false, managesOpening: Bool = false, managesHire: Bool = false,
        mentorsHire: Bool = false, isNamedPerson: Bool = false, isNewHire: Bool = false
    ) {
        self.onPanel = onPanel
        self.hasSubmitted = hasSubmitted
        self.managesOpening = managesOpening
        self.managesHire = managesHire
        self.mentorsHire = mentorsHire
        self.isNamedPerson = isNamedPerson
        self.isNewHire = isNewHire
    }

    /// No relation: what an actor has to a record of nobody in particular.
    public static let none = Relation()

    /// How `actor` stands to a candidate (and, once hired, to the new hire).
    static func of(_ actor: Actor, candidate: Int64, in db: Database) throws -> Relation {
        let opening = try Row.fetchOne(
            db, sql: "SELECT o.managerId FROM candidate c LEFT JOIN opening o ON o.id = c.openingId WHERE c.id = ?",
            arguments: [candidate])
        let openingManager: Int64? = opening?["managerId"]
        guard let person = actor.personId else {
            return Relation(managesOpening: openingManager == nil)
        }
        let hire = try Row.fetchOne(db, sql: "SELECT managerId, mentorId, personId FROM newHire WHERE candidateId = ?", arguments: [candidate])
        return Relation(
            onPanel: try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM interview WHERE candidateId = ? AND interviewerId = ?)",
                arguments: [candidate, person]) ?? false,
            hasSubmitted: try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM scorecard WHERE candidateId = ? AND interviewerId = ?)",
                arguments: [candidate, person]) ?? false,
            managesOpening: openingManager == nil || openingManager == person,
            managesHire: hire?["managerId"] == person,
            mentorsHire: hire?["mentorId"] == person,
            isNewHire: hire?["personId"] == person)
    }

    /// Relations of one person actor to many candidates, read in three queries: for lists.
    struct Batch {
        var person: Int64?
        var panel: Set<Int64> = []
        var submitted: Set<Int64> = []
        var openingManagers: [String: Int64] = [:]

        init(_ actor: Actor, in db: Database) throws {
            person = actor.personId
            guard let person else { return }
            panel = Set(try Int64.fetchAll(db, sql: "SELECT candidateId FROM interview WHERE interviewerId = ?", arguments: [person]))
            submitted = Set(try Int64.fetchAll(db, sql: "SELECT candidateId FROM scorecard WHERE interviewerId = ?", arguments: [person]))
            for row in try Row.fetchAll(db, sql: "SELECT id, managerId FROM opening WHERE managerId IS NOT NULL") {
                openingManagers[row[0]] = row[1]
            }
        }

        func relation(candidate: Int64, opening: String?) -> Relation {
            let manager = opening.flatMap { openingManagers[$0] }
            return Relation(
                onPanel: panel.contains(candidate), hasSubmitted: submitted.contains(candidate),
                managesOpening: manager == nil || manager == person)
        }
    }
}
