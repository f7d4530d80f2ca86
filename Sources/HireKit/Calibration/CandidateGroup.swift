import Foundation
import GRDB

/// A group a candidate self-identifies with on one dimension (gender, age band, ...),
/// used only by the fairness report. Sensitive personal data: never log the value.
public struct CandidateGroup: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public var candidateId: Int64
    /// What the grouping is about, a lowercase identifier such as `gender`.
    public var dimension: String
    /// The group, as the candidate stated it.
    public var value: String
    public var recordedAt: Date

    public init(candidateId: Int64, dimension: String, value: String, recordedAt: Date = Date()) {
        self.candidateId = candidateId
        self.dimension = dimension
        self.value = value
        self.recordedAt = recordedAt
    }

    public static let databaseTableName = "candidateGroup"

    /// A dimension name as stored: trimmed and lowercased; letters, digits, '-' and '_' only.
    public static func normalizedDimension(_ text: String) throws -> String {
        let dimension = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !dimension.isEmpty, dimension.count <= 40,
            dimension.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" })
        else {
            throw HireError.invalid("a group dimension is a short name of letters, digits, '-' or '_' (e.g. gender, age-band)")
        }
        return dimension
    }

    /// A group value as stored: trimmed, inner runs of whitespace made single spaces.
    public static func normalizedValue(_ text: String) throws -> String {
        let value = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !value.isEmpty, value.count <= 80 else {
            throw HireError.invalid("a group value must be 1 to 80 characters")
        }
        return value
    }

    /// The table's columns, for requests.
    public enum Columns {
        public static let candidateId = Column(CodingKeys.candidateId)
        public static let dimension = Column(CodingKeys.dimension)
        public static let value = Column(CodingKeys.value)
        public static let recordedAt = Column(CodingKeys.recordedAt)
    }

    /// What makes two spellings one group: case and whitespace do not count ("Woman",
    /// "woman " and "WOMAN" are one group).
    public static func groupKey(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// Counts of candidates per stored spelling, merged into groups by ``groupKey(_:)``, each
    /// group named by the spelling most candidates used (ties: the one that sorts first).
    static func mergedSpellings(_ counts: [String: Int]) -> [String: String] {
        var byKey: [String: [(spelling: String, count: Int)]] = [:]
        for (spelling, count) in counts { byKey[groupKey(spelling), default: []].append((spelling, count)) }
        var names: [String: String] = [:]
        for spellings in byKey.values {
            let chosen = spellings.min { a, b in a.count != b.count ? a.count > b.count : a.spelling < b.spelling }!.spelling
            for entry in spellings { names[entry.spelling] = chosen }
        }
        return names
    }
}
