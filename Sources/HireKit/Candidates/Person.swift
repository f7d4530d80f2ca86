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
    /// When they were retired (left, or no longer interview or mentor); `nil` while active.
    public var retiredAt: Date? = nil

    public static let databaseTableName = "person"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Adds `retiredAt` to the person table: migration `people-v2-retired`.
    static func addRetired(_ db: Database) throws {
        try db.alter(table: "person") { t in t.add(column: "retiredAt", .datetime) }
    }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
        public static let email = Column(CodingKeys.email)
        public static let emailKey = Column(CodingKeys.emailKey)
        public static let title = Column(CodingKeys.title)
        public static let createdAt = Column(CodingKeys.createdAt)
    }
}

extension Workspace {
    static func person(_ db: Database, _ reference: String) throws -> Person {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed), let person = try Person.fetchOne(db, key: id) { return person }
        if trimmed.contains("@"), let person = try Person.filter(Person.Columns.emailKey == EmailAddress.key(trimmed)).fetchOne(db) {
            return person
        }
        let named = try Person.filter(Person.Columns.name == trimmed).fetchAll(db)
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            let matches = named.sorted { $0.id! < $1.id! }.map { "\($0.id!) \($0.email)\($0.retiredAt == nil ? "" : " (retired)")" }
            throw HireError.invalid("more than one person is called '\(trimmed)': \(matches.joined(separator: ", "))", remedy: .namePersonById)
        }
        throw try unknownPerson(db, trimmed)
    }

    /// The error for a reference that is nobody. A name is matched in full; part of one, or a
    /// typo, is answered with the people meant (then adding someone is no remedy). Not for an id
    /// or an email address: those are exact, and a caller by id (the API) is told no names.
    static func unknownPerson(_ db: Database, _ reference: String) throws -> HireError {
        var suggestion = ""
        if Int64(reference) == nil, !reference.contains("@") {
            let names = try String.fetchAll(db, sql: "SELECT name FROM person WHERE retiredAt IS NULL ORDER BY name")
            suggestion = Suggestion.didYouMean(person: reference, in: names)
        }
        return HireError.notFound("unknown person '\(reference)'" + suggestion, remedy: suggestion.isEmpty ? .addPerson : nil)
    }
}

extension Workspace {
    static func person(_ db: Database, _ id: PersonID) throws -> Person {
        guard let person = try Person.fetchOne(db, key: id.rawValue) else { throw HireError.notFound("no person \(id)", remedy: .addPerson) }
        return person
    }
}

extension Person {
    /// The stored person's typed id.
    public var personID: PersonID { PersonID(id!) }
}
