import Foundation
import GRDB
import HireKit
import HireServer
import HireTestSupport
import Hummingbird
import HummingbirdTesting
import Logging

/// A real workspace file with one role, two candidates and a person of each access role, all
/// with logins, served by the team server's router.
///
/// People: 1 Ida (interviewer of Ann, screen 5 h ago), 2 Jo (interviewer of Ann, screen,
/// unscheduled), 3 Kim (interviewer of Ben only), 4 Rae (recruiter), 5 Max (hiring-manager),
/// 6 Ada (admin), 7 Nia (new-hire), 8 Ola (mentor).
final class ServerFixture: FolderFixture, @unchecked Sendable {
    static let password = "correct horse battery"
    static let hashing = PasswordHashing(cost: 4)
    static let people: [(name: String, email: String, role: AccessRole)] = [
        ("Ida One", "ida@example.com", .interviewer), ("Jo Two", "jo@example.com", .interviewer),
        ("Kim Three", "kim@example.com", .interviewer), ("Rae Four", "rae@example.com", .recruiter),
        ("Max Five", "max@example.com", .hiringManager), ("Ada Six", "ada@example.com", .admin),
        ("Nia Seven", "nia@example.com", .newHire), ("Ola Eight", "ola@example.com", .mentor),
    ]

    let folder: TemporaryFolder
    let workspace: Workspace
    let log = AccessLogRecorder()
    var now = Date()

    init(in folder: TemporaryFolder) throws {
        self.folder = folder
        workspace = try Workspace.create(at: folder.path("hire.sqlite"))
        let (profile, diagnostics) = RoleProfileParser.parse(Self.roleYAML, file: "test.yaml")
        guard let profile else { throw DiagnosticsError(diagnostics) }
        try workspace.roles.store([(profile, "test.yaml")], actor: "test")
        try workspace.candidates.add(NewCandidate(name: "Ann Example", email: "ann@example.org", role: "test-role"), actor: "hr")
        try workspace.candidates.add(NewCandidate(name: "Ben Example", email: "ben@example.org", role: "test-role"), actor: "hr")
        for person in Self.people {
            let added = try workspace.people.add(name: person.name, email: person.email, title: nil, actor: "hr")
            try workspace.access.change(of: PersonID(added.id!), grant: [person.role], revoke: [], actor: "owner")
            try workspace.accounts.add(person: PersonID(added.id!), password: Self.password, hashing: Self.hashing, actor: "owner")
        }
        try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: 1, at: now.addingTimeInterval(-5 * 3600), actor: "hr")
        try workspace.interviews.schedule(candidate: 1, round: "screen", interviewer: 2, actor: "hr")
        try workspace.interviews.schedule(candidate: 2, round: "screen", interviewer: 3, actor: "hr")
    }

    /// The server over the fixture's workspace, with a fast hash and the fixture's clock.
    func application(
        baseURL: String? = nil, trustedProxies: Set<String> = [], requireSecondFactor: Bool = false, uploadLimit: Int? = nil
    ) -> some ApplicationProtocol {
        var configuration = ServerConfiguration(baseURL: baseURL.flatMap(URL.init(string:)), hashing: Self.hashing, now: { [self] in now })
        if let uploadLimit { configuration.uploadLimit = uploadLimit }
        configuration.trustedProxies = trustedProxies
        configuration.requireSecondFactor = requireSecondFactor
        let logger = Logger(label: "hire.test") { [log] _ in log }
        return Application(router: TeamServer.router(workspace: workspace, configuration: configuration, logger: logger))
    }

    /// Runs `test` against the router, without a socket.
    func test(
        baseURL: String? = nil, requireSecondFactor: Bool = false, uploadLimit: Int? = nil,
        _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        try await application(baseURL: baseURL, requireSecondFactor: requireSecondFactor, uploadLimit: uploadLimit).test(.router) { client in
            try await test(client)
        }
    }

    static let roleYAML = """
        id: test-role
        title: Test Role
        competencies:
          - id: discovery
            name: Discovery
            kind: skill
            weight: 3
            anchors: {1: "Talks, never asks", 2: "Asks scripted questions", 3: "Follows up on answers", 4: "Uncovers the real need"}
          - id: grit
            name: Grit
            kind: attitude
            weight: 2
            anchors: {1: "Gives up", 2: "Needs pushing", 3: "Keeps going", 4: "Relentless"}
        interview_plan:
          - id: screen
            name: Screen
            focus: [discovery, grit]
            questions: ["Tell me about a deal you lost."]
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
              after: [paperwork]
        """
}

/// Collects what the access log writes, to check it holds nothing personal.
final class AccessLogRecorder: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var _lines: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var lines: [String] { lock.withLock { _lines } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(
        level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt
    ) {
        let fields = (metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        lock.withLock { _lines.append("\(level) \(message) \(fields)") }
    }
}

extension ServerFixture {
    /// Submits a screen-round scorecard for Ann (candidate 1) as `person` themself, through the library.
    func submitScreen(person: Int64, discovery: Double, grit: Double, evidence: String, recommendation: String) throws {
        try workspace.scorecards.submit(
            ScorecardDraft(
                candidate: "1", round: "screen", interviewer: "\(person)",
                ratings: [
                    RatingDraft(competencyId: "discovery", value: .level(discovery), evidence: evidence),
                    RatingDraft(competencyId: "grit", value: .level(grit), evidence: "never stopped"),
                ], recommendation: recommendation), actor: try workspace.access.actor(person: PersonID(person)))
    }

    /// Rows in a table, to check that a refused request wrote nothing.
    func count(_ table: String) throws -> Int {
        try workspace.reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }
}
