import Foundation

extension OpeningService {
    /// The open openings whose slates `viewer` may read (refused for anyone who may read no
    /// slate), those `viewer` manages first.
    public func listing(as viewer: Actor) throws -> [OpeningListing] {
        try Policy.require(viewer, .viewSlate)
        let all = try listing()
        func managed(_ listing: OpeningListing) -> Bool { viewer.personId != nil && listing.opening.managerId == viewer.personId }
        return all.filter(managed) + all.filter { !managed($0) }
    }

    /// One opening, for a viewer who may read slates.
    public func get(_ id: String, as viewer: Actor) throws -> Opening {
        try Policy.require(viewer, .viewSlate)
        return try writer.read { db in try Workspace.opening(db, id) }
    }
}
