import Foundation
import GRDB
import Testing
@testable import HireKit

@Suite("Time zone names: IANA places or UTC, never abbreviations or inverted POSIX offsets")
struct TimeZoneNameTests {
    func message(_ name: String) -> String? {
        do {
            _ = try TimeZoneName.check(name)
            return nil
        } catch let error as HireError {
            #expect(error.kind == .invalid)
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test("IANA names of places and UTC are accepted; UTC's aliases are stored as UTC")
    func accepted() throws {
        for name in ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "America/Argentina/Buenos_Aires", "Pacific/Kiritimati"] {
            #expect(try TimeZoneName.check(name) == name)
        }
        for name in ["UTC", "Etc/UTC", "GMT", "Etc/GMT"] { #expect(try TimeZoneName.check(name) == "UTC") }
    }

    @Test("an abbreviation is ambiguous: refused, naming an IANA name to use instead")
    func abbreviations() {
        #expect(message("EST") == "EST is ambiguous; use an IANA name such as America/New_York")
        #expect(message("CST")?.contains("America/Chicago or Asia/Shanghai") == true)
        #expect(message("IST")?.hasPrefix("IST is ambiguous; use an IANA name such as Asia/Kolkata") == true)
        #expect(message("pst") == "pst is ambiguous; use an IANA name such as America/Los_Angeles")
        #expect(message("EST5EDT")?.contains("America/New_York") == true)
        #expect(message("Japan")?.contains("not an IANA time zone name") == true)
        #expect(message("XYZ")?.contains("Region/City") == true)
    }

    @Test("the POSIX forms GMT+5 and Etc/GMT+5 are refused, saying the sign is inverted")
    func posixOffsets() {
        let gmt = message("GMT+5")
        #expect(gmt?.contains("5 hours west of Greenwich (UTC-5)") == true, "\(gmt ?? "")")
        #expect(gmt?.contains("such as America/New_York, or UTC") == true)
        #expect(message("Etc/GMT+5")?.contains("west of Greenwich (UTC-5)") == true)
        #expect(message("Etc/GMT-9")?.contains("9 hours east of Greenwich (UTC+9)") == true)
        #expect(message("Etc/GMT-9")?.contains("Asia/Tokyo") == true)
        #expect(message("UTC+05:30")?.contains("5:30 hours west of Greenwich (UTC-5:30)") == true)
        #expect(message("GMT+0500")?.contains("5 hours west of Greenwich (UTC-5), ") == true)
        #expect(message("Etc/GMT") == nil)
    }

    @Test("unknown names, Etc/ offsets and SystemV names are refused; nothing is stored")
    func unknown() throws {
        #expect(message("Mars/Base")?.hasPrefix("unknown time zone 'Mars/Base'") == true)
        #expect(message("SystemV/EST5") != nil)
        #expect(message("Etc/GMT+12") != nil)
        let workspace = try Workspace.inMemory()
        try workspace.settings.setTimeZone("Europe/Berlin", actor: "t")
        #expect(throws: HireError.self) { try workspace.settings.setTimeZone("EST", actor: "t") }
        #expect(try workspace.settings.timeZone().identifier == "Europe/Berlin")
        try workspace.settings.setTimeZone("Etc/UTC", actor: "t")
        #expect(try workspace.settings.timeZone().secondsFromGMT() == 0)
        #expect(try workspace.writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'timeZone'") } == "UTC")
    }
}
