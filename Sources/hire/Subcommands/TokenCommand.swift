import ArgumentParser
import Foundation
import HireKit

extension Hire {
    /// `hire token`: bearer tokens for the team server's JSON API.
    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "Manage API tokens for scripts and other systems (the JSON API of `hire serve`).",
            discussion: """
                A token acts as its person, with the access roles they hold when it is used. It is shown once; \
                the workspace keeps only a digest. Send it as `Authorization: Bearer TOKEN`.
                """,
            subcommands: [Create.self, List.self, Revoke.self])
    }
}

extension Hire.Token {
    /// `hire token create --for PERSON --name NAME [--expires DAYS] [--read-only]`
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a token for a person and print it once.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions

        @Option(name: .customLong("for"), help: ArgumentHelp("The person the token acts as: id, email or name.", valueName: "person"))
        var person: String
        @Option(help: ArgumentHelp("What uses the token, to recognise it in `hire token list`.", valueName: "name"))
        var name: String
        @Option(help: ArgumentHelp("Days until the token expires (1-\(TokenService.maximumDays); default: until revoked).", valueName: "days"))
        var expires: Int?
        @Flag(name: .customLong("read-only"), help: "The token may only read: every write is refused.")
        var readOnly = false

        func run() throws {
            let ws = try workspace.open()
            let acting = try actor.resolve(in: ws)
            let created = try ws.tokens.create(for: try ws.personID(person), name: name, days: expires, readOnly: readOnly, actor: acting)
            let summary = created.summary
            Console.out(created.secret)
            Console.error(
                "Created token \(summary.id) '\(summary.name)' for \(summary.personName) (person \(summary.personId))"
                    + (summary.readOnly ? ", read-only" : "")
                    + (summary.expiresAt.map { ", expires \(DateText.timestamp($0))" } ?? ", until revoked")
                    + ". It is shown only now: keep it in a secret store.")
        }
    }

    /// `hire token list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List tokens (never their secrets).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions
        @Option(name: .customLong("as"), help: ArgumentHelp("View as this person (id, email or name).", valueName: "person"))
        var viewer: String?

        func run() throws {
            let ws = try workspace.open()
            let tokens = try ws.tokens.list(as: try ActorResolver.viewer(viewer, in: ws))
            if output.format == .json { return try Console.json(tokens) }
            let now = Date()
            var table = Table("ID", "NAME", "PERSON", "ACCESS", "STATUS", "EXPIRES", "LAST USED")
            for token in tokens {
                let status = token.revokedAt != nil ? "revoked" : token.isUsable(at: now) ? "active" : "expired"
                table.add(
                    "\(token.id)", token.name, "\(token.personName) (\(token.personId))", token.readOnly ? "read-only" : "read-write", status,
                    token.expiresAt.map { DateText.timestamp($0) } ?? "never", token.lastUsedAt.map { DateText.timestamp($0) } ?? "never")
            }
            Console.out(output.format == .csv ? table.csv : table.text)
        }
    }

    /// `hire token revoke ID`
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token at once.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The token's id (see `hire token list`).")
        var id: Int64

        func run() throws {
            let ws = try workspace.open()
            let token = try ws.tokens.revoke(id, actor: try actor.resolve(in: ws))
            Console.out("Revoked token \(token.id) '\(token.name)' of \(token.personName).")
        }
    }
}
