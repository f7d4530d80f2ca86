import Foundation
import GRDB

/// Someone on the hiring side: an interviewer, a hiring manager, a mentor.
public struct Person: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var name: String
    public var email: String
    public var emailKey: String
    public var title: String?
    public var createdAt: Date

    public static let databaseTableName = "person"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Workspace {
    /// Adds a person; their email must be new to the workspace.
    @discardableResult
    public func addPerson(name: String, email: String, title: String?, actor: Actor) throws -> Person {
        try Policy.require(actor, .managePeople)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw HireError.invalid("a person needs a name") }
        guard EmailAddress.isValid(email) else { throw HireError.invalid("the email address is not valid", remedy: .supply(.email)) }
        return try writer.write { db in
            let key = EmailAddress.key(email)
            if try Person.filter(Column("emailKey") == key).fetchOne(db) != nil {
                throw HireError.conflict("a person with that email already exists")
            }
            var person = Person(name: name, email: email.trimmingCharacters(in: .whitespaces), emailKey: key, title: title, createdAt: Date())
            try person.insert(db)
            try db.audit(actor, .personAdd, subject: "person \(person.id!)")
            return person
        }
    }

    /// Everyone on the hiring side, by name.
    public func people() throws -> [Person] {
        try writer.read { db in try Person.order(Column("name")).fetchAll(db) }
    }

    /// A person by id, email or exact name.
    public func person(_ reference: String) throws -> Person {
        try writer.read { db in try Self.person(db, reference) }
    }

    static func person(_ db: Database, _ reference: String) throws -> Person {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed), let person = try Person.fetchOne(db, key: id) { return person }
        if trimmed.contains("@"), let person = try Person.filter(Column("emailKey") == EmailAddress.key(trimmed)).fetchOne(db) {
            return person
        }
        let named = try Person.filter(Column("name") == trimmed).fetchAll(db)
        if named.count == 1 { return named[0] }
        if named.count > 1 { throw HireError.invalid("more than one person is called that; use their id or email") }
        throw HireError.notFound("unknown person '\(trimmed)'", remedy: .addPerson)
    }
}
