import Foundation
import HireTestSupport
import Testing

/// Every `hire ...` example in README.md, run against a fresh `hire demo` workspace, so the README's
/// commands and flags cannot rot (issue "First use without a dead end", item 15).
///
/// Rules, applied to each line of a fenced `sh` block that starts with `hire ` (a line ending in `\` continues):
/// - `# ...` comments and a redirection (`> FILE`) end the command;
/// - an optional part `[...]` is kept when it holds no placeholder, else dropped; a `...` after it (repeatable) is dropped;
/// - a choice `text|json|csv` becomes its first value;
/// - `*` in a word is expanded against the working folder (which links the repository's `Scorecards/` and `Imports/`);
/// - the example is skipped when it starts a server (`hire serve`), when a required word is a placeholder
///   (`C`, `ROLE`, `FILE`, `PERSON`, `...`: all capitals, or `...`), or when it reads a file
///   (`.xml`, `.gz`, `.yaml`, `.yml`, `.sqlite`, `.pem`) that neither the repository nor an earlier example provides.
/// Examples run in README order in one folder, so a file an example writes (`-o tom.yaml`, a backup) serves later ones.
/// An example fails when it exits with 64 (usage error) or says "unknown option" or "unknown command";
/// any other error (a record the demo lacks, a refused move) is the workspace's state, not a broken example.
@Suite("README examples run")
struct ReadmeExamplesTests {
    @Test("every hire example in README.md parses and runs without a usage error on the demo workspace")
    func readmeExamplesRun() throws {
        let readme = try String(contentsOf: HireBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = ReadmeExample.extract(from: readme)
        #expect(examples.count > 60, "found only \(examples.count) examples in README.md")

        try DemoWorkspace.with { demo in
            for shipped in ["Scorecards", "Imports"] {
                try FileManager.default.createSymbolicLink(
                    at: demo.folder.url.appendingPathComponent(shipped), withDestinationURL: HireBinary.packageRoot.appendingPathComponent(shipped))
            }
            var ran = 0
            var skipped: [String] = []
            for example in examples {
                switch example.arguments(in: demo.folder.url) {
                case .skip(let reason):
                    skipped.append("README.md:\(example.line): \(reason)")
                case .run(let arguments):
                    let result = try HireBinary.run(arguments, in: demo.folder.url, environment: ["HIRE_WORKSPACE": demo.path])
                    ran += 1
                    let said = result.stderr.lowercased()
                    #expect(
                        result.status != 64 && !said.contains("unknown option") && !said.contains("unknown command"),
                        "README.md:\(example.line): `\(example.text)` ran as \(arguments) and failed with \(result.status): \(result.stderr)")
                }
            }
            #expect(ran > 50, "ran only \(ran) examples; skipped: \(skipped.joined(separator: "\n"))")
            #expect(skipped.count < ran, "skipped \(skipped.count): \(skipped.joined(separator: "\n"))")
        }
    }

    @Test("the example reader keeps optional parts without placeholders and skips placeholders")
    func readerRules() throws {
        try withTemporaryFolder { folder in
            func arguments(_ line: String) -> ReadmeExample.Outcome {
                ReadmeExample(line: 1, text: line).arguments(in: folder.url)
            }
            #expect(arguments(#"hire opening list [--role R] [--all]  # closed"#) == .run(["opening", "list", "--all"]))
            #expect(arguments(#"hire scorecard export [--format csv|json] --as "Aisha Khan" [--reason "..."]"#)
                == .run(["scorecard", "export", "--format", "csv", "--as", "Aisha Khan"]))
            #expect(arguments(#"hire scorecard submit --evidence demo="tailored, to #1" [--grant x]..."#)
                == .run(["scorecard", "submit", "--evidence", "demo=tailored, to #1", "--grant", "x"]))
            #expect(arguments("hire report candidate C -o daniel.html") == .skip("placeholder C"))
            #expect(arguments("hire import feed.xml --dry-run") == .skip("needs feed.xml, which is not in the repository"))
            #expect(arguments("hire serve --port 0") == .skip("starts a server"))
            #expect(arguments("hire --generate-completion-script zsh > \"${fpath[1]}/_hire\"") == .run(["--generate-completion-script", "zsh"]))
            let continued = ReadmeExample.extract(from: "```sh\nhire a \\\n    --b c   # note\ncat x | hire d\n```\n```yaml\nhire: no\n```\n")
            #expect(continued.map(\.text) == ["hire a --b c   # note"])
        }
    }
}

/// One `hire ...` example of the README and how to run it.
struct ReadmeExample: Equatable {
    var line: Int
    var text: String

    enum Outcome: Equatable {
        case run([String])
        case skip(String)
    }

    /// The `hire` lines of the README's fenced `sh` blocks, continuation lines joined.
    static func extract(from readme: String) -> [ReadmeExample] {
        var examples: [ReadmeExample] = []
        var inShell = false
        var pending: ReadmeExample?
        for (index, raw) in readme.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") {
                inShell = !inShell && line == "```sh"
                continue
            }
            guard inShell else { continue }
            if var current = pending {
                current.text += " " + line
                pending = current
            } else if line.hasPrefix("hire ") {
                pending = ReadmeExample(line: index + 1, text: line)
            }
            if let current = pending, !current.text.hasSuffix("\\") {
                examples.append(current)
                pending = nil
            } else if let current = pending {
                pending = ReadmeExample(line: current.line, text: String(current.text.dropLast()).trimmingCharacters(in: .whitespaces))
            }
        }
        return examples
    }

    /// The arguments to run (without the leading `hire`), or why the example is skipped.
    func arguments(in folder: URL) -> Outcome {
        var tokens = Self.tokens(text)
        guard tokens.first == .word("hire", quoted: false) else { return .skip("not a hire command") }
        tokens.removeFirst()
        var index = 0
        let words = Self.resolve(&tokens, from: &index, optional: false)
        var arguments: [String] = []
        for word in words ?? [] {
            if word.placeholder { return .skip("placeholder \(word.text)") }
            if !word.quoted, word.text.contains("*") {
                arguments += Self.glob(word.text, in: folder)
            } else {
                arguments.append(!word.quoted && word.text.contains("|") ? String(word.text.split(separator: "|")[0]) : word.text)
            }
        }
        if arguments.first == "serve" { return .skip("starts a server") }
        let writes: Set<String> = ["-o", "--workspace"]
        for (position, argument) in arguments.enumerated() {
            let isFile = [".xml", ".gz", ".yaml", ".yml", ".sqlite", ".pem"].contains { argument.hasSuffix($0) }
            guard isFile, !argument.contains("*") else { continue }
            let before = position > 0 ? arguments[position - 1] : ""
            if writes.contains(before) || before == "backup" { continue }
            if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(argument).path) {
                return .skip("needs \(argument), which is not in the repository")
            }
        }
        return .run(arguments)
    }

    enum Token: Equatable {
        case word(String, quoted: Bool)
        case open, close, choice
    }

    struct Word {
        var text: String
        var quoted: Bool
        var placeholder: Bool {
            text == "..." || (!quoted && !text.isEmpty && text.allSatisfy { ("A"..."Z").contains($0) || $0 == "_" })
        }
    }

    /// Splits a line as a shell would (quotes, comments, a redirection), marking `[`, `]` and a lone `|`.
    static func tokens(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var quoted = false
        var started = false
        var quote: Character?
        func finish() {
            if started { tokens.append(.word(current, quoted: quoted)) }
            current = ""
            quoted = false
            started = false
        }
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            switch character {
            case "\"", "'":
                quote = character
                quoted = true
                started = true
            case " ", "\t":
                finish()
            case "#" where !started, ">" where !started:
                finish()
                return tokens
            case "[" where !started:
                tokens.append(.open)
            case "]":
                finish()
                tokens.append(.close)
            case "|" where !started:
                tokens.append(.choice)
            default:
                current.append(character)
                started = true
            }
        }
        finish()
        return tokens
    }

    /// The words of a group (the whole line or an optional part): nested optional parts kept or dropped,
    /// the first of `a | b` choices taken; `nil` for an optional part that holds a placeholder.
    static func resolve(_ tokens: inout [Token], from index: inout Int, optional: Bool) -> [Word]? {
        var alternatives: [[Word]] = [[]]
        var hasPlaceholder = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .word(let text, let quoted):
                let word = Word(text: text, quoted: quoted)
                hasPlaceholder = hasPlaceholder || (word.placeholder && alternatives.count == 1)
                alternatives[alternatives.count - 1].append(word)
            case .open:
                if let inner = resolve(&tokens, from: &index, optional: true) { alternatives[alternatives.count - 1] += inner }
                if index < tokens.count, tokens[index] == .word("...", quoted: false) { index += 1 }
            case .close:
                if optional { return hasPlaceholder ? nil : alternatives[0] }
            case .choice:
                alternatives.append([])
            }
        }
        return optional && hasPlaceholder ? nil : alternatives[0]
    }

    static func glob(_ pattern: String, in folder: URL) -> [String] {
        let directory = (pattern as NSString).deletingLastPathComponent
        let name = (pattern as NSString).lastPathComponent
        let parts = name.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(directory).path)) ?? []
        return files.filter { $0.hasPrefix(parts.first ?? "") && $0.hasSuffix(parts.last ?? "") }.sorted()
            .map { directory.isEmpty ? $0 : directory + "/" + $0 }
    }
}
