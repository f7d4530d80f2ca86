import ArgumentParser
import Foundation
import HireKit
import HireServer

extension Hire {
    /// `hire user`: sign-in accounts for the team server.
    struct User: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "user",
            abstract: "Manage logins to the team server (`hire serve`).",
            discussion: "Passwords: at least \(PasswordRules.minimumLength) characters, without the person's name or email; kept as bcrypt hashes.",
            subcommands: [Add.self, Invite.self, List.self, Disable.self, Enable.self, Reset.self, ResetSecondFactor.self])
    }
}

/// `--password-stdin`: read a password from the first line of standard input.
struct PasswordInput: ParsableArguments {
    @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
    var fromStdin = false

    func read() throws -> String? {
        guard fromStdin else { return nil }
        guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("--password-stdin: no password on standard input.")
        }
        return line
    }
}

/// `--base-url`, for the links `hire user` prints.
struct BaseURLOption: ParsableArguments {
    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address of the team server, for the link (default: http://127.0.0.1:8080).", valueName: "url"))
    var baseURL: String?

    func link(_ token: String) -> String {
        var base = baseURL ?? ServerConfiguration.defaultBaseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/invite/\(token)"
    }
}

extension Hire.User {
    /// `hire user add PERSON [--grant ROLE]... [--password-stdin]`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Give a person a login, and optionally grant access roles as `hire people access` does.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var password: PasswordInput

        @Argument(help: "The person: id, email or name.")
        var person: String

        @Option(name: .customLong("grant"), help: ArgumentHelp("An access role to grant (repeatable).", valueName: "access-role"))
        var grants: [AccessRole] = []

        func run() throws {
            let ws = try workspace.open()
            let acting = try actor.resolve(in: ws)
            let secret = try password.read()
            let found = try ws.person(person)
            if !grants.isEmpty { try ws.access.change(of: found.personID, grant: Set(grants), revoke: [], actor: acting) }
            let account = try ws.accounts.add(person: found.personID, password: secret, actor: acting)
            Console.out("Added a login for \(account.name) (person \(account.personId)): \(UserText.roles(account))")
            if secret == nil { Console.out("Next: `hire user invite \(account.personId)` prints a sign-up link for them to set a password.") }
        }
    }

    /// `hire user invite PERSON`
    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invite", abstract: "Print a single-use sign-up link, valid 72 hours, where the person sets a password.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var base: BaseURLOption

        @Argument(help: "The person: id, email or name.")
        var person: String

        func run() throws {
            let ws = try workspace.open()
            let token = try ws.accounts.invite(person: try ws.personID(person), actor: try actor.resolve(in: ws))
            Console.out(base.link(token))
        }
    }

    /// `hire user list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List logins and whether each can sign in.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        @Option(name: .customLong("as"), help: ArgumentHelp("View as this person (id, email or name).", valueName: "person"))
        var viewer: String?

        func run() throws {
            let ws = try workspace.open()
            let accounts = try ws.accounts.list(as: try ActorResolver.viewer(viewer, in: ws))
            if output.format == .json { return try Console.json(accounts) }
            var table = Table("ID", "NAME", "EMAIL", "STATUS", "ACCESS ROLES", "LAST SIGN-IN", "2FA")
            for account in accounts {
                table.add(
                    "\(account.personId)", account.name, account.email, account.status.rawValue, UserText.roles(account),
                    account.lastSignInAt.map { DateText.timestamp($0) } ?? "never", account.secondFactor ? "on" : "off")
            }
            Console.out(output.format == .csv ? table.csv : table.text)
        }
    }

    /// `hire user disable PERSON`
    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disable", abstract: "Turn a login off; every session of the person ends at once.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The person: id, email or name.")
        var person: String

        func run() throws {
            let ws = try workspace.open()
            let account = try ws.accounts.setDisabled(person: try ws.personID(person), true, actor: try actor.resolve(in: ws))
            Console.out("Disabled the login of \(account.name) (person \(account.personId)); their sessions have ended.")
        }
    }

    /// `hire user enable PERSON`
    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enable", abstract: "Turn a login on again (and unlock it).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The person: id, email or name.")
        var person: String

        func run() throws {
            let ws = try workspace.open()
            let account = try ws.accounts.setDisabled(person: try ws.personID(person), false, actor: try actor.resolve(in: ws))
            Console.out("Enabled the login of \(account.name) (person \(account.personId)).")
        }
    }

    /// `hire user reset PERSON [--password-stdin]`
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset",
            abstract: "End every session and unlock; set a new password from stdin, or remove it and print a new sign-up link.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @OptionGroup var password: PasswordInput
        @OptionGroup var base: BaseURLOption

        @Argument(help: "The person: id, email or name.")
        var person: String

        func run() throws {
            let ws = try workspace.open()
            let acting = try actor.resolve(in: ws)
            let secret = try password.read()
            let account = try ws.accounts.reset(person: try ws.personID(person), password: secret, actor: acting)
            if secret != nil {
                Console.out("Set a new password for \(account.name) (person \(account.personId)); their sessions have ended.")
            } else {
                Console.out("Removed the password of \(account.name) (person \(account.personId)); their sessions have ended. Sign-up link:")
                Console.out(base.link(try ws.accounts.invite(person: PersonID(account.personId), actor: acting)))
            }
        }
    }
}

extension Hire.User {
    /// `hire user reset-2fa PERSON`
    struct ResetSecondFactor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-2fa",
            abstract: "Turn off a person's two-step sign-in (a lost phone, say) and end their sessions; they set it up again.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Argument(help: "The person: id, email or name.")
        var person: String

        func run() throws {
            let ws = try workspace.open()
            let found = try ws.person(person)
            let wasOn = try ws.secondFactors.reset(person: found.personID, actor: try actor.resolve(in: ws))
            Console.out(
                wasOn
                    ? "Turned off two-step sign-in for \(found.name) (person \(found.id!)); their sessions have ended. They set it up again at /account/two-factor."
                    : "\(found.name) (person \(found.id!)) had no two-step sign-in; their sessions have ended.")
        }
    }
}

/// How `hire user` words an account.
enum UserText {
    static func roles(_ account: AccountSummary) -> String {
        account.accessRoles.isEmpty ? "no access roles" : account.accessRoles.map(\.rawValue).joined(separator: ", ")
    }
}
