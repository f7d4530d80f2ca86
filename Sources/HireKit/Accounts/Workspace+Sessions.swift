import Foundation
import GRDB

extension Workspace {
    /// Failed sign-ins within ``lockoutWindow`` that lock an account.
    public static let lockoutFailures = 5

    /// The window the failures are counted in, and how long the account then stays locked.
    public static let lockoutWindow: TimeInterval = 15 * 60

    static func endSessions(_ db: Database, person: Int64) throws {
        try db.execute(sql: "DELETE FROM accountSession WHERE accountId = ?", arguments: [person])
    }

    static func recordFailure(_ db: Database, person: Int64, locked: Bool, disabled: Bool, now: Date, reason: String = "wrong password") throws {
        guard var account = try Account.fetchOne(db, key: person) else { return }
        if let first = account.firstFailureAt, now.timeIntervalSince(first) <= lockoutWindow {
            account.failureCount += 1
        } else {
            (account.failureCount, account.firstFailureAt) = (1, now)
        }
        var detail = disabled ? "account disabled" : locked ? "account locked" : reason
        if !locked, account.failureCount >= lockoutFailures {
            account.lockedUntil = now.addingTimeInterval(lockoutWindow)
            (account.failureCount, account.firstFailureAt) = (0, nil)
            detail += "; locked for \(Int(lockoutWindow / 60)) minutes"
        }
        try account.update(db)
        try db.audit(.signIn, .signInFailure, subject: "person \(person)", detail: detail)
    }
}

extension Actor {
    /// Who the audit log records for a sign-in attempt nobody is signed in for yet.
    static let signIn = Actor(personId: nil, accessRoles: [], recordedName: "sign-in")
}
