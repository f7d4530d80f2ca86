import Foundation

/// The names Hire accepts for a workspace's time zone: an IANA name of a place
/// (`Region/City`, such as `Europe/Berlin`) or `UTC`.
///
/// Refused, with what to use instead: abbreviations (`EST`, `CST`, `IST` name different
/// zones in different countries, and none follows daylight saving time the way the place
/// does) and the POSIX forms `GMT+5`/`Etc/GMT+5`, whose sign is inverted (five hours *west*
/// of Greenwich).
public enum TimeZoneName {
    /// The name to store for the time zone `name` names (`UTC` for any of UTC's names), or a
    /// ``HireError`` (kind `invalid`) saying what to use instead.
    public static func check(_ name: String) throws -> String {
        let name = name.trimmingCharacters(in: .whitespaces)
        if utc.contains(name) { return "UTC" }
        if let offset = posixOffset(name) {
            let hours = hoursText(offset.dropFirst())
            let direction = offset.hasPrefix("-") ? "east" : "west"
            let utcSign = offset.hasPrefix("-") ? "+" : "-"
            throw HireError.invalid(
                "\(name) is a POSIX form whose sign is inverted: it means \(hours) hours \(direction) of Greenwich (UTC\(utcSign)\(hours)), "
                    + "and it knows no daylight saving time; use the IANA name of a place in your zone, such as \(example(offset)), or UTC")
        }
        if !name.contains("/") {
            if let suggestion = abbreviations[name.uppercased()] {
                throw HireError.invalid("\(name) is ambiguous; use an IANA name such as \(suggestion)")
            }
            throw HireError.invalid(
                "\(name) is not an IANA time zone name; use the name of a place, Region/City, such as Europe/Berlin or America/New_York, or UTC")
        }
        let area = name.split(separator: "/").first.map(String.init) ?? ""
        guard !["Etc", "SystemV", "posix", "right"].contains(area), TimeZone(identifier: name) != nil else {
            throw HireError.invalid("unknown time zone '\(name)'; use an IANA name such as Europe/Berlin or America/New_York, or UTC")
        }
        return name
    }

    /// UTC by its unambiguous names.
    static let utc: Set<String> = ["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Etc/UCT", "Etc/Universal", "Etc/Zulu"]

    /// The offset of `GMT+5`, `Etc/GMT-3`, `UTC+05:30` and the like, with its sign, as written.
    static func posixOffset(_ name: String) -> String? {
        var rest = Substring(name)
        if rest.hasPrefix("Etc/") { rest = rest.dropFirst(4) }
        for prefix in ["GMT", "UTC", "UT"] where rest.uppercased().hasPrefix(prefix) {
            let offset = rest.dropFirst(prefix.count)
            guard let sign = offset.first, sign == "+" || sign == "-", offset.count > 1,
                offset.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") })
            else { return nil }
            return String(offset)
        }
        return nil
    }

    /// `5`, `05:30`, `0530` or `0500` as `5` or `5:30`.
    private static func hoursText(_ digits: Substring) -> String {
        let parts = digits.split(separator: ":")
        var hours = parts.first.map(String.init) ?? "", minutes = parts.count > 1 ? String(parts[1]) : ""
        if parts.count == 1, hours.count > 2 {
            minutes = String(hours.suffix(2))
            hours = String(hours.dropLast(2))
        }
        let whole = Int(hours).map(String.init) ?? hours
        return minutes.isEmpty || minutes == "00" ? whole : "\(whole):\(minutes)"
    }

    /// A place for a POSIX offset, by whole hours east of Greenwich.
    private static func example(_ posixOffset: String) -> String {
        let hours = Int(hoursText(posixOffset.dropFirst())).map { posixOffset.hasPrefix("-") ? $0 : -$0 }
        let places = [
            -10: "Pacific/Honolulu", -9: "America/Anchorage", -8: "America/Los_Angeles", -7: "America/Denver", -6: "America/Chicago",
            -5: "America/New_York", -4: "America/Halifax", -3: "America/Sao_Paulo", 0: "Europe/London", 1: "Europe/Berlin", 2: "Europe/Athens",
            3: "Europe/Moscow", 4: "Asia/Dubai", 5: "Asia/Karachi", 6: "Asia/Dhaka", 7: "Asia/Bangkok", 8: "Asia/Singapore", 9: "Asia/Tokyo",
            10: "Australia/Sydney", 12: "Pacific/Auckland",
        ]
        return hours.flatMap { places[$0] } ?? "America/New_York"
    }

    /// Abbreviations and POSIX zone names people give, with a place each commonly means.
    static let abbreviations: [String: String] = [
        "EST": "America/New_York", "EDT": "America/New_York", "EST5EDT": "America/New_York", "ET": "America/New_York",
        "CST": "America/Chicago or Asia/Shanghai", "CDT": "America/Chicago", "CST6CDT": "America/Chicago", "CT": "America/Chicago",
        "MST": "America/Denver or America/Phoenix", "MDT": "America/Denver", "MST7MDT": "America/Denver", "MT": "America/Denver",
        "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PST8PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
        "AKST": "America/Anchorage", "HST": "Pacific/Honolulu", "AST": "America/Halifax or Asia/Riyadh",
        "IST": "Asia/Kolkata, Europe/Dublin or Asia/Jerusalem", "BST": "Europe/London or Asia/Dhaka",
        "CET": "Europe/Berlin or Europe/Paris", "CEST": "Europe/Berlin or Europe/Paris", "MET": "Europe/Berlin", "WET": "Europe/Lisbon",
        "EET": "Europe/Athens or Europe/Helsinki", "EEST": "Europe/Athens", "MSK": "Europe/Moscow", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
        "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
        "ACST": "Australia/Adelaide", "AWST": "Australia/Perth", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
        "BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires", "SAST": "Africa/Johannesburg", "WAT": "Africa/Lagos",
        "EAT": "Africa/Nairobi", "PKT": "Asia/Karachi", "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta",
    ]
}
