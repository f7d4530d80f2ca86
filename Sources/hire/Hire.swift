import ArgumentParser
import Foundation
import HireKit

/// `hire`: the hiring and onboarding pipeline of a sales team, from applicant feed to ramped hire.
@main
struct Hire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hire",
        abstract: "Hire, score and onboard a sales team: role profiles, structured interviews, HR-XML import and ramp tracking.",
        discussion: """
            Data lives in an embedded SQLite workspace, ./hire.sqlite by default (--workspace PATH or \
            HIRE_WORKSPACE to change it). Start with `hire demo`, or `hire init` then `hire roles load Scorecards/`.
            """,
        version: HireVersion.current,
        subcommands: [
            Demo.self, Init.self, Roles.self, Opening.self, People.self, CandidateCommand.self,
            InterviewCommand.self, ScorecardCommand.self, SlateCommand.self, Decide.self,
            Ramp.self, MentorCommand.self, CheckInCommand.self, Owed.self, Remind.self, CalendarCommand.self, WebhookCommand.self, Settings.self, Audit.self, Backup.self, Restore.self,
            ImportCommand.self,
            OutcomeCommand.self,
            Fairness.self, Calibrate.self, Validity.self, Funnel.self,
            Report.self,
            Serve.self, User.self, Token.self,
        ]
    )

    static func main() {
        umask(0o077)
        LogSetup.bootstrap()
        do {
            try ArgumentCheck.check(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            let started = Date()
            try command.run()
            WebhookAfterCommand.deliverBriefly(since: started)
        } catch let error as HireError {
            Console.error("error: \(RemedyText.message(error))")
            Foundation.exit(ExitStatus.code(for: error))
        } catch let error as DiagnosticsError {
            error.diagnostics.forEach { Console.diagnostic($0) }
            Foundation.exit(ExitStatus.failure)
        } catch let error where HireError(database: error) != nil {
            // Never GRDB's own description: it may print a row's values or the SQL.
            let error = HireError(database: error, workspace: WorkspaceOptions.opened)!
            Console.error("error: \(error.message)")
            Foundation.exit(ExitStatus.code(for: error))
        } catch {
            exit(withError: error)
        }
    }
}
