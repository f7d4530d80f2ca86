import Foundation

/// Turns the start and end actions met inside one record into a `ParsedRecord`.
///
/// Text is kept in the record's byte buffer: the reader appends an element's characters
/// between `beginText()` and `endText()`, and attribute values are copied in as they are read.
struct RecordBuilder {
    private(set) var record = ParsedRecord()
    private var employerName: TextSpan?
    private var employerPositions = 0
    /// The job an employer entry describes itself (HR Open puts title and dates on the
    /// employer when there are no position histories under it); `nil` outside an employer.
    private var employerJob: ParsedRecord.Job?
    private var position: ParsedRecord.Job?
    private var school: ParsedRecord.School?
    private var schoolDegrees = 0
    private var degree: ParsedRecord.School?
    /// Open competencies, innermost last (HR-XML 2 nests them), each with where its evidence
    /// starts in `openEvidence`: an inner competency's evidence is always the tail.
    private var openCompetencies: [(competency: ParsedRecord.Competency, evidenceFrom: Int)] = []
    private var openEvidence: [ParsedRecord.Evidence] = []
    private var evidence: ParsedRecord.Evidence?
    private var weight: ParsedRecord.Measure?
    private var channel: TextSpan?
    /// A telephone number in parts (country code, area code, subscriber number, extension), and
    /// whether the same element gave it whole.
    private var phoneParts: (country: TextSpan?, area: TextSpan?, subscriber: TextSpan?, extension: TextSpan?) = (nil, nil, nil, nil)
    private var phoneGivenWhole = false
    private var channelValue: TextSpan?
    private var city: TextSpan?
    private var region: TextSpan?
    private var country: TextSpan?
    /// Where the text being captured starts in `record.text`.
    private var textStart = 0

    init(line: Int, format: FeedFormat) {
        start(line: line, format: format)
    }

    /// Starts a new record, keeping the builder's own buffers.
    mutating func start(line: Int, format: FeedFormat) {
        record = ParsedRecord()
        record.line = line
        record.format = format
        // Room for a typical resume, so the lists do not grow one reallocation at a time.
        record.text.reserveCapacity(2048)
        record.emails.reserveCapacity(2)
        record.phones.reserveCapacity(2)
        record.employment.reserveCapacity(5)
        record.competencies.reserveCapacity(10)
        record.evidence.reserveCapacity(10)
        employerName = nil
        employerPositions = 0
        employerJob = nil
        position = nil
        school = nil
        schoolDegrees = 0
        degree = nil
        openCompetencies.removeAll(keepingCapacity: true)
        openEvidence.removeAll(keepingCapacity: true)
        evidence = nil
        weight = nil
        channel = nil
        phoneParts = (nil, nil, nil, nil)
        phoneGivenWhole = false
        channelValue = nil
        city = nil
        region = nil
        country = nil
    }

    // MARK: Text

    /// Starts capturing an element's text.
    mutating func beginText() { textStart = record.text.count }

    /// Bytes of text captured since `beginText()`.
    var textCount: Int { record.text.count - textStart }

    mutating func appendText(_ bytes: Span<UInt8>) { bytes.withUnsafeBufferPointer { record.text.append(contentsOf: $0) } }

    /// The captured text, trimmed; `nil` (and nothing kept) when it is only whitespace.
    /// Control characters (C0, DEL, C1) become a space: a feed may not forge lines or
    /// terminal escapes in what Hire later prints.
    mutating func endText() -> TextSpan? {
        Self.spaceOutControls(&record.text, from: textStart)
        let span = record.text.withUnsafeBufferPointer { Self.trimmed($0, from: textStart) }
        if span == nil { record.text.removeSubrange(textStart...) }
        return span
    }

    /// The value of `name` among the element's attributes, trimmed, references decoded.
    private mutating func attribute(_ name: FeedAttribute, _ attributes: XMLAttributes) -> TextSpan? {
        let found: Void? = attributes.withValue(name) { bytes in
            bytes.withUnsafeBufferPointer { value in
                beginText()
                if value.contains(UInt8(ascii: "&")) {
                    record.text.append(contentsOf: XMLText.decodeReferences(String(decoding: value, as: UTF8.self)).utf8)
                } else {
                    record.text.append(contentsOf: value)
                }
            }
        }
        guard found != nil else { return nil }
        return endText()
    }

    /// The number the value of `name` spells, read where it is (nothing is kept).
    private func attributeNumber(_ name: FeedAttribute, _ attributes: XMLAttributes) -> Double? {
        attributes.withValue(name) { bytes in
            bytes.withUnsafeBufferPointer { value -> Double? in
                if value.contains(UInt8(ascii: "&")) {
                    let decoded = XMLText.decodeReferences(String(decoding: value, as: UTF8.self))
                    return FastText.number(decoded.trimmingCharacters(in: .init(charactersIn: " \n\r\t")))
                }
                guard let span = Self.trimmed(value, from: 0) else { return nil }
                return FastText.number(UnsafeBufferPointer(rebasing: value[Int(span.start)..<Int(span.start + span.count)]))
            }
        } ?? nil
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> TextSpan? {
        var start = from
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        return TextSpan(start: UInt32(start), count: UInt32(end - start))
    }

    /// Replaces each control character from `start` on with one space, in place: bytes below
    /// 0x20, 0x7F, and U+0080...U+009F (UTF-8 `C2 80`...`C2 9F`).
    static func spaceOutControls(_ text: inout [UInt8], from start: Int) {
        let kept = text.withUnsafeMutableBufferPointer { bytes -> Int? in
            var read = start
            let count = bytes.count
            // Most text has none: find the first without writing.
            while read < count, bytes[read] >= 0x20, bytes[read] != 0x7F, bytes[read] != 0xC2 { read += 1 }
            guard read < count else { return nil }
            var write = read
            while read < count {
                let byte = bytes[read]
                if byte < 0x20 || byte == 0x7F {
                    bytes[write] = 0x20
                    read += 1
                } else if byte == 0xC2, read + 1 < count, bytes[read + 1] >= 0x80, bytes[read + 1] <= 0x9F {
                    bytes[write] = 0x20
                    read += 2
                } else {
                    bytes[write] = byte
                    read += 1
                }
                write += 1
            }
            return write
        }
        if let kept, kept < text.count { text.removeSubrange(kept...) }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// `+` before a country's dialling code, unless it has one.
    private func internationalPrefix(_ country: TextSpan) -> [UInt8] {
        record.withBytes(country, { $0.first }) == UInt8(ascii: "+") ? [] : [UInt8(ascii: "+")]
    }

    /// Appends `parts` joined by `separator` to the text, as a new span.
    private mutating func joined(_ parts: [TextSpan], separator: StaticString, prefix: [UInt8] = []) -> TextSpan {
        let start = record.text.count
        record.text.append(contentsOf: prefix)
        for (index, part) in parts.enumerated() {
            if index > 0 { separator.withUTF8Buffer { record.text.append(contentsOf: $0) } }
            // Byte by byte: appending a slice of the buffer to itself would copy the whole buffer.
            for index in Int(part.start)..<Int(part.start + part.count) { record.text.append(record.text[index]) }
        }
        return TextSpan(start: UInt32(start), count: UInt32(record.text.count - start))
    }

    // MARK: Actions

    /// Applies an element's start action, reading its attributes from `attributes`.
    mutating func start(_ action: StartAction, attributes: XMLAttributes) {
        switch action {
        case .none: break
        case .issuerAttribute:
            if record.issuingSource == nil,
                let owner = attribute(.idOwner, attributes) ?? attribute(.schemeAgencyID, attributes) ?? attribute(.schemeAgencyName, attributes)
            {
                record.issuingSource = owner
            }
        case .supplierAttributes:
            if let relationship = attribute(.relationship, attributes) { record.supplierRelationship = dropPrefix(relationship) }
        case .beginEmployer:
            employerName = nil
            employerPositions = 0
            employerJob = ParsedRecord.Job()
        case .beginPosition:
            position = ParsedRecord.Job()
            if let current = attribute(.currentEmployer, attributes), record.matches(current, "true") { position?.current = true }
        case .beginSchool:
            school = ParsedRecord.School()
            schoolDegrees = 0
        case .beginDegree:
            degree = ParsedRecord.School()
        case .beginCompetency:
            var competency = ParsedRecord.Competency()
            competency.name = attribute(.name, attributes)
            openCompetencies.append((competency, openEvidence.count))
        case .competencyIdAttribute:
            if let id = attribute(.id, attributes), !openCompetencies.isEmpty { openCompetencies[openCompetencies.count - 1].competency.id = id }
        case .taxonomyAttributes:
            if let taxonomy = attribute(.description, attributes) ?? attribute(.id, attributes), !openCompetencies.isEmpty {
                openCompetencies[openCompetencies.count - 1].competency.taxonomy = taxonomy
            }
        case .beginEvidence:
            evidence = ParsedRecord.Evidence(name: attribute(.name, attributes), lastUsed: attribute(.lastUsed, attributes))
        case .beginWeight:
            weight = ParsedRecord.Measure()
        case .measureAttributes:
            let minValue = attributeNumber(.minValue, attributes)
            let maxValue = attributeNumber(.maxValue, attributes)
            let description = attribute(.description, attributes)
            if evidence != nil {
                evidence!.value.minValue = minValue
                evidence!.value.maxValue = maxValue
                evidence!.value.description = description
            } else if weight != nil {
                weight!.minValue = minValue
                weight!.maxValue = maxValue
                weight!.description = description
            }
        case .beginCommunication:
            channel = nil
            channelValue = nil
            phoneParts.country = nil
        case .beginTelephone:
            phoneParts = (nil, nil, nil, nil)
            phoneGivenWhole = false
        }
    }

    /// Applies an element's end action with its trimmed text (`nil` when empty or not captured).
    mutating func end(_ action: EndAction, text: TextSpan?) {
        switch action {
        case .none: return
        case .endPosition:
            if var position = position.take() {
                if position.employer == nil { position.employer = employerName }
                record.employment.append(position)
                employerPositions += 1
            }
            return
        case .endEmployer:
            if var job = employerJob.take(), employerPositions == 0, employerName != nil || job.title != nil || job.start != nil {
                job.employer = employerName
                record.employment.append(job)
            }
            employerName = nil
            return
        case .endDegree:
            if var degree = degree.take() {
                degree.school = school?.school
                if degree.date == nil { degree.date = school?.date }
                record.education.append(degree)
                schoolDegrees += 1
            }
            return
        case .endSchool:
            if let school, schoolDegrees == 0, school.school != nil { record.education.append(school) }
            school = nil
            return
        case .endCompetency:
            if let (open, evidenceFrom) = openCompetencies.popLast() {
                var competency = open
                // Resume parsers leave `name` out and the id empty, and name the skill in its evidence.
                if competency.name == nil, competency.id == nil {
                    competency.name = openEvidence[evidenceFrom...].lazy.compactMap(\.name).first
                }
                if competency.name != nil || competency.id != nil {
                    competency.evidenceStart = record.evidence.count
                    record.evidence.append(contentsOf: openEvidence[evidenceFrom...])
                    competency.evidenceEnd = record.evidence.count
                    record.competencies.append(competency)
                }
                openEvidence.removeSubrange(evidenceFrom...)
            }
            return
        case .endEvidence:
            if let evidence = evidence.take(), !openCompetencies.isEmpty, evidence.name != nil || !evidence.value.isEmpty {
                openEvidence.append(evidence)
            }
            return
        case .endWeight:
            if let weight = weight.take(), !weight.isEmpty, !openCompetencies.isEmpty {
                openCompetencies[openCompetencies.count - 1].competency.weight = weight
            }
            return
        case .endTelephone:
            if !phoneGivenWhole, let subscriber = phoneParts.subscriber {
                var parts: [TextSpan] = []
                var prefix: [UInt8] = []
                if let country = phoneParts.country {
                    prefix = internationalPrefix(country)
                    parts.append(country)
                }
                if let area = phoneParts.area { parts.append(area) }
                parts.append(subscriber)
                var number = joined(parts, separator: " ", prefix: prefix)
                if let suffix = phoneParts.extension {
                    let withExtension = joined([number, suffix], separator: " ext. ")
                    number = withExtension
                }
                appendUnique(\.phones, number)
            }
            return
        case .endCommunication:
            if let value = channelValue {
                if let channel, record.matches(channel, "email") {
                    appendUnique(\.emails, value)
                } else if let channel, record.matches(channel, anyOf: ["telephone", "mobiletelephone", "mobile", "phone"]) {
                    // Europass gives the country's dialling code apart: `CountryDialing` 39, `DialNumber` 333...
                    if let country = phoneParts.country, record.withBytes(value, { $0.first }) != UInt8(ascii: "+") {
                        appendUnique(\.phones, joined([country, value], separator: " ", prefix: internationalPrefix(country)))
                    } else {
                        appendUnique(\.phones, value)
                    }
                } else if let channel, record.matches(channel, "fax") {
                    // A fax number is not a way to reach an applicant.
                } else if record.contains(value, UInt8(ascii: "@")) {
                    appendUnique(\.emails, value)
                }
            }
            channel = nil
            channelValue = nil
            phoneParts.country = nil
            return
        default: break
        }
        guard let text else { return }
        switch action {
        case .externalId: if record.externalId == nil { record.externalId = text }
        case .issuer: if record.issuingSource == nil { record.issuingSource = text }
        case .formattedName: if record.formattedName == nil { record.formattedName = text }
        case .givenName: if record.givenName == nil { record.givenName = text }
        case .familyName: if record.familyName == nil { record.familyName = text }
        case .email: appendUnique(\.emails, text)
        case .phone:
            phoneGivenWhole = true
            appendUnique(\.phones, text)
        case .phoneCountryCode: phoneParts.country = text
        case .phoneAreaCode: phoneParts.area = text
        case .phoneSubscriber: phoneParts.subscriber = text
        case .phoneExtension: phoneParts.extension = text
        case .city: if city == nil { city = text }
        case .region: if region == nil { region = text }
        case .country: if country == nil { country = text }
        case .appliedPosition: appendUnique(\.appliedPositions, text)
        case .supplierName:
            // Europass names the CV's own author as its supplier: "Owner". That is no source.
            if record.supplier == nil, !record.matches(text, "owner") { record.supplier = text }
        case .supplierRelationship: record.supplierRelationship = dropPrefix(text)
        case .employer:
            if position != nil { position?.employer = text } else { employerName = text }
        case .positionTitle: updateJob { $0.title = text }
        case .startDate:
            let date = date(text)
            updateJob { $0.start = date }
        case .endDate:
            if !startsWithDigit(text), record.matches(text, anyOf: ["notapplicable", "current", "present", "now"]) {
                updateJob { $0.current = true }
            } else {
                let date = date(text)
                updateJob { $0.end = date }
            }
        case .currentFlag:
            if record.matches(text, anyOf: ["true", "1", "yes"]) { updateJob { $0.current = true } }
        case .school: school?.school = text
        case .degree: degree?.degree = text
        case .major: degree?.major = text
        case .degreeDate:
            let date = date(text)
            if degree != nil, degree?.date == nil { degree?.date = date }
        case .attendanceEndDate:
            let date = date(text)
            if school != nil, school?.date == nil { school?.date = date }
        case .competencyName: if !openCompetencies.isEmpty { openCompetencies[openCompetencies.count - 1].competency.name = text }
        case .competencyId: if !openCompetencies.isEmpty { openCompetencies[openCompetencies.count - 1].competency.id = text }
        case .taxonomy: if !openCompetencies.isEmpty { openCompetencies[openCompetencies.count - 1].competency.taxonomy = text }
        case .evidenceName: evidence?.name = text
        case .numericValue:
            if let value = record.number(text) {
                updateMeasure { $0.numeric = value }
            } else {
                updateMeasure { $0.string = text }
            }
        case .stringValue: updateMeasure { $0.string = text }
        case .minValue:
            let value = record.number(text)
            updateMeasure { $0.minValue = value }
        case .maxValue:
            let value = record.number(text)
            updateMeasure { $0.maxValue = value }
        case .channelCode: channel = text
        case .channelValue: channelValue = text
        default: break
        }
    }

    /// The finished record, with the location and display name assembled and unmodelled counts attached.
    mutating func finish(unmodelled: [(name: String, count: Int)]) -> ParsedRecord {
        let parts = [city, region, country].compactMap { $0 }
        if !parts.isEmpty { record.location = parts.count == 1 ? parts[0] : joined(parts, separator: ", ") }
        if let formattedName = record.formattedName {
            record.name = formattedName
        } else {
            let names = [record.givenName, record.familyName].compactMap { $0 }
            if !names.isEmpty { record.name = names.count == 1 ? names[0] : joined(names, separator: " ") }
        }
        record.unmodelled = unmodelled
        return record
    }

    /// Changes the open position, else the open employer's own job.
    private mutating func updateJob(_ change: (inout ParsedRecord.Job) -> Void) {
        if position != nil {
            change(&position!)
        } else if employerJob != nil {
            change(&employerJob!)
        }
    }

    private mutating func updateMeasure(_ change: (inout ParsedRecord.Measure) -> Void) {
        if evidence != nil {
            change(&evidence!.value)
        } else if weight != nil {
            change(&weight!)
        }
    }

    private mutating func appendUnique(_ list: WritableKeyPath<ParsedRecord, [TextSpan]>, _ value: TextSpan) {
        for existing in record[keyPath: list] where record.same(existing, value) { return }
        record[keyPath: list].append(value)
    }

    private func startsWithDigit(_ text: TextSpan) -> Bool {
        record.withBytes(text) { bytes in bytes.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }
    }

    /// `notKnown` and similar literals mean no date.
    private func date(_ text: TextSpan) -> TextSpan? {
        !startsWithDigit(text) && record.matches(text, anyOf: ["notknown", "unknown", "notapplicable"]) ? nil : text
    }

    /// `x:Recruiter` -> `Recruiter` (HR-XML marks extension values with a prefix).
    private func dropPrefix(_ value: TextSpan) -> TextSpan {
        record.withBytes(value) { bytes in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), !bytes.contains(UInt8(ascii: "/")) else { return value }
            return TextSpan(start: value.start + UInt32(colon + 1), count: value.count - UInt32(colon + 1))
        }
    }
}
