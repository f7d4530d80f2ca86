extension HTMLReport {
    /// The ramp dashboard: per active new hire a timeline of milestones on a calendar axis
    /// (done, waived, open, at risk and overdue told apart by shape, fill and word), the milestone
    /// table, and competency trajectories from the interview to day 90.
    public static func ramp(_ report: RampReport, context: Context) -> String {
        render(RampModel(report, context: context), template: "ramp")
    }

    struct RampModel {
        struct Milestone { var due: String; var title: String; var owner: String; var status: Badge; var finished: String }
        struct Hire {
            var id: Int64
            var name: String
            var role: String
            var manager: String
            var mentor: String
            var start: String
            var progress: String
            var overdue: Int?
            var atRisk: Int?
            var nextDue: String?
            var coaching: String?
            var focus: String?
            var timelineChart: String
            var milestones: [Milestone]
            var trajectoryChart: String?
        }

        var kind = "Ramp dashboard"
        var title: String
        var subtitle: String?
        var generated: String
        var css = ReportStyle.css
        var defs = SVG.definitions
        var hires: [Hire]

        init(_ report: RampReport, context: Context) {
            title = report.manager.map { "New hires of \($0)" } ?? "Active new hires"
            let overdue = report.hires.filter { $0.timeline.summary.overdue > 0 }.count
            subtitle = "As of \(report.today) · \(report.hires.count) active new hire\(report.hires.count == 1 ? "" : "s"), \(overdue) with overdue milestones"
            generated = context.generated
            hires = report.hires.map { hire in
                let timeline = hire.timeline
                let summary = timeline.summary
                let chart = RampTimelineChart(timeline: timeline, today: report.today)
                let tracked = timeline.trajectories.filter { $0.baseline != nil || !$0.observations.isEmpty }
                return Hire(
                    id: summary.candidateId, name: summary.name, role: summary.roleId, manager: summary.manager, mentor: summary.mentor ?? "–",
                    start: "\(summary.startDate)",
                    progress: "\(summary.finished) of \(summary.milestones) milestones finished (\(SVG.number(summary.percentDone))%), "
                        + "\(SVG.number(summary.percentElapsed))% of the plan's time elapsed",
                    overdue: summary.overdue > 0 ? summary.overdue : nil, atRisk: summary.atRisk > 0 ? summary.atRisk : nil,
                    nextDue: summary.nextDue.map { "\($0.title), due \($0.dueDate)" }, coaching: timeline.coachingStyle,
                    focus: timeline.focusAreas.isEmpty ? nil : timeline.focusAreas.joined(separator: ", "),
                    timelineChart: chart.chart(id: "ramp-\(summary.newHireId)").markup,
                    milestones: timeline.entries.map { entry in
                        let style = RampTimelineChart.style(entry.status)
                        let cls = ["status-done": "ok", "status-at-risk": "warn", "status-overdue": "bad", "status-waived": "muted"][style.cls] ?? ""
                        return Milestone(
                            due: "\(entry.milestone.dueDate)", title: entry.milestone.title, owner: entry.ownerName ?? entry.milestone.owner.rawValue,
                            status: Badge(text: style.label, cls: cls), finished: entry.milestone.completedOn.map { "\($0)" } ?? "")
                    },
                    trajectoryChart: tracked.isEmpty
                        ? nil : TrajectoryChart(scale: hire.scale, trajectories: tracked).chart(id: "trajectories-\(summary.newHireId)").markup)
            }
        }
    }
}
