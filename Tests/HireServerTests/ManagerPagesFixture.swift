import Foundation
import HireKit
import Hummingbird
import HummingbirdTesting
import Testing

extension ServerFixture {
    /// The pages of hiring managers and mentors: opening `o1` of the test role, managed by Max (5),
    /// with Ann (1) and Ben (2) on it; a role with a ramp plan and Cy Hired (candidate 3) hired on it
    /// ten days ago, managed by Max, mentored by Ola (8).
    func addManagerPages() throws {
        try workspace.openings.add(id: "o1", role: "test-role", title: "Test opening", manager: 5, actor: "owner")
        try workspace.candidates.setOpening(1, opening: "o1", reason: "test", actor: "owner")
        try workspace.candidates.setOpening(2, opening: "o1", reason: "test", actor: "owner")
        let (profile, diagnostics) = RoleProfileParser.parse(Self.rampRoleYAML, file: "ramp.yaml")
        guard let profile else { throw DiagnosticsError(diagnostics) }
        try workspace.roles.store([(profile, "ramp.yaml")], actor: "test")
        try workspace.candidates.add(NewCandidate(name: "Cy Hired", email: "cy@example.org", role: "ramp-role"), actor: "hr")
        try workspace.candidates.move(3, to: .interviewing, reason: "test", actor: "owner")
        let zone = try workspace.settings.timeZone()
        let today = CalendarDate.on(now, in: zone)
        try workspace.decisions.decide(
            DecisionRequest(
                candidate: 3, kind: .hire, override: "test hire", startDate: today.adding(days: -10), manager: 5, at: now.addingTimeInterval(-12 * 86400)),
            actor: "owner")
        try workspace.mentors.add(8, strengths: ["discovery"], capacity: 2, actor: "owner")
        try workspace.mentors.assign(3, mentor: 8, reason: nil, forceReason: nil, today: today, actor: "owner")
    }

    /// Runs `test` over the manager pages' workspace with Ola, Cy's mentor, signed in; `today`
    /// is the fixture's day in the workspace's time zone.
    static func withMentor(
        _ test: @escaping @Sendable (_ fixture: ServerFixture, _ client: any TestClientProtocol, _ ola: Browser, _ today: CalendarDate) async throws -> Void
    ) async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            let today = CalendarDate.on(fixture.now, in: try fixture.workspace.settings.timeZone())
            try await fixture.test { client in
                var ola = Browser(client)
                try await ola.signIn("ola@example.com")
                try await test(fixture, client, ola, today)
            }
        }
    }

    static let rampRoleYAML = """
        id: ramp-role
        title: Ramp Role
        competencies:
          - {id: discovery, name: Discovery, kind: skill, weight: 3, anchors: {1: "Talks, never asks", 2: "Asks scripted questions", 3: "Follows up", 4: "Uncovers the real need"}}
          - {id: grit, name: Grit, kind: attitude, weight: 2, anchors: {1: "Gives up", 2: "Needs pushing", 3: "Keeps going", 4: "Relentless"}}
        interview_plan:
          - {id: panel, name: Panel, focus: [discovery, grit]}
        onboarding:
          milestones:
            - {id: paperwork, title: Paperwork, owner: hr, due_day: 1}
            - {id: expectations, title: Expectations, owner: manager, due_day: 5}
            - {id: shadow, title: Shadow calls, owner: mentor, due_day: 12}
            - {id: first-call, title: First own call, owner: new_hire, due_day: 20}
        """
}

/// Pages and who may open them: `ok` answers 200, `refused` 403 (may know the record, may not
/// do this), anyone else 404; people by the part of their email before the `@`.
typealias RouteMatrix = [(uri: String, ok: Set<String>, refused: Set<String>)]

extension Browser {
    /// Each page of `matrix` answers as it says for `person` (signed in).
    mutating func expectStatuses(_ matrix: RouteMatrix, for person: String) async throws {
        for (uri, ok, refused) in matrix {
            let expected: HTTPResponse.Status = ok.contains(person) ? .ok : refused.contains(person) ? .forbidden : .notFound
            #expect(try await get(uri).status == expected, "\(person) \(uri)")
        }
    }

    /// Each page sends someone not signed in to `/login`.
    mutating func expectSignInRequired(_ uris: [String]) async throws {
        for uri in uris {
            let page = try await get(uri)
            #expect(page.status == .seeOther && page.location == "/login", "\(uri)")
        }
    }
}

/// Checks every page of `matrix` for someone not signed in (sent to `/login`) and for each of the
/// fixture's people, signed in; `then` goes on as that person (by the part of the email before `@`).
func expectRouteMatrix(
    _ matrix: RouteMatrix, client: any TestClientProtocol, then: (inout Browser, String) async throws -> Void = { _, _ in }
) async throws {
    var anonymous = Browser(client)
    try await anonymous.expectSignInRequired(matrix.map(\.uri))
    for person in ServerFixture.people {
        let short = String(person.email.prefix { $0 != "@" })
        var browser = Browser(client)
        try await browser.signIn(person.email)
        try await browser.expectStatuses(matrix, for: short)
        try await then(&browser, short)
    }
}
