import Foundation
@testable import HireKit

extension AccessService {
    /// The actor for a person of the workspace (id, email or name), with their access roles.
    func actor(named reference: String) throws -> Actor {
        try actor(person: try workspace.personID(reference))
    }
}

extension Workspace {
    /// Submits a scorecard as its interviewer (only they may), as the CLI does for the owner;
    /// an interviewer that does not resolve is left to the library's located diagnostics.
    @discardableResult
    func submitAsInterviewer(
        _ draft: ScorecardDraft, readingDiagnostics: [Diagnostic] = [], options: ScorecardValidator.Options = .init(), actor: Actor = "test",
        at: Date = Date()
    ) throws -> Scorecard {
        let acting = (try? self.access.actor(named: draft.interviewer)) ?? actor
        return try scorecards.submit(draft, readingDiagnostics: readingDiagnostics, options: options, actor: acting, at: at)
    }

    /// Amends a scorecard as its author.
    @discardableResult
    func amendAsAuthor(
        _ id: Int64, _ amendment: ScorecardAmendment, options: ScorecardValidator.Options = .init(), actor: Actor = "test", at: Date = Date()
    ) throws -> Scorecard {
        let author = try? writer.read { db in try Scorecard.fetchOne(db, key: id)?.interviewerId }
        let acting = try author.flatMap { $0 }.map { try self.access.actor(person: PersonID($0)) } ?? actor
        return try scorecards.amend(ScorecardID(id), amendment, options: options, actor: acting, at: at)
    }
}
