import Foundation
import GRDB

/// Openings: the positions a role is hired for, their manager, headcount and state.
public struct OpeningService: Sendable {
    let workspace: Workspace
    var writer: any DatabaseWriter { workspace.writer }
}

extension Workspace {
    /// Openings: the positions a role is hired for, their manager, headcount and state.
    public var openings: OpeningService { OpeningService(workspace: self) }
}

extension OpeningService {
    /// Adds an opening for a role. Candidates whose feed cited its id and who have no opening
    /// yet (and no role, or its role) are attached to it.
    @discardableResult
    public func add(id: String, role: String, title: String?, manager: PersonID? = nil, headcount: Int = 1, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
        guard headcount >= 1 else { throw HireError.invalid("an opening's headcount is at least 1") }
        let id = id.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, !id.contains(where: { $0.isWhitespace }) else {
            throw HireError.invalid("an opening id must be non-empty and without spaces")
        }
        return try writer.write { db in
            let profile = try Workspace.profile(db, role: role)
            if try Opening.fetchOne(db, key: id) != nil {
                throw HireError.conflict("opening '\(id)' already exists")
            }
            if let manager { try Workspace.ensureManager(db, manager.rawValue) }
            let opening = Opening(id: id, roleId: role, title: title ?? profile.title, status: "open", createdAt: Date(), managerId: manager?.rawValue, headcount: headcount)
            try opening.insert(db)
            try db.audit(actor, .openingAdd, subject: id, detail: "role \(role)" + (manager.map { ", manager \($0)" } ?? ""))
            try Workspace.attachCitingCandidates(db, to: opening, actor: actor)
            return opening
        }
    }

    /// Names the hiring manager of an opening, who then holds the hiring-manager access role.
    @discardableResult
    public func setManager(_ id: String, manager: PersonID, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
        return try writer.write { db in
            var opening = try Workspace.opening(db, id)
            try Workspace.ensureManager(db, manager.rawValue)
            opening.managerId = manager.rawValue
            try opening.update(db)
            try db.audit(actor, .openingEdit, subject: opening.id, detail: "manager \(manager)")
            return opening
        }
    }

    /// Sets how many people an opening hires.
    @discardableResult
    public func setHeadcount(_ id: String, _ headcount: Int, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
        guard headcount >= 1 else { throw HireError.invalid("an opening's headcount is at least 1") }
        return try writer.write { db in
            var opening = try Workspace.opening(db, id)
            opening.headcount = headcount
            try opening.update(db)
            try db.audit(actor, .openingEdit, subject: opening.id, detail: "headcount \(headcount)")
            return opening
        }
    }

    /// Closes an opening (it stays, with its candidates; lists hide it) or reopens it.
    @discardableResult
    public func setClosed(_ id: String, _ closed: Bool, reason: String?, actor: Actor) throws -> Opening {
        try Policy.require(actor, .manageOpenings)
        return try writer.write { db in
            var opening = try Workspace.opening(db, id)
            guard opening.isClosed != closed else {
                throw HireError.conflict("opening '\(opening.id)' is already \(opening.status)")
            }
            opening.status = closed ? "closed" : "open"
            try opening.update(db)
            try db.audit(actor, closed ? .openingClose : .openingReopen, subject: opening.id, detail: reason)
            return opening
        }
    }

    /// How far an opening is filled: its hired candidates against its headcount.
    public func progress(_ id: String) throws -> OpeningProgress {
        try writer.read { db in
            let opening = try Workspace.opening(db, id)
            let hired = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM candidate WHERE openingId = ? AND stage = 'hired'", arguments: [opening.id]) ?? 0
            return OpeningProgress(opening: opening, hired: hired)
        }
    }

    /// Openings, by id; closed ones only with `includeClosed`.
    public func list(role: String? = nil, includeClosed: Bool = false) throws -> [Opening] {
        try writer.read { db in
            var request = Opening.order(Opening.Columns.id)
            if !includeClosed { request = request.filter(Opening.Columns.status != "closed") }
            if let role { request = request.filter(Opening.Columns.roleId == role) }
            return try request.fetchAll(db)
        }
    }

    /// The openings as ``list(role:includeClosed:)`` gives them, each with its hiring manager's name.
    public func listing(role: String? = nil, includeClosed: Bool = false) throws -> [OpeningListing] {
        let openings = try list(role: role, includeClosed: includeClosed)
        return try writer.read { db in
            let managers = try Person.filter(keys: Set(openings.compactMap(\.managerId))).fetchAll(db)
            let names = Dictionary(managers.map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
            return openings.map { OpeningListing(opening: $0, managerName: $0.managerId.flatMap { names[$0] }) }
        }
    }
}

/// An opening with its hiring manager's name, for lists; encodes as the opening's fields plus `managerName`.
public struct OpeningListing: Sendable, Hashable, Encodable {
    public var opening: Opening
    /// The hiring manager's name (`nil` when the opening has none).
    public var managerName: String?

    enum CodingKeys: String, CodingKey { case managerName }

    public func encode(to encoder: any Encoder) throws {
        try opening.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(managerName, forKey: .managerName)
    }
}
