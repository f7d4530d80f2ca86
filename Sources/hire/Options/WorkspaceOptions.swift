import ArgumentParser
import Foundation
import HireKit

/// `--workspace`, shared by every command that uses the workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The workspace file (default: $HIRE_WORKSPACE, else ./hire.sqlite).", valueName: "path"))
    var workspace: String?

    var path: String {
        workspace ?? ProcessInfo.processInfo.environment["HIRE_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 } ?? Workspace.defaultPath
    }

    func open() throws -> Workspace {
        Self.opened = path
        return try Workspace.open(at: path)
    }

    /// The workspace this run opened, to name it in errors the library reports without a path.
    nonisolated(unsafe) static var opened: String?
}

/// The output formats of commands that print data.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case csv
}

/// `--format`, for commands that print data, and `--excel` for CSV that Excel opens as is.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json or csv (csv for lists).")
    var format: OutputFormat = .text

    @Flag(help: "With --format csv: a UTF-8 byte-order mark and CRLF line ends, as Excel expects.")
    var excel = false

    func validate() throws {
        if excel && format != .csv { throw ValidationError("--excel goes with --format csv.") }
    }

    /// Prints `table` as CSV with `--format csv`, else as a text table.
    func emit(_ table: Table) {
        format == .csv ? emitCSV(table) : Console.out(table.text)
    }

    /// Prints `table` as CSV: with `--excel`, a byte-order mark first and CRLF after every row.
    func emitCSV(_ table: Table) {
        guard excel else { return Console.out(table.terminalCSV) }
        let rows = ([table.headers] + table.rows).map { TerminalText.escaped($0.map(CSVField.encode).joined(separator: ","), keepingLines: true) }
        print(CSVStyle.excelByteOrderMark + rows.joined(separator: "\r\n"), terminator: "\r\n")
    }
}

/// The conventions of CSV for Excel.
enum CSVStyle {
    /// UTF-8's byte-order mark, which tells Excel the file is UTF-8.
    static let excelByteOrderMark = "\u{FEFF}"
}

/// `--by` and `--as`, for commands that change the workspace: who acts.
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who is making the change, for the audit trail (default: the OS user).", valueName: "name"))
    var by: String?

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp("Act as this person (id, email or name), with their access roles; the audit log records them.", valueName: "person"))
    var person: String?

    func validate() throws {
        if let by, by.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--by needs a name.") }
    }

    /// The actor: the person named by `--as`, else the workspace owner recorded as `--by`.
    func resolve(in workspace: Workspace) throws -> Actor {
        try ActorResolver.actor(by: by, as: person, in: workspace)
    }

    /// The actor for writing a scorecard, which only its interviewer may do: the person named
    /// by `--as`, else the scorecard's interviewer (`author`), recorded as entered by the owner.
    func resolve(in workspace: Workspace, writing author: () -> Int64?) throws -> Actor {
        if person != nil { return try resolve(in: workspace) }
        guard let id = author() else { return .owner(by ?? Actor.operatingSystemUser) }
        var actor = try workspace.access.actor(person: PersonID(id))
        actor.recordedName += " via \(by ?? Actor.operatingSystemUser)"
        return actor
    }
}
