import GRDB

/// The tables of the JSON API: bearer tokens (digests only) and the responses kept for
/// `Idempotency-Key` replays. Tokens go with their person (`ON DELETE CASCADE`).
enum APISchema {
    static func create(_ db: Database) throws {
        try db.create(table: "apiToken") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("personId", .integer).notNull().indexed().references("person", onDelete: .cascade)
            t.column("name", .text).notNull()
            // SHA-256 of the secret: a copy of the workspace holds no usable token.
            t.column("tokenHash", .text).notNull().unique()
            t.column("readOnly", .boolean).notNull().defaults(to: false)
            t.column("createdAt", .datetime).notNull()
            t.column("expiresAt", .datetime)
            t.column("revokedAt", .datetime)
            t.column("lastUsedAt", .datetime)
        }
        try db.create(table: "apiIdempotency") { t in
            t.column("personId", .integer).notNull().references("person", onDelete: .cascade)
            t.column("key", .text).notNull()
            // Method, path and SHA-256 of the body: the same key with another request is refused.
            t.column("requestDigest", .text).notNull()
            // The candidate the request concerned, so erasure finds the stored response.
            t.column("candidateId", .integer)
            t.column("status", .integer).notNull()
            t.column("contentType", .text).notNull()
            t.column("body", .blob).notNull()
            t.column("createdAt", .datetime).notNull().indexed()
            t.primaryKey(["personId", "key"])
        }
    }
}
