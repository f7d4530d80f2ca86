import Foundation
import GRDB

/// Signing in and out of the team server, and its server-side sessions.
public struct SessionService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Signing in and out of the team server, and its server-side sessions.
    public var sessions: SessionService { SessionService(workspace: self) }
}

extension SessionService {
    /// Checks an email and password and starts a session.
    ///
    /// Every refusal is the same ``HireError/Kind/invalid`` error, whether the email is unknown,
    /// the password wrong, the account disabled or locked, and takes the same time (a dummy
    /// hash is checked when there is no account). Each failure is audited and counts toward
    /// the lockout: ``lockoutFailures`` within ``lockoutWindow`` lock the account that long.
    ///
    /// A login with two-step sign-in also needs `otp`: a code `oneTimeCodes` computes for its
    /// secret now (each code is accepted once) or one of its recovery codes. With the right
    /// password and no `otp`, throws ``SecondFactorRequired``; a wrong `otp` is refused, and
    /// counted, as a wrong password is.
    public func signIn(
        email: String, password: String, otp: String? = nil, oneTimeCodes: (any OneTimeCodeAlgorithm)? = nil,
        hashing: PasswordHashing = .standard, now: Date = Date()
    ) throws -> SignIn {
        let refused = Workspace.signInRefused
        let account = try writer.read { db -> Account? in
            guard let person = try Person.filter(Person.Columns.emailKey == EmailAddress.key(email)).fetchOne(db) else { return nil }
            return try Account.fetchOne(db, key: person.id!)
        }
        guard let account, let hash = account.passwordHash else {
            hashing.verifyDummy(password)
            try writer.write { db in try db.audit(.signIn, .signInFailure, detail: "no account") }
            throw refused
        }
        let matches = hashing.verify(password, hash: hash)
        let locked = account.lockedUntil.map { $0 > now } ?? false
        guard matches, !locked, !account.disabled else {
            try writer.write { db in try Workspace.recordFailure(db, person: account.personId, locked: locked, disabled: account.disabled, now: now) }
            throw refused
        }
        var detail: String?
        if try writer.read({ db in try SecondFactorRecord.fetchOne(db, key: account.personId) }) != nil {
            guard let otp = otp?.trimmingCharacters(in: .whitespacesAndNewlines), !otp.isEmpty else { throw SecondFactorRequired() }
            let used = try writer.write { db in
                try Workspace.useSecondFactor(db, person: account.personId, text: otp, algorithm: oneTimeCodes, now: now)
            }
            guard let used else {
                try writer.write { db in
                    try Workspace.recordFailure(db, person: account.personId, locked: false, disabled: false, now: now, reason: "wrong second factor")
                }
                throw refused
            }
            if case .recoveryCode = used { detail = "with a recovery code" } else { detail = "with a one-time code" }
        }
        let sessionId = SecretToken.generate()
        let csrf = SecretToken.generate()
        try writer.write { db in
            try db.execute(
                sql: "UPDATE account SET failureCount = 0, firstFailureAt = NULL, lockedUntil = NULL, lastSignInAt = ? WHERE personId = ?",
                arguments: [now, account.personId])
            try AccountSessionRecord(idHash: SecretToken.digest(sessionId), accountId: account.personId, csrfToken: csrf, createdAt: now, lastSeenAt: now)
                .insert(db)
            try db.audit(.person(account.personId, accessRoles: []), .signIn, subject: "person \(account.personId)", detail: detail)
        }
        return SignIn(sessionId: sessionId, session: AccountSession(personId: account.personId, csrfToken: csrf))
    }

    /// Signs out: ends every session of the person whose session this is.
    public func signOut(sessionId: String) throws {
        try writer.write { db in
            guard let record = try AccountSessionRecord.fetchOne(db, key: SecretToken.digest(sessionId)) else { return }
            try Workspace.endSessions(db, person: record.accountId)
            try db.audit(.person(record.accountId, accessRoles: []), .signOut, subject: "person \(record.accountId)")
        }
    }
}
