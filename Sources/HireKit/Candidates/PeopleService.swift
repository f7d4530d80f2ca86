import Foundation
import GRDB

/// People on the hiring side: interviewers, managers, mentors, HR.
public struct PeopleService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// People on the hiring side: interviewers, managers, mentors, HR.
    public var people: PeopleService { PeopleService(workspace: self) }
}

extension PeopleService {
    /// Adds a person; their email must be new to the workspace.
    @discardableResult
    public func add(name: String, email: String, title: String?, actor: Actor) throws -> Person {
        try Policy.require(actor, .managePeople)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw HireError.invalid("a person needs a name") }
        guard EmailAddress.isValid(email) else { throw HireError.invalid("the email address is not valid", remedy: .supply(.email)) }
        return try writer.write { db in
            let key = EmailAddress.key(email)
            if try Person.filter(Person.Columns.emailKey == key).fetchOne(db) != nil {
                throw HireError.conflict("a person with that email already exists")
            }
            var person = Person(name: name, email: email.trimmingCharacters(in: .whitespaces), emailKey: key, title: title, createdAt: Date())
            try person.insert(db)
            try db.audit(actor, .personAdd, subject: "person \(person.id!)")
            return person
        }
    }

    /// Everyone on the hiring side, by name.
    public func list() throws -> [Person] {
        try writer.read { db in try Person.order(Person.Columns.name).fetchAll(db) }
    }

    /// The error for a reference (id, email or name) that is nobody, with the people meant when
    /// it is part of a name or a typo: for front ends that resolve references themselves.
    public func unknown(_ reference: String) throws -> HireError {
        try writer.read { db in try Workspace.unknownPerson(db, reference) }
    }

    /// Everyone called exactly `name`, by id: to warn when a name is taken twice.
    public func named(_ name: String) throws -> [Person] {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try writer.read { db in try Person.filter(Person.Columns.name == name).order(Person.Columns.id).fetchAll(db) }
    }

    /// A person by id.
    public func get(_ reference: PersonID) throws -> Person {
        try writer.read { db in try Workspace.person(db, reference) }
    }

    /// Changes a person's name, email or title (what is `nil` stays); the audit log names the
    /// fields changed, not their values.
    @discardableResult
    public func edit(_ reference: PersonID, name: String? = nil, email: String? = nil, title: String? = nil, actor: Actor) throws -> Person {
        try Policy.require(actor, .managePeople)
        let name = name?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let name, name.isEmpty { throw HireError.invalid("a person needs a name") }
        if let email, !EmailAddress.isValid(email) { throw HireError.invalid("the email address is not valid", remedy: .supply(.email)) }
        return try writer.write { db in
            var person = try Workspace.person(db, reference)
            var changed: [String] = []
            if let name, name != person.name {
                person.name = name
                changed.append("name")
            }
            if let email, EmailAddress.key(email) != person.emailKey || email != person.email {
                let key = EmailAddress.key(email)
                if let other = try Person.filter(Person.Columns.emailKey == key && Person.Columns.id != person.id).fetchOne(db) {
                    throw HireError.conflict("person \(other.id!) (\(other.name)) already has that email")
                }
                person.email = email.trimmingCharacters(in: .whitespaces)
                person.emailKey = key
                changed.append("email")
            }
            if let title, title != person.title {
                person.title = title.isEmpty ? nil : title
                changed.append("title")
            }
            guard !changed.isEmpty else { return person }
            try person.update(db)
            try db.audit(actor, .personEdit, subject: "person \(person.id!)", detail: changed.joined(separator: ", "))
            return person
        }
    }

    /// Retires a person who has left: kept in every history, no longer scheduled or assigned
    /// as an interviewer or mentor.
    @discardableResult
    public func retire(_ reference: PersonID, reason: String?, actor: Actor) throws -> Person {
        try Policy.require(actor, .managePeople)
        return try writer.write { db in
            var person = try Workspace.person(db, reference)
            if person.retiredAt != nil { throw HireError.conflict("person \(person.id!) (\(person.name)) is already retired") }
            person.retiredAt = Date()
            try person.update(db)
            // Someone who left keeps their history but no access: roles dropped, login disabled,
            // every session ended.
            try db.execute(sql: "DELETE FROM personAccess WHERE personId = ?", arguments: [person.id!])
            try db.execute(sql: "UPDATE account SET disabled = 1 WHERE personId = ?", arguments: [person.id!])
            try Workspace.endSessions(db, person: person.id!)
            try db.audit(actor, .personRetire, subject: "person \(person.id!)", detail: reason)
            return person
        }
    }

    /// Merges a person added twice into the one to keep: every interview, scorecard, decision,
    /// new hire's manager or mentor, mentor profile, mentor assignment, access role, milestone
    /// owner and opening manager moves to `into`; the duplicate is deleted. Refused when both
    /// wrote a scorecard for the same candidate and round.
    @discardableResult
    public func merge(_ duplicate: PersonID, into target: PersonID, actor: Actor) throws -> Person {
        try Policy.require(actor, .mergePeople)
        return try writer.write { db in
            let dup = try Workspace.person(db, duplicate)
            let keep = try Workspace.person(db, target)
            guard dup.id != keep.id else { throw HireError.invalid("that is the same person twice") }
            let arguments: StatementArguments = [keep.id, dup.id]
            if let clash = try Row.fetchOne(
                db,
                sql: """
                    SELECT a.candidateId, a.roundId FROM scorecard a JOIN scorecard b
                      ON b.candidateId = a.candidateId AND b.roundId = a.roundId AND b.interviewerId = ?
                    WHERE a.interviewerId = ? LIMIT 1
                    """, arguments: arguments)
            {
                let candidate: Int64 = clash[0]
                let round: String = clash[1]
                throw HireError.conflict(
                    "both \(dup.id!) and \(keep.id!) have a scorecard for candidate \(candidate), round '\(round)'; they are not merged")
            }
            // Scorecards and decisions refuse updates by trigger; the interviewer or manager
            // they name is moved with the triggers lifted for this transaction only.
            let triggers = try Row.fetchAll(
                db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('scorecard_no_update', 'decision_no_update')")
            for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger["name"] as String)") }
            try db.execute(sql: "UPDATE scorecard SET interviewerId = ? WHERE interviewerId = ?", arguments: arguments)
            try db.execute(sql: "UPDATE decision SET managerId = ? WHERE managerId = ?", arguments: arguments)
            for trigger in triggers { try db.execute(sql: trigger["sql"]) }
            // The same round booked for both: the booking kept is the survivor's.
            try db.execute(sql: "UPDATE OR IGNORE interview SET interviewerId = ? WHERE interviewerId = ?", arguments: arguments)
            try db.execute(sql: "DELETE FROM interview WHERE interviewerId = ?", arguments: [dup.id])
            for (table, column) in [
                ("newHire", "managerId"), ("newHire", "mentorId"), ("newHire", "personId"), ("mentorAssignment", "mentorId"),
                ("rampMilestone", "ownerPersonId"), ("opening", "managerId"), ("interviewCancellation", "interviewerId"),
            ] {
                try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(column) = ?", arguments: arguments)
            }
            // A mentor profile moves when the survivor has none; strengths the survivor lacks are added.
            try db.execute(
                sql: "INSERT OR IGNORE INTO mentor (personId, capacity, createdAt) SELECT ?, capacity, createdAt FROM mentor WHERE personId = ?",
                arguments: arguments)
            try db.execute(
                sql: "INSERT OR IGNORE INTO mentorStrength (personId, competencyId, rating) SELECT ?, competencyId, rating FROM mentorStrength WHERE personId = ?",
                arguments: arguments)
            try db.execute(
                sql: "INSERT OR IGNORE INTO personAccess (personId, accessRole) SELECT ?, accessRole FROM personAccess WHERE personId = ?", arguments: arguments)
            // A setting naming the duplicate (the HR contact) names the survivor.
            try db.execute(
                sql: "UPDATE setting SET value = ? WHERE key = ? AND value = ?",
                arguments: ["\(keep.id!)", WorkspaceSetting.hrContact.storageKey, "\(dup.id!)"])
            // The duplicate's own rows (mentor, strengths, access) go with it.
            try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [dup.id])
            try db.audit(actor, .personMerge, subject: "person \(dup.id!)", detail: "into person \(keep.id!)")
            return keep
        }
    }

    /// The names of the people with the given ids (an id no person has is left out).
    public func names(ids: Set<Int64>) throws -> [Int64: String] {
        try writer.read { db in try Workspace.personNames(db, ids: ids) }
    }

    /// The person with this email address (compared as addresses are: case and spaces aside), if any.
    public func withEmail(_ email: String) throws -> Person? {
        try writer.read { db in try Person.filter(Person.Columns.emailKey == EmailAddress.key(email)).fetchOne(db) }
    }
}
