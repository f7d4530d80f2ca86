import Foundation
import Testing
@testable import HireServer

@Suite("Page timestamps")
struct TimeTextTests {
    @Test("TimeText.timestamp reads as DateFormatter's EEE d MMM yyyy, HH:mm in English, in any time zone")
    func matchesDateFormatter() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE d MMM yyyy, HH:mm"
        var generator = SystemRandomNumberGenerator()
        let zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "Australia/Lord_Howe"]
        for name in zones {
            let zone = try #require(TimeZone(identifier: name))
            formatter.timeZone = zone
            // Around daylight-saving changes and year ends, and at random over two centuries.
            let fixed: [TimeInterval] = [0, 1_711_846_800, 1_730_595_600, 1_798_761_599, 1_798_761_600, -2_208_988_800]
            let random = (0..<200).map { _ in TimeInterval(Int64.random(in: -3_000_000_000...4_000_000_000, using: &generator)) }
            for seconds in fixed + random {
                let date = Date(timeIntervalSince1970: seconds)
                #expect(TimeText.timestamp(date, timeZone: zone) == formatter.string(from: date), "\(name) \(seconds)")
            }
        }
        #expect(TimeText.timestamp(Date(timeIntervalSince1970: 1_796_117_400), timeZone: TimeZone(identifier: "UTC")!) == "Tue 1 Dec 2026, 09:30")
    }
}
