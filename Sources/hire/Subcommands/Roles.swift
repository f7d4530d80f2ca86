import ArgumentParser
import HireKit

extension Hire {
    /// `hire roles`: role profiles.
    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "roles",
            abstract: "Validate, load and inspect role profiles (Scorecards/*.yaml).",
            subcommands: [Validate.self, Load.self, List.self, Show.self])
    }
}

extension Hire.Roles {
    /// Prints diagnostics and a one-line count; fails when any is an error.
    /// `loading`: whether the command was to store the profiles (so it says nothing was loaded).
    static func report(_ result: RoleLoading.Result, loading: Bool) throws {
        result.diagnostics.forEach { Console.diagnostic($0) }
        let errors = result.diagnostics.filter(\.isError).count
        let warnings = result.diagnostics.count - errors
        if errors > 0 {
            Console.error("\(Counted.text(errors, "error")), \(Counted.text(warnings, "warning"))\(loading ? "; nothing was loaded" : "")")
            throw ExitCode.failure
        }
    }

    /// `hire roles validate PATH...`
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check role profiles and report every problem as file:line:column (needs no workspace).")

        @Argument(help: "Profile files or folders of *.yaml files.")
        var paths: [String] = ["Scorecards"]

        func run() throws {
            let result = RoleLoading.load(paths)
            try Hire.Roles.report(result, loading: false)
            for (profile, path) in result.profiles {
                Console.out("\(path): ok: \(profile.id) (\(Counted.text(profile.competencies.count, "competency", "competencies")), \(Counted.text(profile.interviewPlan.count, "round")), \(Counted.text(profile.onboarding.milestones.count, "milestone")))")
            }
        }
    }

    /// `hire roles load PATH...`
    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load",
            abstract: "Validate and store role profiles; a changed profile becomes a new version.",
            discussion: "Nothing is stored if any profile has an error. Candidates keep the version they were assessed against.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "Profile files or folders of *.yaml files.")
        var paths: [String]

        func run() throws {
            let result = RoleLoading.load(paths)
            try Hire.Roles.report(result, loading: true)
            let ws = try workspace.open()
            let outcomes = try ws.roles.store(result.profiles, actor: try actor.resolve(in: ws))
            for outcome in outcomes {
                Console.out("\(outcome.id): \(outcome.outcome.rawValue) (version \(outcome.version))")
            }
        }
    }

    /// `hire roles list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the roles in the workspace.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let roles = try workspace.open().roles.summaries()
            if output.format == .json { return try Console.json(roles) }
            var table = Table("ROLE", "VERSION", "COMPETENCIES", "ROUNDS", "MILESTONES", "CANDIDATES", "TITLE")
            for role in roles {
                table.add(role.id, "\(role.version)", "\(role.competencies)", "\(role.rounds)", "\(role.milestones)", "\(role.candidates)", role.title)
            }
            output.emit(table)
        }
    }

    /// `hire roles show ROLE`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a role profile: competencies, interview plan and onboarding plan.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "The role id.")
        var role: String

        @Option(help: "A past version instead of the newest.")
        var version: Int?

        func run() throws {
            let stored = try workspace.open().roles.profile(role, version: version)
            if output.format == .json { return try Console.json(stored) }
            Console.out(RoleProfileText.render(stored.profile, version: stored.version))
        }
    }
}
