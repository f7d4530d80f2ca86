import Foundation

/// A reminder as an RFC 5322 message: `multipart/alternative` with a plain-text and an HTML
/// part (UTF-8, base64), display names encoded per RFC 2047, a `Message-ID` and a `Date`.
/// Lines end with LF, as a sendmail program reads them.
public struct ReminderMessage: Sendable {
    public var reminder: Reminder
    public var from: MailAddress
    public var messageId: String
    public var date: Date

    /// A message for `reminder` from `from`, with a new `Message-ID` in the sender's domain.
    public init(_ reminder: Reminder, from: MailAddress, date: Date = Date()) {
        self.reminder = reminder
        self.from = from
        self.date = date
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "hire.invalid"
        messageId = "<hire.\(reminder.day).\(UUID().uuidString.lowercased())@\(domain)>"
    }

    /// The subject: counts only, no names.
    public var subject: String {
        let counts = ReminderItem.Section.allCases.compactMap { section -> String? in
            let n = reminder.items.filter { $0.section == section }.count
            guard n > 0 else { return nil }
            switch section {
            case .overdue: return "\(n) overdue"
            case .due: return "\(n) due soon"
            case .tomorrow: return n == 1 ? "1 interview tomorrow" : "\(n) interviews tomorrow"
            }
        }
        return "Hire reminder: " + counts.joined(separator: ", ")
    }

    /// The plain-text body.
    public var text: String {
        var lines = ["Hello \(reminder.personName),", ""]
        for section in ReminderItem.Section.allCases {
            let items = reminder.items.filter { $0.section == section }
            guard !items.isEmpty else { continue }
            lines.append("\(section.heading):")
            for item in items {
                lines.append("- \(item.text)")
                if let link = item.link { lines.append("  \(link)") }
            }
            lines.append("")
        }
        lines.append(Self.footer)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The HTML body.
    public var html: String {
        let e = HTMLEscaping.escape
        var body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(e(subject))</title></head><body>\n"
        body += "<p>Hello \(e(reminder.personName)),</p>\n"
        for section in ReminderItem.Section.allCases {
            let items = reminder.items.filter { $0.section == section }
            guard !items.isEmpty else { continue }
            body += "<h2>\(e(section.heading))</h2>\n<ul>\n"
            for item in items {
                body += item.link.map { "<li><a href=\"\(e($0))\">\(e(item.text))</a></li>\n" } ?? "<li>\(e(item.text))</li>\n"
            }
            body += "</ul>\n"
        }
        return body + "<p>\(e(Self.footer))</p>\n</body></html>\n"
    }

    static let footer = "You get this because reminders are set up for this Hire workspace; ask its admin to turn yours off."

    /// The whole message, headers and body.
    public var rendered: String {
        let boundary = "hire-\(UUID().uuidString.lowercased())"
        let to = MailAddress(name: reminder.personName, address: reminder.email)
        var out = [
            "From: \(MailHeader.mailbox(from))",
            "To: \(MailHeader.mailbox(to))",
            "Subject: \(MailHeader.encodedText(subject))",
            "Date: \(MailHeader.date(date))",
            "Message-ID: \(messageId)",
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
            "",
        ].joined(separator: "\n") + "\n"
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            out += "--\(boundary)\nContent-Type: \(type); charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            out += MailHeader.base64Lines(Data(body.utf8)) + "\n"
        }
        return out + "--\(boundary)--\n"
    }
}

/// Header encodings of RFC 5322 and RFC 2047.
public enum MailHeader {
    /// `Name <address>`, the name quoted or, when not ASCII, as RFC 2047 encoded words.
    public static func mailbox(_ address: MailAddress) -> String {
        guard let name = address.name, !name.isEmpty else { return address.address }
        return "\(phrase(name)) <\(address.address)>"
    }

    /// A display name: a quoted string when printable ASCII, else encoded words.
    static func phrase(_ name: String) -> String {
        if name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return encodedWords(name)
    }

    /// Unstructured text: as is when printable ASCII, else encoded words.
    public static func encodedText(_ text: String) -> String {
        text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) ? text : encodedWords(text)
    }

    /// `=?UTF-8?B?...?=` words of at most 75 characters, split between characters, folded.
    public static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk = Data()
        for character in text {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\n ")
    }

    /// An RFC 5322 date, `Thu, 03 Dec 2026 08:00:00 +0000`.
    public static func date(_ date: Date) -> String {
        DateFormatting.string(date, .mailUTC, in: TimeZone(identifier: "UTC")!)
    }

    /// Base64 in lines of 76 characters.
    static func base64Lines(_ data: Data) -> String {
        let encoded = data.base64EncodedString()
        var lines: [Substring] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[index..<end])
            index = end
        }
        return lines.joined(separator: "\n")
    }
}
