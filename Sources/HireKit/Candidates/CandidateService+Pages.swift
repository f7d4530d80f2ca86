import Foundation
import GRDB

/// Which candidates a listing shows.
public struct CandidateFilter: Sendable, Hashable {
    public var role: String?
    public var stage: Stage?
    public var opening: String?
    public var source: String?
    /// A name (any part of it, case aside) or an email address (compared as addresses are).
    public var search: String?

    public init(role: String? = nil, stage: Stage? = nil, opening: String? = nil, source: String? = nil, search: String? = nil) {
        self.role = role
        self.stage = stage
        self.opening = opening
        self.source = source
        self.search = search
    }
}

/// One page of a candidate listing, in id order, and where the next begins.
public struct CandidatePage: Sendable, Hashable {
    public var candidates: [Candidate]
    /// The id to continue after, `nil` on the last page.
    public var next: CandidateID?
}

extension CandidateService {
    /// The most candidates one page holds.
    public static let maximumPageSize = 500

    /// Candidates (not erased) after `cursor`, at most `limit`, that `viewer` may see: everyone
    /// for those who may read any candidate, else the candidates of their panels, hires and mentees.
    public func page(after cursor: CandidateID? = nil, limit: Int, filter: CandidateFilter = .init(), as viewer: Actor) throws -> CandidatePage {
        guard (1...Self.maximumPageSize).contains(limit) else {
            throw HireError.invalid("a page holds 1 to \(Self.maximumPageSize) candidates, not \(limit)")
        }
        return try writer.read { db in
            if let role = filter.role { _ = try Workspace.roleVersion(db, role: role) }
            var request = Candidate.filter(Candidate.Columns.erased == false)
            if let cursor { request = request.filter(Candidate.Columns.id > cursor.rawValue) }
            if let role = filter.role { request = request.filter(Candidate.Columns.roleId == role) }
            if let stage = filter.stage { request = request.filter(Candidate.Columns.stage == stage) }
            if let opening = filter.opening { request = request.filter(Candidate.Columns.openingId == opening) }
            if let source = filter.source { request = request.filter(Candidate.Columns.source == source) }
            if let search = filter.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
                let pattern = "%" + search.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_") + "%"
                request = request.filter(
                    Candidate.Columns.name.like(pattern, escape: "\\") || Candidate.Columns.emailKey == EmailAddress.key(search))
            }
            if !Policy.allows(viewer, .viewCandidate), let person = viewer.personId {
                request = request.filter(
                    sql: """
                        id IN (SELECT candidateId FROM interview WHERE interviewerId = :person)
                        OR id IN (SELECT candidateId FROM newHire WHERE managerId = :person OR mentorId = :person)
                        """, arguments: ["person": person])
            }
            let found = try request.order(Candidate.Columns.id).limit(limit + 1).fetchAll(db)
            let page = Array(found.prefix(limit))
            return CandidatePage(candidates: page, next: found.count > limit ? page.last.map { CandidateID($0.id!) } : nil)
        }
    }

    /// A candidate as `viewer` may see them; hidden candidates are not found.
    public func get(_ reference: CandidateID, as viewer: Actor) throws -> Candidate {
        try writer.read { db in
            let candidate = try Workspace.candidate(db, reference)
            try Workspace.require(db, viewer, .viewCandidate, candidate: candidate.id!)
            return candidate
        }
    }
}
