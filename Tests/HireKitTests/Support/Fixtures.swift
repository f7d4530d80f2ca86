import Foundation
import Testing
@testable import HireKit

/// Paths to the package's shipped files and the shared samples beside the checkout.
enum Fixtures {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    static var scorecards: String { packageRoot.appendingPathComponent("Scorecards").path }
    static var imports: String { packageRoot.appendingPathComponent("Imports").path }
    /// `../shared/samples/hrxml` beside the checkout.
    static var sharedSamples: String { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/samples/hrxml").path }
    /// Whether the shared samples are beside the checkout: a newcomer's clone has none, CI has them.
    static var hasSharedSamples: Bool { FileManager.default.fileExists(atPath: sharedSamples) }
    /// Why a test of the shared samples is skipped, naming the missing folder.
    static var sharedSamplesMissing: Comment { "skipped: \(sharedSamples) is absent (the shared samples sit beside the checkout in CI)" }

    /// A small valid profile for tests, on a 1..4 scale.
    static let minimalProfileYAML = """
        id: test-role
        title: Test Role
        competencies:
          - id: discovery
            name: Discovery
            kind: skill
            weight: 3
            must_have: 3
            anchors: {1: "a", 2: "b", 3: "c", 4: "d"}
          - id: product
            name: Product knowledge
            kind: knowledge
            weight: 1
            anchors: {1: "a", 2: "b", 3: "c", 4: "d"}
          - id: grit
            name: Grit
            kind: attitude
            weight: 2
            anchors: {1: "a", 2: "b", 3: "c", 4: "d"}
        interview_plan:
          - id: screen
            name: Screen
            focus: [discovery, grit]
          - id: panel
            name: Panel
            focus: [discovery, product, grit]
        onboarding:
          milestones:
            - id: paperwork
              title: Paperwork
              owner: hr
              due_day: 1
            - id: shadow
              title: Shadow calls
              owner: mentor
              due_day: 10
              competencies: [discovery]
              after: [paperwork]
        """

    static func minimalProfile() throws -> RoleProfile {
        let (profile, diagnostics) = RoleProfileParser.parse(minimalProfileYAML, file: "test.yaml")
        guard let profile else { throw DiagnosticsError(diagnostics) }
        return profile
    }

    /// An in-memory workspace holding the minimal profile.
    static func workspaceWithRole() throws -> Workspace {
        let workspace = try Workspace.inMemory()
        try workspace.roles.store([(try minimalProfile(), "test.yaml")], actor: "test")
        return workspace
    }
}
