import Foundation

/// Hands messages to a sendmail-compatible program (`/usr/sbin/sendmail -t -i`, msmtp, ...),
/// which reads the recipients from the headers.
public struct Sendmail: Sendable {
    /// The program and its arguments.
    public var arguments: [String]
    /// How long one message may take before the program is stopped, in seconds.
    public var timeout: TimeInterval = 60

    /// A command line split into words (single and double quotes group; no other shell syntax).
    public init?(command: String) {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        guard quote == nil, !words.isEmpty else { return nil }
        arguments = words
    }

    /// Sends one message; `.failed` says why without personal data (addresses are masked).
    public func send(_ message: String) -> ReminderOutcome {
        let process = Process()
        if arguments[0].contains("/") {
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
        }
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failed("cannot run \(arguments[0])")
        }
        let done = DispatchSemaphore(value: 0)
        let collected = ErrorText()
        DispatchQueue.global().async {
            collected.set(errors.fileHandleForReading.readDataToEndOfFile())
            done.signal()
        }
        try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try? input.fileHandleForWriting.close()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            return .failed("\(arguments[0]) took longer than \(Int(timeout)) seconds and was stopped")
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let detail = Self.masked(collected.text)
            return .failed("\(arguments[0]) exited with status \(process.terminationStatus)" + (detail.isEmpty ? "" : ": \(detail)"))
        }
        return .sent
    }

    /// The last line of the program's error output with anything like an address masked.
    static func masked(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        return String(
            line.split(separator: " ", omittingEmptySubsequences: false).map { $0.contains("@") ? "(address)" : String($0) }
                .joined(separator: " ").prefix(300))
    }
}

/// The error output of a sendmail program, collected on another thread.
private final class ErrorText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ data: Data) { lock.withLock { self.data = data } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
