import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: time zone names")
struct TimeZoneCommandTests {
    @Test("hire init --time-zone refuses abbreviations and POSIX offsets, saying what to use, and creates nothing")
    func refused() throws {
        try withTemporaryFolder { folder in
            let path = folder.path("w.sqlite")
            let cases = [
                ("EST", "EST is ambiguous; use an IANA name such as America/New_York"),
                ("IST", "IST is ambiguous; use an IANA name such as Asia/Kolkata"),
                ("GMT+5", "GMT+5 is a POSIX form whose sign is inverted: it means 5 hours west of Greenwich (UTC-5)"),
                ("Etc/GMT+5", "west of Greenwich (UTC-5)"),
            ]
            for (zone, message) in cases {
                let result = try HireBinary.run(["init", "--time-zone", zone, "--workspace", path])
                #expect(result.status == 64, "\(zone)")
                #expect(result.stderr.contains(message), "\(zone): \(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: path))
            }
            let berlin = try HireBinary.run(["init", "--time-zone", "Europe/Berlin", "--workspace", path])
            #expect(berlin.status == 0 && berlin.stdout.contains("(time zone Europe/Berlin)"), "\(berlin.stderr)")
            let utc = try HireBinary.run(["init", "--time-zone", "UTC", "--workspace", folder.path("u.sqlite")])
            #expect(utc.status == 0 && utc.stdout.contains("(time zone UTC)"), "\(utc.stderr)")
        }
    }

    @Test("without --time-zone, a machine set to an abbreviation is refused too, asking for --time-zone")
    func machineZone() throws {
        try withTemporaryFolder { folder in
            let result = try HireBinary.run(["init", "--workspace", folder.path("w.sqlite")], environment: ["TZ": "CST6CDT"])
            if result.status == 0 {
                // This platform's Foundation does not take the abbreviation from TZ: nothing to refuse.
                #expect(!result.stdout.contains("(time zone CST6CDT)"))
            } else {
                #expect(result.status == 64)
                #expect(result.stderr.contains("this machine's time zone: CST6CDT is ambiguous; use an IANA name such as America/Chicago") && result.stderr.contains("--time-zone NAME"), "\(result.stderr)")
            }
        }
    }
}
