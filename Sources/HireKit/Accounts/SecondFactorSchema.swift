import GRDB

/// The tables of two-step sign-in: a login's TOTP secret and its single-use recovery codes
/// (kept as SHA-256 digests). Staff data only; they go with the account (`ON DELETE CASCADE`).
enum SecondFactorSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "accountSecondFactor") { t in
            t.primaryKey("personId", .integer).references("account", onDelete: .cascade)
            // The shared secret whose UTF-8 bytes key the TOTP (RFC 6238); the server needs it to check codes.
            t.column("secret", .text).notNull()
            // The last 30-second time step a code was accepted for: a code is never accepted twice.
            t.column("lastUsedStep", .integer).notNull()
            t.column("enrolledAt", .datetime).notNull()
        }
        try db.create(table: "accountRecoveryCode") { t in
            t.primaryKey("codeHash", .text)
            t.column("accountId", .integer).notNull().indexed().references("account", onDelete: .cascade)
            t.column("createdAt", .datetime).notNull()
        }
    }
}
