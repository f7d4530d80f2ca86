import Foundation
import GRDB

extension PeopleService {
    /// Turns a person's reminders on or off. People may change their own; changing someone
    /// else's needs the right to manage people. Audited.
    public func setNotify(_ reference: PersonID, on: Bool, actor: Actor) throws {
        try writer.write { db in
            let person = try Workspace.person(db, reference)
            if actor.personId != person.id { try Policy.require(actor, .managePeople) }
            if on {
                try db.execute(sql: "DELETE FROM notificationOptOut WHERE personId = ?", arguments: [person.id])
            } else {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO notificationOptOut (personId, at, actor) VALUES (?, ?, ?)",
                    arguments: [person.id, Date(), actor.recordedName])
            }
            try db.audit(actor, .personNotify, subject: "person \(person.id!)", detail: on ? "on" : "off")
        }
    }

    /// Whether a person gets reminders (nobody is opted out unless they asked).
    public func notifies(_ reference: PersonID) throws -> Bool {
        try writer.read { db in
            let person = try Workspace.person(db, reference)
            return try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM notificationOptOut WHERE personId = ?)", arguments: [person.id])!
        }
    }
}
