import Foundation
import GRDB
import HireTestSupport
import Testing
@testable import HireKit

@Suite("ImportedProfile: what the feed said, read back from the workspace")
struct ImportedProfileTests {
    /// The shipped feeds and the real documents in shared/samples.
    static let feeds: [String] = {
        let names = ["hrxml25-candidate-example.xml", "hrxml25-resume-example.xml", "hrxml3-candidate-nav.xml", "sovren-2006-resume.xml"]
        let samples = Fixtures.hasSharedSamples ? names.map { (Fixtures.sharedSamples as NSString).appendingPathComponent($0) } : []
        return ((try? shippedFeeds()) ?? []) + samples
    }()

    @Test("every stored detail reads back as the reader extracted it, in order", arguments: feeds)
    func roundTrip(feed: String) throws {
        let workspace = try importWorkspace()
        let (items, _) = try readFeed(feed)
        let summary = try workspace.imports.run([feed], options: ImportOptions(actor: "test"))
        #expect(summary.imported > 0)
        let stored = try workspace.candidates.list()
        var compared = 0
        for item in items where item.problem == nil {
            let record = item.record
            let byId = record.externalId.flatMap { id in stored.first { $0.externalId == id } }
            guard let candidate = byId ?? stored.first(where: { $0.email != nil && $0.email == record.emails.first }) else { continue }
            let profile = try #require(try workspace.candidates.detail(CandidateID(candidate.id!)).imported)
            #expect(profile.format == record.format.rawValue)
            #expect(profile.emails == record.emails)
            #expect(profile.phones == record.phones)
            #expect(profile.appliedPositions.map(\.positionId) == record.appliedPositions)
            #expect(profile.supplierRelationship == record.supplierRelationship)
            #expect(profile.employment == record.employment)
            #expect(profile.education == record.education)
            // Stored as written: a competency's name is its label, a weight keeps its value and scale.
            let expected = record.competencies.map { competency in
                var competency = competency
                competency.name = competency.label
                competency.weight?.description = nil
                return competency
            }
            #expect(profile.competencies == expected)
            compared += 1
        }
        #expect(compared > 0)
    }

    @Test("a candidate added by hand has no imported profile; applied positions say whether they are openings now")
    func handAddedAndOpenings() throws {
        let workspace = try Fixtures.workspaceWithRole()
        let hand = try workspace.candidates.add(NewCandidate(name: "Ada Hand", email: "ada@example.com", role: "test-role"), actor: "test")
        #expect(try workspace.candidates.detail(CandidateID(hand.id!)).imported == nil)
        let feed = (Fixtures.imports as NSString).appendingPathComponent("agency-batch-hrxml2.xml")
        _ = try workspace.imports.run([feed], options: ImportOptions(actor: "test"))
        let before = try workspace.candidates.detail(try workspace.candidateID("zoe.castellanos@example.org")).imported
        #expect(before?.appliedPositions == [ImportedProfile.AppliedPosition(positionId: "AE-2026-01", matchedOpening: false)])
        try workspace.openings.add(id: "AE-2026-01", role: "test-role", title: nil, actor: "test")
        let after = try workspace.candidates.detail(try workspace.candidateID("zoe.castellanos@example.org")).imported
        #expect(after?.appliedPositions.first?.matchedOpening == true)
        #expect(after?.competencies.map(\.label) == ["Discovery", "Negotiation"])
    }
}
