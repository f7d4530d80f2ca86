import Foundation
import HireKit
import HireServer
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Team server: scheduling a candidate's panel")
struct ScheduleRouteTests {
    /// Ann (1) has Ida and Jo on her panel, Ben (2) Kim: on a panel one may know the candidate
    /// but not schedule; anyone else is told the candidate does not exist.
    static let matrix: RouteMatrix = [
        ("/candidates/1/schedule", ["rae", "max", "ada"], ["ida", "jo"]),
        ("/candidates/2/schedule", ["rae", "max", "ada"], ["kim"]),
        ("/candidates/99/schedule", [], []),
    ]

    @Test("the schedule page for every access role: allowed 200, refused 403, otherwise 404; not signed in goes to /login; refused posts book nothing")
    func routeMatrix() async throws {
        try await ServerFixture.with { fixture in
            let before = try fixture.count("interview")
            try await fixture.test { client in
                var anonymous = Browser(client)
                try await anonymous.expectSignInRequired(Self.matrix.map(\.uri))
                let anonymousPost = try await anonymous.post("/candidates/1/schedule", [("interviewer_0", "4")])
                #expect([.seeOther, .forbidden].contains(anonymousPost.status))
                try await Browser.eachPerson(client, checking: Self.matrix) { short, browser in
                    guard !["rae", "max", "ada"].contains(short) else { return }
                    _ = try await browser.get("/ramp")
                    let booked = try await browser.post("/candidates/1/schedule", [("interviewer_0", "4"), ("duration_0", "60")])
                    #expect([.forbidden, .notFound].contains(booked.status), "\(short) schedule")
                }
            }
            #expect(try fixture.count("interview") == before)
        }
    }

    @Test("the debrief links the schedule page for those who may schedule only")
    func debriefLink() async throws {
        try await ServerFixture.with { fixture in
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                #expect(try await max.get("/candidates/1/debrief").body.contains(#"href="/candidates/1/schedule""#))
                var ida = Browser(client)
                try await ida.signIn("ida@example.com")
                #expect(!(try await ida.get("/candidates/1/debrief").body.contains("/schedule")))
            }
        }
    }

    @Test("problems by their round and field with everything typed kept; a clash warns, books nothing, and books once confirmed")
    func scheduleWithClash() async throws {
        try await ServerFixture.with { fixture in
            let zone = try fixture.workspace.settings.timeZone()
            // Rae (4) already interviews Ben in two days: booking her for Ann at the same time clashes.
            let minute = (fixture.now.timeIntervalSinceReferenceDate / 60).rounded(.down) * 60
            let at = Date(timeIntervalSinceReferenceDate: minute + 2 * 86400)
            try fixture.workspace.interviews.schedule(candidate: 2, round: "screen", interviewer: 4, at: at, actor: "hr")
            let typed = DateFormatting.string(at, .minute, in: zone)
            let before = try fixture.count("interview")
            try await fixture.test { client in
                var max = Browser(client)
                try await max.signIn("max@example.com")
                let form = try await max.get("/candidates/1/schedule")
                #expect(form.status == .ok && form.body.contains("Screen") && form.body.contains(#"name="csrf_token""#))
                #expect(form.body.contains("Ida One") && form.body.contains(zone.identifier))

                let nobody = try await max.post("/candidates/1/schedule", [("interviewer_0", ""), ("duration_0", "60")])
                #expect(nobody.status == .unprocessableContent && nobody.body.contains("Choose an interviewer for at least one round."))

                let badTime = try await max.post(
                    "/candidates/1/schedule", [("interviewer_0", "4"), ("at_0", "next tuesday"), ("duration_0", "45"), ("location_0", "Room 2")])
                #expect(badTime.status == .unprocessableContent && badTime.body.contains(#"id="at-0-error" class="error""#))
                #expect(badTime.body.contains(#"value="next tuesday""#) && badTime.body.contains(#"value="45""#) && badTime.body.contains(#"value="Room 2""#))
                #expect(badTime.body.contains(#"<option value="4" selected>"#))

                let tooLong = try await max.post("/candidates/1/schedule", [("interviewer_0", "4"), ("at_0", typed), ("duration_0", "2000")])
                #expect(tooLong.status == .unprocessableContent && tooLong.body.contains(#"id="duration-0-error""#))
                #expect(tooLong.body.contains("An interview lasts from 1 minute to 24 hours."))

                let clash = try await max.post("/candidates/1/schedule", [("interviewer_0", "4"), ("at_0", typed), ("duration_0", "60")])
                #expect(clash.status == .unprocessableContent && clash.body.contains("Clash: Rae Four already interviews another candidate at an overlapping time: screen, "))
                #expect(clash.body.contains(#"name="overlap_0" value="yes""#) && clash.body.contains(#"value="\#(typed)""#))
                #expect(try fixture.count("interview") == before)

                let confirmed = try await max.post(
                    "/candidates/1/schedule", [("interviewer_0", "4"), ("at_0", typed), ("duration_0", "60"), ("overlap_0", "yes")])
                #expect(confirmed.status == .seeOther && confirmed.location == "/candidates/1/schedule?booked=1")
                let after = try await max.get(confirmed.location ?? "")
                #expect(after.body.contains("Booked 1 interview.") && after.body.contains("Rae Four"))
            }
            #expect(try fixture.count("interview") == before + 1)
            let booked = try #require(try fixture.workspace.interviews.list(candidate: 1).last)
            #expect(booked.interviewerId == 4 && booked.at == at && booked.durationMinutes == 60)
            let audit = try fixture.workspace.audit.events(as: "owner").last { $0.action == AuditAction.interviewSchedule.rawValue }
            #expect(audit?.actor == "person 5")
        }
    }

    @Test("a panel is booked whole or not at all: one refused round books none of the others")
    func allOrNothing() async throws {
        try await ServerFixture.with { fixture in
            let before = try fixture.count("interview")
            #expect {
                try fixture.workspace.interviews.schedulePanel(
                    candidate: 1, [PanelBooking(round: "screen", interviewer: 4, at: nil), PanelBooking(round: "screen", interviewer: 1, at: nil)],
                    actor: "owner")
            } throws: { error in
                guard let refusal = error as? PanelRefusal else { return false }
                return refusal.problems.keys.sorted() == [1] && refusal.problems[1]?.kind == .conflict && !refusal.isClash(1)
            }
            #expect(try fixture.count("interview") == before)
        }
    }
}
