import Foundation
import HireKit

/// `hire serve --remind-at HH:MM`: the daily `hire remind --send`, run by the server's process.
enum ServeReminders {
    /// Starts a thread that sends the reminders every day at `schedule` in the workspace's time
    /// zone (read again each day), as the workspace owner, with the workspace's mail settings.
    static func start(_ ws: Workspace, at schedule: ReminderSchedule) {
        let thread = Thread {
            while true {
                let zone = (try? ws.settings.timeZone()) ?? .current
                let next = schedule.next(after: Date(), in: zone)
                Console.error("Reminders: next run \(DateFormatting.string(next, .minute, in: zone)) (\(zone.identifier)).")
                Thread.sleep(until: next)
                do {
                    try runOnce(ws)
                } catch {
                    Console.error("error: reminders not run: \((error as? HireError)?.message ?? "\(type(of: error))"); trying again tomorrow")
                }
            }
        }
        thread.name = "hire.reminders"
        thread.start()
    }

    /// One daily run: plan, announce overdue milestones to webhooks, send, report counts.
    static func runOnce(_ ws: Workspace) throws {
        let actor = Actor.localOwner
        guard let from = try ws.settings.value(.mailFrom).flatMap(MailAddress.init) else {
            return Console.error("error: reminders not sent: set the mail_from setting (hire settings set mail_from ...)")
        }
        let command = try ws.settings.value(.sendmail) ?? WorkspaceSetting.defaultSendmail
        guard let program = Sendmail(command: command) else { return Console.error("error: reminders not sent: the sendmail setting is empty") }
        try ws.webhooks.announceOverdueMilestones()
        let reminders = try ws.reminders.plan(as: actor, baseURL: try ws.settings.value(.baseURL))
        let failed = try Hire.Remind.send(reminders, in: ws, from: from, through: program, actor: actor)
        Console.error("Reminders: \(reminders.count - failed) sent, \(failed) failed.")
        _ = try? ws.webhooks.deliver(timeout: 10)
    }
}
