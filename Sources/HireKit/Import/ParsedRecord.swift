import Foundation

/// A run of text kept from a feed: `count` bytes of UTF-8 at `start` in its record's `text`.
struct TextSpan: Hashable, Sendable {
    var start: UInt32
    var count: UInt32
}

/// One applicant record as the feed reader keeps it: every text field a span of one byte
/// buffer and every list a list of plain values, so reading a record allocates a few buffers
/// instead of a `String` per field, and the importer binds fields to SQLite from the bytes.
///
/// It holds what `ApplicantRecord` holds (`applicantRecord` makes one), in the same order.
/// Competencies' evidence sits in one list, each competency owning a contiguous range of it.
struct ParsedRecord: Sendable {
    struct Job: Sendable {
        var employer: TextSpan?
        var title: TextSpan?
        var start: TextSpan?
        var end: TextSpan?
        var current = false
    }

    struct School: Sendable {
        var school: TextSpan?
        var degree: TextSpan?
        var major: TextSpan?
        var date: TextSpan?
    }

    struct Measure: Sendable {
        var numeric: Double?
        var minValue: Double?
        var maxValue: Double?
        var string: TextSpan?
        var description: TextSpan?

        var isEmpty: Bool { numeric == nil && string == nil }

        /// As `ApplicantRecord.Measure.normalized`.
        var normalized: Double? {
            guard let numeric, let minValue, let maxValue, maxValue > minValue else { return nil }
            return min(1, max(0, (numeric - minValue) / (maxValue - minValue)))
        }
    }

    struct Evidence: Sendable {
        var name: TextSpan?
        var lastUsed: TextSpan?
        var value = Measure()
    }

    struct Competency: Sendable {
        var name: TextSpan?
        var id: TextSpan?
        var taxonomy: TextSpan?
        var weight: Measure?
        /// Its evidence: `evidence[evidenceStart..<evidenceEnd]` of the record.
        var evidenceStart = 0
        var evidenceEnd = 0

        /// The name, else the id (as `ApplicantRecord.Competency.label`); `nil` for "unnamed".
        var label: TextSpan? { name ?? id }
    }

    /// The bytes every span points into.
    var text: [UInt8] = []
    var line = 0
    var format: FeedFormat = .hrxml2
    var externalId: TextSpan?
    var issuingSource: TextSpan?
    var formattedName: TextSpan?
    var givenName: TextSpan?
    var familyName: TextSpan?
    /// The display name: the formatted name, else given and family names joined by a space.
    var name: TextSpan?
    var emails: [TextSpan] = []
    var phones: [TextSpan] = []
    var location: TextSpan?
    var appliedPositions: [TextSpan] = []
    var supplier: TextSpan?
    var supplierRelationship: TextSpan?
    var employment: [Job] = []
    var education: [School] = []
    var competencies: [Competency] = []
    var evidence: [Evidence] = []
    /// Elements Hire does not model, by name (each once), with how often they occurred.
    var unmodelled: [(name: String, count: Int)] = []

    // MARK: Text

    func string(_ span: TextSpan) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(span.start)..<Int(span.start + span.count)]), as: UTF8.self) }
    }

    func string(_ span: TextSpan?) -> String? { span.map(string) }

    /// Calls `body` with the bytes of `span`.
    @inline(__always)
    func withBytes<R>(_ span: TextSpan, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try text.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[Int(span.start)..<Int(span.start + span.count)])) }
    }

    /// Whether two spans hold the same bytes.
    func same(_ a: TextSpan, _ b: TextSpan) -> Bool {
        guard a.count == b.count else { return false }
        return text.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + Int(a.start), buffer.baseAddress! + Int(b.start), Int(a.count)) == 0
        }
    }

    /// Whether `span` spells `literal` (lowercase ASCII) in any case.
    func matches(_ span: TextSpan, _ literal: StaticString) -> Bool {
        guard span.count == literal.utf8CodeUnitCount else { return false }
        return withBytes(span) { bytes in
            literal.withUTF8Buffer { expected in
                for index in 0..<bytes.count where bytes[index] | (bytes[index] >= 0x41 && bytes[index] <= 0x5A ? 0x20 : 0) != expected[index] {
                    return false
                }
                return true
            }
        }
    }

    /// Whether `span` spells one of `literals` in any case.
    func matches(_ span: TextSpan, anyOf literals: [StaticString]) -> Bool {
        literals.contains { matches(span, $0) }
    }

    func contains(_ span: TextSpan, _ byte: UInt8) -> Bool {
        withBytes(span) { $0.contains(byte) }
    }

    /// The number `span` spells (as `FastText.number`).
    func number(_ span: TextSpan) -> Double? {
        withBytes(span) { FastText.number($0) }
    }

    // MARK: The record it stands for

    /// The `ApplicantRecord` with this record's values.
    var applicantRecord: ApplicantRecord {
        var record = ApplicantRecord()
        record.line = line
        record.format = format
        record.externalId = string(externalId)
        record.issuingSource = string(issuingSource)
        record.formattedName = string(formattedName)
        record.givenName = string(givenName)
        record.familyName = string(familyName)
        record.emails = emails.map(string)
        record.phones = phones.map(string)
        record.location = string(location)
        record.appliedPositions = appliedPositions.map(string)
        record.supplier = string(supplier)
        record.supplierRelationship = string(supplierRelationship)
        record.employment = employment.map {
            ApplicantRecord.Employment(employer: string($0.employer), title: string($0.title), start: string($0.start), end: string($0.end), current: $0.current)
        }
        record.education = education.map {
            ApplicantRecord.Education(school: string($0.school), degree: string($0.degree), major: string($0.major), date: string($0.date))
        }
        record.competencies = competencies.map { competency in
            ApplicantRecord.Competency(
                name: string(competency.name), id: string(competency.id), taxonomy: string(competency.taxonomy),
                evidence: evidence[competency.evidenceStart..<competency.evidenceEnd].map {
                    ApplicantRecord.Evidence(name: string($0.name), lastUsed: string($0.lastUsed), value: measure($0.value))
                },
                weight: competency.weight.map(measure))
        }
        record.unmodelled = Dictionary(unmodelled, uniquingKeysWith: +)
        return record
    }

    private func measure(_ measure: Measure) -> ApplicantRecord.Measure {
        ApplicantRecord.Measure(
            numeric: measure.numeric, minValue: measure.minValue, maxValue: measure.maxValue, string: string(measure.string),
            description: string(measure.description))
    }
}
