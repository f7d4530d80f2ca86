import CLibXML2
import Foundation
import HireTestSupport
import Testing
@testable import HireKit

/// Writes a gzip feed of two records with `filler` repeated to `megabytes` MB between them
/// (after `open`, before `close`): a small file that decompresses to a lot of XML outside any record.
func fillerFeed(_ path: String, open: String = "", filler: String, megabytes: Int, close: String = "") throws {
    guard let file = gzopen(path, "wb6") else { throw HireError.io("cannot write \(path)") }
    defer { gzclose(file) }
    func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = gzwrite(file, $0.baseAddress, UInt32($0.count)) }
    }
    let record = { (n: Int) in
        "<Candidate><CandidateProfile><PersonalData><PersonName><FormattedName>Ann Lee</FormattedName></PersonName>"
            + "<ContactMethod><InternetEmailAddress>ann\(n)@example.com</InternetEmailAddress></ContactMethod></PersonalData></CandidateProfile></Candidate>\n"
    }
    write("<?xml version=\"1.0\"?>\n<Batch xmlns=\"http://ns.hr-xml.org/2007-04-15\">\n" + record(1) + open)
    let megabyte = String(repeating: filler, count: 1024 * 1024 / filler.utf8.count)
    for _ in 0..<megabytes { write(megabyte) }
    write(close + record(2) + "</Batch>\n")
}

@Suite("FeedReader memory outside records")
struct FeedMemoryTests {
    @Test("text, whitespace or a comment between records holds no more of the feed than inside one", arguments: [
        ("", "x", ""), ("", " \n", ""), ("<!--", "c", "-->"), ("<Note>", "n", "</Note>"),
    ])
    func fillerBetweenRecords(open: String, filler: String, close: String) throws {
        try withTemporaryFolder { folder in
            let path = folder.path("filler.xml.gz")
            try fillerFeed(path, open: open, filler: filler, megabytes: 48, close: close)
            var names: [String?] = []
            let result = try FeedReader(path: path).read { names.append($0.record.formattedName) }
            #expect(result.error == nil)
            #expect(names == ["Ann Lee", "Ann Lee"])
            #expect(result.bytes > 48 * 1024 * 1024)
            // The reader keeps at most its raw limit (1 MB) before libxml2's position between records,
            // in blocks of 256 KB; unbounded, it would hold all 192 blocks of the filler.
            #expect(result.blocksHeldPeak <= FeedReader(path: path).rawLimit / FeedBlock.size + 3)
        }
    }

    @Test("a record whose start tag begins beyond what is kept between records is read, its XML not kept")
    func longStartTag() throws {
        try withTemporaryFolder { folder in
            let padding = String(repeating: " ", count: 3 * 1024 * 1024)
            let path = try folder.write("tag.xml", "<?xml version=\"1.0\"?>\n<Batch xmlns=\"http://ns.hr-xml.org/2007-04-15\">\n<Candidate\(padding)><CandidateProfile><PersonalData><PersonName><FormattedName>Ann Lee</FormattedName></PersonName></PersonalData></CandidateProfile></Candidate></Batch>\n")
            var items: [FeedItem] = []
            let result = try FeedReader(path: path).read { items.append($0) }
            #expect(result.error == nil)
            #expect(items.map(\.record.formattedName) == ["Ann Lee"])
            #expect(items.first?.raw.hasPrefix("<!-- record of") == true)
        }
    }

    @Test("hire import of 256 MB of whitespace between records (a 256 KB gzip) peaks far below the XML's size")
    func importPeakMemory() throws {
        guard let hire = builtHire() else { return }  // the executable is built alongside the tests
        try withTemporaryFolder { folder in
            let feed = folder.path("ws.xml.gz")
            try fillerFeed(feed, filler: "  \n", megabytes: 256)
            let environment = ["HIRE_WORKSPACE=\(folder.path("w.sqlite"))", "NO_COLOR=1"]
            #expect(try spawn(hire, ["init"], environment: environment).status == 0)
            let (status, peakKB) = try spawn(hire, ["import", feed], environment: environment)
            #expect(status == 0)
            // Unbounded, the reader held the whole filler (about 290 MB); bounded, the debug build
            // peaks near 50 MB, quiet or with every core busy.
            #expect(peakKB > 0, "no memory figure read from /proc")
            #expect(peakKB < 128 * 1024, "peak RSS \(peakKB / 1024) MB")
        }
    }

    private func builtHire() -> String? {
        let directories = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        return directories.map { $0.appendingPathComponent("hire").path }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `path` with output discarded; its exit status and its own peak resident memory (KB).
    ///
    /// The peak is the child's `VmHWM`, sampled every 5 ms while it runs. Not `wait4`'s
    /// `ru_maxrss`: `posix_spawn` starts the child on the test process's memory (vfork), and
    /// Linux carries that memory's high-water mark into the child's at `exec`, so the child
    /// would report the test process's peak whenever that is larger (235 MB in CI).
    private func spawn(_ path: String, _ arguments: [String], environment: [String]) throws -> (status: Int32, peakKB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw HireError.io("cannot run \(path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var peakKB = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid || (reaped < 0 && errno != EINTR) { break }
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kb = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
            {
                peakKB = max(peakKB, kb)
            }
            usleep(5_000)
        }
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
        return (exited, peakKB)
    }
}
