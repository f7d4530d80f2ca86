import Foundation
import HireTestSupport
import GRDB

/// Helpers for the reliability tests: processes to run at once or kill, feeds to generate,
/// and checks of a workspace file done with SQLite directly.
enum Reliability {
    /// Starts `hire` (or a shell script that runs it) without waiting; output goes to files.
    static func start(_ arguments: [String], shell: Bool = false, in folder: TemporaryFolder, log: String) throws -> Process {
        let process = Process()
        if shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c"] + arguments
        } else {
            process.executableURL = HireBinary.url
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder.url
        var env = ProcessInfo.processInfo.environment
        env["HIRE_WORKSPACE"] = nil
        env["NO_COLOR"] = "1"
        env["HIRE"] = HireBinary.url.path
        process.environment = env
        FileManager.default.createFile(atPath: folder.path(log + ".out"), contents: nil)
        FileManager.default.createFile(atPath: folder.path(log + ".err"), contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: folder.path(log + ".out"))
        process.standardError = FileHandle(forWritingAtPath: folder.path(log + ".err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// `PRAGMA integrity_check` of a workspace file, read with a plain SQLite connection.
    static func integrity(_ path: String) throws -> String {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// One value of a query on a workspace file.
    static func count(_ path: String, _ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// A synthetic HR-XML 2.x feed (the resume-parser shape of `Benchmarks/feedgen.py`) of
    /// `count` candidates with ids `\(prefix)-N` and emails `\(prefix.lowercased())N@example.com`.
    static func hrxml2Feed(count: Int, prefix: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Candidates xmlns=\"http://ns.hr-xml.org/2006-02-28\">\n"
        let given = ["Anna", "Zoë", "José", "Łukasz", "Søren", "Amélie", "Kwame", "Priya"]
        let family = ["Müller", "García", "Nowak", "Ødegård", "Dubois", "Mensah", "Raman", "Rossi"]
        for i in 0..<count {
            let g = given[i % given.count], f = family[(i / given.count) % family.count]
            out += """
                <Resume><ResumeId><IdValue>\(prefix)-\(i)</IdValue></ResumeId><StructuredXMLResume><ContactInfo>\
                <PersonName><FormattedName>\(g) \(f)</FormattedName><GivenName>\(g)</GivenName><FamilyName>\(f)</FamilyName></PersonName>\
                <ContactMethod><InternetEmailAddress>\(prefix.lowercased())\(i)@example.com</InternetEmailAddress></ContactMethod>\
                <ContactMethod><Mobile><FormattedNumber>+49 151 \(1000 + i % 9000)</FormattedNumber></Mobile></ContactMethod>\
                </ContactInfo><EmploymentHistory><EmployerOrg><EmployerOrgName>Acme Logistics</EmployerOrgName>\
                <PositionHistory><Title>Account Executive</Title><Description>Closed mid-market deals against quota.</Description>\
                <StartDate><AnyDate>2019-02-01</AnyDate></StartDate><EndDate><AnyDate>notApplicable</AnyDate></EndDate></PositionHistory>\
                </EmployerOrg></EmploymentHistory><Qualifications><Competency name="Negotiation">\
                <CompetencyEvidence name="Negotiation"><NumericValue description="Total Months">\(i % 120)</NumericValue></CompetencyEvidence>\
                </Competency></Qualifications></StructuredXMLResume></Resume>

                """
        }
        return out + "</Candidates>\n"
    }

    /// Whether this build of `hire` has a subcommand (features land on main one by one).
    static func hasCommand(_ words: String...) -> Bool {
        guard let help = try? HireBinary.run(words + ["--help"]) else { return false }
        return help.status == 0 && help.stdout.contains("USAGE: hire \(words.joined(separator: " "))")
    }
}

/// A seeded random number generator (SplitMix64), so a failing kill schedule can be replayed:
/// the seed is printed, and `HIRE_TEST_SEED=N` reuses it.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    let seed: UInt64

    init(test: String) {
        seed = ProcessInfo.processInfo.environment["HIRE_TEST_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)
        state = seed
        print("\(test): random seed \(seed) (replay with HIRE_TEST_SEED=\(seed))")
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
