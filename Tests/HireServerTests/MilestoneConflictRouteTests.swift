import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: two sessions completing the same milestone at once")
struct MilestoneConflictRouteTests {
    @Test("one wins, the other is told the milestone is already done by its form; the winner's note and date are kept")
    func sameMilestoneAtOnce() async throws {
        try await ServerFixture.with { fixture in
            try fixture.addManagerPages()
            let today = CalendarDate.on(fixture.now, in: try fixture.workspace.settings.timeZone())
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                _ = try await max.get("/ramp/3")
                var ola = Browser(client)
                try await ola.signIn("ola@example.com")
                _ = try await ola.get("/ramp/3")
                async let byMax = max.post("/ramp/3/milestones/shadow", [("date", today.description), ("note", "max-note"), ("action", "complete")])
                async let byOla = ola.post("/ramp/3/milestones/shadow", [("date", today.description), ("note", "ola-note"), ("action", "complete")])
                let answers = try await [byMax, byOla]
                #expect(answers.filter { $0.status == .seeOther }.count == 1)
                let loser = try #require(answers.first { $0.status != .seeOther })
                #expect(loser.status == .unprocessableContent && loser.body.contains("Milestone &#39;shadow&#39; is already done"))
                #expect(loser.body.contains(#"id="error-shadow" class="error" role="alert""#))
                #expect(loser.body.contains("Your note was not saved: " + (answers[0].status == .seeOther ? "ola-note" : "max-note")))
                let winner = answers[0].status == .seeOther ? "max-note" : "ola-note"
                let shadow = try #require(try fixture.workspace.onboarding.plan(3).milestones.first { $0.milestoneId == "shadow" })
                #expect(shadow.state == .done && shadow.note == winner && shadow.completedOn == today)
            }
            let completions = try fixture.workspace.audit.events(as: "owner").filter { $0.action == AuditAction.rampComplete.rawValue }
            #expect(completions.count == 1)
        }
    }
}
