import ArgumentParser
import HireKit

extension Hire {
    /// `hire ramp`: new hires' onboarding plans and progress.
    struct Ramp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ramp",
            abstract: "Track new hires' ramp: plans, milestones, overdue and at-risk items, time to ramp.",
            discussion: """
                A hire's plan is created by `hire decide C hire --start DATE --manager P` from the role's onboarding \
                milestones. Refer to a new hire by their candidate id or email. Milestone status: done, waived, open, \
                at-risk (due within 7 days, or blocked by an overdue milestone it comes after), overdue (past due and not done).
                """,
            subcommands: [Status.self, Show.self, Plan.self, Complete.self, Waive.self, Assign.self, Leave.self, Stats.self])
    }
}

extension Hire.Ramp {
    /// `hire ramp status`
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Every active new hire: percent done against time elapsed, overdue and at-risk counts, next item due.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions
        @OptionGroup var today: TodayOptions

        @Option(help: "Only this manager's new hires.") var manager: String?
        @Option(help: "Only this mentor's new hires.") var mentor: String?
        @Flag(help: "Only new hires with overdue milestones.") var overdue = false
        @Flag(help: "Include new hires who have ramped.") var all = false

        func run() throws {
            let workspace = try workspace.open()
            let status = try workspace.onboarding.statusRows(today: try today.date(in: workspace), manager: try manager.map(workspace.personID), mentor: try mentor.map(workspace.personID), overdueOnly: overdue, includeRamped: all)
            status.unreadable.forEach { Console.error("warning: \($0)") }
            let rows = status.hires
            if output.format == .json { return try Console.json(rows) }
            if output.format == .csv { return output.emitCSV(Self.csv(rows)) }
            var table = Table("HIRE", "NAME", "ROLE", "MANAGER", "MENTOR", "START", "DONE%", "ELAPSED%", "OVERDUE", "AT-RISK", "NEXT DUE")
            for row in rows {
                let next = row.leftOn.map { "left \($0)" } ?? row.nextDue.map { "\($0.dueDate) \($0.milestone)" } ?? (row.rampedOn.map { "ramped \($0)" } ?? "-")
                table.add(
                    "\(row.candidateId)", row.name, row.roleId, row.manager, row.mentor ?? "-", "\(row.startDate)", percent(row.percentDone),
                    percent(row.percentElapsed), "\(row.overdue)", "\(row.atRisk)", next)
            }
            Console.out(rows.isEmpty ? "No active new hires." : table.text)
        }
    }
}

extension Hire.Ramp.Status {
    /// The CSV export: one value per column, numbers without units, so spreadsheets can sort and sum.
    static func csv(_ rows: [RampSummary]) -> Table {
        var table = Table(
            "HIRE", "NAME", "ROLE", "MANAGER", "MENTOR", "START", "DONE-PCT", "ELAPSED-PCT", "OVERDUE", "AT-RISK", "NEXT-DUE", "NEXT-MILESTONE",
            "RAMPED", "LEFT")
        for row in rows {
            table.add(
                "\(row.candidateId)", row.name, row.roleId, row.manager, row.mentor ?? "", "\(row.startDate)", RampText.format(row.percentDone),
                RampText.format(row.percentElapsed), "\(row.overdue)", "\(row.atRisk)", row.nextDue.map { "\($0.dueDate)" } ?? "",
                row.nextDue?.milestone ?? "", row.rampedOn.map { "\($0)" } ?? "", row.leftOn.map { "\($0)" } ?? "")
        }
        return table
    }
}

extension Hire.Ramp {
    /// `hire ramp show NEWHIRE`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "A new hire's timeline: milestones by due date with status and owner, check-ins, focus-area trajectories.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions
        @OptionGroup var today: TodayOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String

        func run() throws {
            let workspace = try workspace.open()
            let day = try today.date(in: workspace)
            let timeline = try workspace.onboarding.timeline(try workspace.candidateID(newHire), today: day)
            timeline.unreadable.forEach { Console.error("warning: \($0)") }
            if output.format == .json { return try Console.json(timeline) }
            Console.out(RampText.timeline(timeline, today: day))
        }
    }

    /// `hire ramp plan NEWHIRE`
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "plan", abstract: "A new hire's development plan: focus areas, priority milestones, coaching style, mentor.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String

        func run() throws {
            let ws = try workspace.open()
            let plan = try ws.onboarding.plan(try ws.candidateID(newHire))
            plan.unreadable.forEach { Console.error("warning: \($0)") }
            if output.format == .json { return try Console.json(plan) }
            Console.out(RampText.plan(plan))
        }
    }

    /// `hire ramp complete NEWHIRE MILESTONE`
    struct Complete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "complete", abstract: "Mark a milestone done.", discussion: "Refused while a milestone it comes after is unfinished, unless --force with --reason.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var today: TodayOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String
        @Argument(help: "The milestone id.") var milestone: String
        @Option(help: "A note on how it went.") var note: String?
        @Option(help: ArgumentHelp("The day it was done (default: today); between the plan's start and today.", valueName: "date"), transform: DateArgument.calendarDate) var on: CalendarDate?
        @Flag(help: "Complete it even though a milestone it comes after is unfinished (needs --reason).") var force = false
        @Option(help: "Why it is forced.") var reason: String?

        func validate() throws {
            if force && (reason ?? "").isEmpty { throw ValidationError("--force needs --reason.") }
        }

        func run() throws {
            let workspace = try workspace.open()
            let day = try today.date(in: workspace)
            let done = try workspace.onboarding.complete(
                try workspace.candidateID(newHire), milestone: milestone, on: on ?? day, note: note, forceReason: force ? reason : nil, today: day,
                actor: try actor.resolve(in: workspace))
            Console.out("Done: \(done.milestoneId) on \(done.completedOn!)")
        }
    }

    /// `hire ramp waive NEWHIRE MILESTONE --reason ...`
    struct Waive: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "waive", abstract: "Waive a milestone that does not apply, with a reason.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var today: TodayOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String
        @Argument(help: "The milestone id.") var milestone: String
        @Option(help: "Why it is waived.") var reason: String
        @Option(help: ArgumentHelp("The day it was waived (default: today); between the plan's start and today.", valueName: "date"), transform: DateArgument.calendarDate) var on: CalendarDate?

        func run() throws {
            let workspace = try workspace.open()
            let day = try today.date(in: workspace)
            let waived = try workspace.onboarding.waive(
                try workspace.candidateID(newHire), milestone: milestone, reason: reason, on: on ?? day, today: day, actor: try actor.resolve(in: workspace))
            Console.out("Waived: \(waived.milestoneId)")
        }
    }

    /// `hire ramp assign NEWHIRE MILESTONE PERSON`
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign", abstract: "Name the person who owns one milestone (an HR milestone handled by someone other than hr_contact, say).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The new hire (candidate id or email).") var newHire: String
        @Argument(help: "The milestone id.") var milestone: String
        @Argument(help: "The person who owns it: id, email or name.") var person: String

        func run() throws {
            let workspace = try workspace.open()
            let owner = try workspace.person(person)
            let assigned = try workspace.onboarding.assign(try workspace.candidateID(newHire), milestone: milestone, to: owner.personID, actor: try actor.resolve(in: workspace))
            Console.out("Milestone \(assigned.milestoneId) is owned by \(owner.name) (person \(owner.id!))")
        }
    }

    /// `hire ramp stats`
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Average time to ramp (start to last milestone) per role, manager and mentor.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let rows = try workspace.open().onboarding.timeToRamp()
            if output.format == .json { return try Console.json(rows) }
            var table = Table("BY", "WHO", "RAMPED", "AVG DAYS")
            for row in rows { table.add(row.dimension, row.key, "\(row.ramped)", String(format: "%.1f", row.averageDays)) }
            if output.format == .csv { return output.emitCSV(table) }
            Console.out(rows.isEmpty ? "Nobody has ramped yet." : table.text)
        }
    }
}

func percent(_ value: Double) -> String { String(format: "%.0f%%", value) }

import Foundation
