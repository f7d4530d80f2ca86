import Foundation
import HireKit

// MARK: - Reports (issue 7): the demo workspace's HTML reports, written beside the workspace file.

extension DemoScript {
    mutating func reportSteps(_ workspace: Workspace) throws {
        let folder = (path as NSString).deletingLastPathComponent
        func file(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        heading("Write the reports", command: "hire report slate account-executive --all -o \(file("slate-account-executive.html"))")
        let context = HTMLReport.Context.now()
        let slate = try workspace.reports.slate(role: "account-executive", includeInactive: true, as: actor)
        let profile = try workspace.roles.profile("account-executive").profile
        var written: [String] = []
        try ReportFile.write(HTMLReport.slate(slate, roleTitle: profile.title, context: context), to: file("slate-account-executive.html"))
        written.append(file("slate-account-executive.html"))
        for entry in slate.entries where entry.confidence > 0 {
            let report = try workspace.reports.candidate(CandidateID(entry.candidateId), as: actor)
            let version = try workspace.roles.profile("account-executive", version: report.candidate.roleVersion).profile
            let name = file("candidate-\(entry.candidateId).html")
            try ReportFile.write(HTMLReport.candidate(report, profile: version, context: context), to: name)
            written.append(name)
        }
        let today = CalendarDate(DemoData.today)!
        try ReportFile.write(HTMLReport.ramp(try workspace.reports.ramp(today: today), context: context), to: file("ramp.html"))
        written.append(file("ramp.html"))
        let calibration = try workspace.calibration.report(role: "account-executive", as: .localOwner)
        try ReportFile.write(
            HTMLReport.calibration(Hire.Report.Calibration.sections(calibration), title: "account-executive", context: context), to: file("calibration.html"))
        written.append(file("calibration.html"))
        for name in written { Console.out("   wrote \(name)") }
        Console.out("   (self-contained HTML, readable by you only: open them in a browser, or print them)")
    }
}
