import Foundation
import GRDB

/// Two-step sign-in for the team server: a TOTP secret per login, confirmed with a code from
/// an authenticator app, and ten single-use recovery codes.
public struct SecondFactorService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Two-step sign-in for the team server.
    public var secondFactors: SecondFactorService { SecondFactorService(workspace: self) }
}

extension SecondFactorService {
    /// Recovery codes given at enrolment.
    public static let recoveryCodeCount = 10

    /// A new random secret: 25 printable ASCII characters (about 164 bits), whose UTF-8 bytes
    /// key the codes; authenticator apps take it base32-encoded (40 characters).
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<25).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x21...0x7E, using: &generator))) })
    }

    /// Whether the person's login has two-step sign-in, and how many recovery codes are left.
    public func status(of person: PersonID) throws -> (enrolled: Bool, recoveryCodesLeft: Int) {
        try writer.read { db in
            let enrolled = try SecondFactorRecord.fetchOne(db, key: person.rawValue) != nil
            let left = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accountRecoveryCode WHERE accountId = ?", arguments: [person.rawValue]) ?? 0
            return (enrolled, left)
        }
    }

    /// Turns on two-step sign-in for the actor's own login: `code` must be the one an
    /// authenticator app set up with `secret` shows now. Returns the recovery codes, which the
    /// workspace keeps only as digests: show them once.
    public func enrol(
        person: PersonID, secret: String, code: String, algorithm: any OneTimeCodeAlgorithm, actor: Actor, now: Date = Date()
    ) throws -> [String] {
        try Policy.require(actor, .enrolSecondFactor, Relation(isNamedPerson: actor.personId == person.rawValue))
        guard secret.utf8.count >= 20, secret.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw HireError.invalid("the secret is not one this server made; start again")
        }
        guard let step = Workspace.matchingStep(secret: secret, code: code, after: nil, algorithm: algorithm, now: now) else {
            throw HireError.invalid("that code does not match; type the code your app shows now (check the phone's clock is right)")
        }
        let codes = (0..<Self.recoveryCodeCount).map { _ in RecoveryCode.generate() }
        try writer.write { db in
            _ = try Workspace.existingAccount(db, person: person.rawValue)
            if try SecondFactorRecord.fetchOne(db, key: person.rawValue) != nil {
                throw HireError.conflict("two-step sign-in is already on for this login")
            }
            try SecondFactorRecord(personId: person.rawValue, secret: secret, lastUsedStep: step, enrolledAt: now).insert(db)
            for code in codes {
                try db.execute(
                    sql: "INSERT INTO accountRecoveryCode (codeHash, accountId, createdAt) VALUES (?, ?, ?)",
                    arguments: [RecoveryCode.digest(code), person.rawValue, now])
            }
            try db.audit(actor, .secondFactorEnrol, subject: "person \(person.rawValue)")
        }
        return codes
    }

    /// Turns two-step sign-in off for a person (who lost their phone, say) and ends their
    /// sessions; they may enrol again. Admins only. Returns whether it was on.
    @discardableResult
    public func reset(person reference: PersonID, actor: Actor) throws -> Bool {
        try Policy.require(actor, .grantAccess)
        let person = try workspace.people.get(reference)
        return try writer.write { db in
            _ = try Workspace.existingAccount(db, person: person.id!)
            let wasOn = try SecondFactorRecord.deleteOne(db, key: person.id!)
            try db.execute(sql: "DELETE FROM accountRecoveryCode WHERE accountId = ?", arguments: [person.id!])
            try Workspace.endSessions(db, person: person.id!)
            try db.audit(actor, .secondFactorReset, subject: "person \(person.id!)", detail: wasOn ? "was on" : "was off")
            return wasOn
        }
    }
}

/// Single-use recovery codes: 16 random letters and digits (about 79 bits) in groups of four,
/// stored as SHA-256 digests of their normalised form.
enum RecoveryCode {
    private static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }.joined(separator: "-")
    }

    /// The code as typed, lower case without spaces or dashes.
    static func normalised(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && $0 != "-" })
    }

    static func digest(_ code: String) -> String { SecretToken.digest(normalised(code)) }
}
