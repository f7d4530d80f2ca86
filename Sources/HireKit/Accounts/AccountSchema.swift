import GRDB

/// The tables of sign-in: a person's account, their server sessions and sign-up invitations.
/// They hold staff data only, and go with the person (`ON DELETE CASCADE`).
enum AccountSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "account") { t in
            t.primaryKey("personId", .integer).references("person", onDelete: .cascade)
            // bcrypt hash; NULL until the person sets a password through an invitation.
            t.column("passwordHash", .text)
            t.column("disabled", .boolean).notNull().defaults(to: false)
            t.column("failureCount", .integer).notNull().defaults(to: 0)
            t.column("firstFailureAt", .datetime)
            t.column("lockedUntil", .datetime)
            t.column("lastSignInAt", .datetime)
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "accountSession") { t in
            // SHA-256 of the session id in the cookie: a copy of the workspace holds no usable session.
            t.primaryKey("idHash", .text)
            t.column("accountId", .integer).notNull().indexed().references("account", onDelete: .cascade)
            t.column("csrfToken", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("lastSeenAt", .datetime).notNull()
        }
        try db.create(table: "accountInvite") { t in
            // SHA-256 of the token in the link.
            t.primaryKey("tokenHash", .text)
            t.column("accountId", .integer).notNull().indexed().references("account", onDelete: .cascade)
            t.column("expiresAt", .datetime).notNull()
            t.column("createdAt", .datetime).notNull()
        }
    }
}
