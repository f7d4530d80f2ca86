import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every form a person's identity may take in text Hire keeps verbatim (rejected feed records,
/// feed file names), and the matching erasure uses to find them there.
///
/// Text is compared folded (case, diacritics and width ignored) and as words, so
/// `Ann   Example`, `ANN EXAMPLE`, `Ann\nExample`, `&#65;nn Example` and a record with only
/// `<GivenName>Ann</GivenName><FamilyName>Example</FamilyName>` all name Ann Example.
struct NameForms: Sendable {
    /// The words of each full name the person goes by (the formatted name; given and family
    /// names together), each folded.
    private(set) var names: [[String]] = []
    /// Emails, folded.
    private(set) var emails: [String] = []
    /// Phone numbers as their digits (7 or more).
    private(set) var phones: [String] = []
    /// External ids, as given.
    private(set) var externalIds: [String] = []

    /// The forms of a candidate, with any further emails and phones the feeds gave for them.
    init(_ candidate: Candidate, emails extraEmails: [String] = [], phones extraPhones: [String] = []) {
        func add(_ words: [String]) {
            if !words.isEmpty, !names.contains(words) { names.append(words) }
        }
        add(Self.words(candidate.name))
        let given = Self.words(candidate.givenName ?? ""), family = Self.words(candidate.familyName ?? "")
        if !given.isEmpty, !family.isEmpty { add(given + family) }
        for email in [candidate.email].compactMap({ $0 }) + extraEmails {
            let folded = Self.fold(email.trimmingCharacters(in: .whitespacesAndNewlines))
            if folded.count >= 3, !emails.contains(folded) { emails.append(folded) }
        }
        for phone in [candidate.phone].compactMap({ $0 }) + extraPhones {
            let digits = String(phone.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
            if digits.count >= 7, !phones.contains(digits) { phones.append(digits) }
        }
        if let id = candidate.externalId?.trimmingCharacters(in: .whitespacesAndNewlines), !id.isEmpty { externalIds.append(id) }
    }

    // MARK: - Rejected records

    /// Whether a record's XML names the person: an email anywhere in its text or attribute
    /// values; an external id as the whole text of an element or attribute; a phone's digits;
    /// or every word of one of their full names, in any order and element.
    func areNamed(inRecord raw: String) -> Bool {
        areNamed(in: RecordText(raw))
    }

    func areNamed(in record: RecordText) -> Bool {
        if emails.contains(where: record.folded.contains) { return true }
        if externalIds.contains(where: record.values.contains) { return true }
        if phones.contains(where: record.digits.contains) { return true }
        return names.contains { $0.allSatisfy(record.words.contains) }
    }

    /// The text of a record's XML, decoded and folded once, so that one pass over the rejects
    /// serves every candidate of a purge.
    struct RecordText: Sendable {
        /// Element text, attribute values, comments and CDATA, entities decoded, folded, one per line.
        let folded: String
        /// Every word of ``folded``.
        let words: Set<String>
        /// Each text or attribute value, trimmed, as written (entities decoded).
        let values: Set<String>
        /// The digits of each value, separators removed (for phone numbers).
        let digits: String

        init(_ raw: String) {
            let values = Self.values(of: raw)
            let folded = values.map(NameForms.fold).joined(separator: "\n")
            self.folded = folded
            words = Set(NameForms.words(folded, folded: true))
            self.values = Set(values.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            digits = values.map { value in
                String(value.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "\n" }.map(Character.init))
            }.joined(separator: "\n")
        }

        /// Text between tags, attribute values, comments and CDATA sections, with character
        /// and entity references decoded. Tag and attribute names are left out.
        static func values(of raw: String) -> [String] {
            var values: [String] = []
            var rest = Substring(raw)
            func take(until end: String) -> Substring {
                if let range = rest.range(of: end) {
                    defer { rest = rest[range.upperBound...] }
                    return rest[..<range.lowerBound]
                }
                defer { rest = rest[rest.endIndex...] }
                return rest
            }
            while !rest.isEmpty {
                if rest.hasPrefix("<!--") {
                    rest = rest.dropFirst(4)
                    values.append(String(take(until: "-->")))
                } else if rest.hasPrefix("<![CDATA[") {
                    rest = rest.dropFirst(9)
                    values.append(String(take(until: "]]>")))
                } else if rest.hasPrefix("<") {
                    let tag = take(until: ">")
                    // Quoted attribute values; names and the tag's name are markup.
                    var inside = tag[...]
                    while let open = inside.firstIndex(where: { $0 == "\"" || $0 == "'" }) {
                        let quote = inside[open]
                        inside = inside[inside.index(after: open)...]
                        guard let close = inside.firstIndex(of: quote) else { break }
                        values.append(decode(inside[..<close]))
                        inside = inside[inside.index(after: close)...]
                    }
                } else {
                    let end = rest.firstIndex(of: "<") ?? rest.endIndex
                    values.append(decode(rest[..<end]))
                    rest = rest[end...]
                }
            }
            return values.filter { !$0.allSatisfy(\.isWhitespace) }
        }

        /// Decodes XML's predefined entities and character references; anything else stays.
        static func decode(_ text: Substring) -> String {
            guard text.contains("&") else { return String(text) }
            var result = ""
            var rest = text
            while let amp = rest.firstIndex(of: "&") {
                result += rest[..<amp]
                rest = rest[amp...]
                guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                    result.append("&")
                    rest = rest.dropFirst()
                    continue
                }
                let name = rest[rest.index(after: rest.startIndex)..<semicolon]
                var decoded: String?
                switch name {
                case "amp": decoded = "&"
                case "lt": decoded = "<"
                case "gt": decoded = ">"
                case "quot": decoded = "\""
                case "apos": decoded = "'"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X") {
                        decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                    } else if name.hasPrefix("#") {
                        decoded = UInt32(name.dropFirst(1)).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                    }
                }
                if let decoded {
                    result += decoded
                    rest = rest[rest.index(after: semicolon)...]
                } else {
                    result.append("&")
                    rest = rest.dropFirst()
                }
            }
            return result + rest
        }
    }

    /// A quick test of a record's bytes for a scan of many rejects: `false` only when no
    /// person's ``areNamed(in:)`` could be true, so the full test (decoding, folding, words)
    /// runs only on records that hold a word, email, id or phone of someone. Records that are
    /// not plain ASCII or hold a reference (`&`) always go to the full test.
    struct Prefilter {
        /// Lowercase words one of which such a record must contain as a whole word (letters and
        /// digits on neither side): the longest word of each name. A word of a value is a whole
        /// word of the record's bytes too, since markup around a value is never a letter or digit.
        private var words: [[UInt8]] = []
        /// Lowercase bytes one of which such a record must contain: each email and external id.
        private var needles: [[UInt8]] = []
        /// Phone digits, one of which the record's digits must contain.
        private var phones: [[UInt8]] = []
        private var lowered: [UInt8] = []
        private var digits: [UInt8] = []

        init(_ people: [NameForms]) {
            for person in people {
                for name in person.names { if let longest = name.max(by: { $0.utf8.count < $1.utf8.count }) { words.append(Array(longest.utf8)) } }
                needles += person.emails.map { Array($0.utf8) }
                needles += person.externalIds.map { Array($0.lowercased().utf8) }
                phones += person.phones.map { Array($0.utf8) }
            }
        }

        mutating func mayName(_ raw: String) -> Bool {
            lowered.removeAll(keepingCapacity: true)
            digits.removeAll(keepingCapacity: true)
            for byte in raw.utf8 {
                if byte >= 0x80 || byte == UInt8(ascii: "&") { return true }
                lowered.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                if byte >= 48 && byte <= 57 { digits.append(byte) }
            }
            return words.contains { Self.contains(lowered, $0, wholeWord: true) } || needles.contains { Self.contains(lowered, $0) }
                || phones.contains { Self.contains(digits, $0) }
        }

        static func contains(_ haystack: [UInt8], _ needle: [UInt8], wholeWord: Bool = false) -> Bool {
            guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
            return haystack.withUnsafeBytes { h in
                needle.withUnsafeBytes { n in
                    // memchr to each candidate first byte, memcmp for the rest (memmem is not portable).
                    let base = h.baseAddress!, end = h.count - n.count
                    var offset = 0
                    while offset <= end {
                        guard let hit = memchr(base + offset, Int32(n[0]), end - offset + 1) else { return false }
                        let at = base.distance(to: UnsafeRawPointer(hit))
                        if memcmp(base + at, n.baseAddress!, n.count) == 0,
                            !wholeWord || ((at == 0 || !isWordByte(h[at - 1])) && (at + n.count == h.count || !isWordByte(h[at + n.count])))
                        {
                            return true
                        }
                        offset = at + 1
                    }
                    return false
                }
            }
        }
    }

    /// An ASCII letter or digit (lowercase: the prefilter's bytes are lowered).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
    }

    // MARK: - File names

    /// Whether a file name contains one of the person's names, emails, phone numbers or
    /// external ids, whatever separates their words (`Ann-Example.xml`, `example_ann.xml`,
    /// `AnnExample.xml`). A one-word form of under 6 letters must be a whole word of the name.
    func areNamed(inFileName file: String) -> Bool {
        let folded = Self.fold(file)
        let fileWords = Self.words(folded, folded: true)
        let squashed = fileWords.joined()
        var forms: [[String]] = []
        for words in names {
            forms.append(words)
            if words.count == 2 { forms.append(words.reversed()) }
        }
        for email in emails {
            forms.append(Self.words(email, folded: true))
            if let local = email.split(separator: "@").first { forms.append(Self.words(String(local), folded: true)) }
        }
        forms += externalIds.map { Self.words($0) }
        for form in forms where !form.isEmpty {
            let joined = form.joined()
            if form.count == 1 && joined.count < 6 {
                if fileWords.contains(joined) { return true }
            } else if squashed.contains(joined) {
                return true
            }
        }
        let digits = String(folded.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        return phones.contains(where: digits.contains)
    }

    // MARK: - Folding

    /// Text for comparison: case, diacritics and width folded.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The words of a text (runs of letters and digits), folded unless it already is.
    static func words(_ text: String, folded: Bool = false) -> [String] {
        (folded ? text : fold(text)).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
