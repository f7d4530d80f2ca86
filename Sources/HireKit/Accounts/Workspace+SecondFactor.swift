import Foundation
import GRDB

extension Workspace {
    /// The time step within ``OneTimeCode/allowedDrift`` of `now`, and after `after`, whose
    /// code `code` is; `nil` when none.
    static func matchingStep(secret: String, code: String, after: Int64?, algorithm: any OneTimeCodeAlgorithm, now: Date) -> Int64? {
        let digits = code.filter { !$0.isWhitespace }
        guard digits.count == OneTimeCode.digits, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        let current = OneTimeCode.step(now)
        let drift = Int64(OneTimeCode.allowedDrift)
        return (current - drift...current + drift).first { step in
            step > (after ?? .min) && algorithm.code(secret: secret, at: Date(timeIntervalSince1970: Double(step) * OneTimeCode.period)) == value
        }
    }

    /// Checks and uses up a second factor for `person`: a code not used before, or one of their
    /// recovery codes (deleted once used, audited). `nil` when it is neither.
    static func useSecondFactor(
        _ db: Database, person: Int64, text: String, algorithm: (any OneTimeCodeAlgorithm)?, now: Date
    ) throws -> SecondFactorUse? {
        guard var factor = try SecondFactorRecord.fetchOne(db, key: person) else { return nil }
        if let algorithm, let step = matchingStep(secret: factor.secret, code: text, after: factor.lastUsedStep, algorithm: algorithm, now: now) {
            factor.lastUsedStep = step
            try factor.update(db)
            return .code
        }
        let normalised = RecoveryCode.normalised(text)
        guard normalised.count >= 16 else { return nil }
        try db.execute(
            sql: "DELETE FROM accountRecoveryCode WHERE codeHash = ? AND accountId = ?", arguments: [RecoveryCode.digest(normalised), person])
        guard db.changesCount == 1 else { return nil }
        let left = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accountRecoveryCode WHERE accountId = ?", arguments: [person]) ?? 0
        try db.audit(.person(person, accessRoles: []), .recoveryCodeUse, subject: "person \(person)", detail: "\(left) left")
        return .recoveryCode(left: left)
    }
}
