import Foundation
import GRDB

/// Responses kept for `Idempotency-Key` replays: a client retrying a POST with the same key
/// gets the first response again and nothing is done twice. Kept ``retention``; erasure of any
/// candidate removes those that concerned them and those that concerned no one candidate.
public struct IdempotencyService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Responses kept for `Idempotency-Key` replays.
    public var idempotency: IdempotencyService { IdempotencyService(workspace: self) }
}

/// A response kept for replay.
public struct StoredResponse: Sendable, Hashable {
    public var status: Int
    public var contentType: String
    public var body: Data

    public init(status: Int, contentType: String, body: Data) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}

extension IdempotencyService {
    /// How long a response is kept for replay.
    public static let retention: TimeInterval = 24 * 3600
    /// The longest key accepted.
    public static let maximumKeyLength = 255

    /// The response first given to `person` for `key`, if any. Throws when the key was used
    /// for a different request (another method, path or body).
    public func replay(person: Int64, key: String, request digest: String, now: Date = Date()) throws -> StoredResponse? {
        try Self.check(key)
        return try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT requestDigest, status, contentType, body FROM apiIdempotency WHERE personId = ? AND key = ? AND createdAt > ?",
                    arguments: [person, key, now.addingTimeInterval(-Self.retention)])
            else { return nil }
            guard (row["requestDigest"] as String) == digest else {
                throw HireError.invalid("this Idempotency-Key was used for a different request; use a new key for a new request")
            }
            return StoredResponse(status: row["status"], contentType: row["contentType"], body: row["body"])
        }
    }

    /// Keeps `response` for replays of `key`, and forgets responses older than ``retention``.
    public func store(
        _ response: StoredResponse, person: Int64, key: String, request digest: String, candidate: Int64? = nil, now: Date = Date()
    ) throws {
        try Self.check(key)
        try writer.write { db in
            try db.execute(sql: "DELETE FROM apiIdempotency WHERE createdAt <= ?", arguments: [now.addingTimeInterval(-Self.retention)])
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO apiIdempotency (personId, key, requestDigest, candidateId, status, contentType, body, createdAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [person, key, digest, candidate, response.status, response.contentType, response.body, now])
        }
    }

    static func check(_ key: String) throws {
        guard !key.isEmpty, key.utf8.count <= maximumKeyLength, key.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else {
            throw HireError.invalid("an Idempotency-Key is 1 to \(maximumKeyLength) printable ASCII characters")
        }
    }
}
