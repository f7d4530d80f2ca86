/// A stable 64-bit hash of what a record holds, to tell "unchanged" from "updated" on
/// re-import without comparing every stored row. (Swift's `Hasher` is seeded per process.)
///
/// Each field is mixed in eight bytes at a time (a multiply and an xor-shift per word), its
/// last word tagged with its length; missing fields and list ends mix in constants of their
/// own. MurmurHash3's avalanche step finishes it. The value depends only on the fields' bytes,
/// so it is the same on every machine and run.
struct Fingerprint {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    private static let missing: UInt64 = 0xFFFF_FFFF_FFFF_FF1E
    private static let endOfList: UInt64 = 0xFFFF_FFFF_FFFF_FF1D

    static func of(_ record: ApplicantRecord) -> Int64 {
        var f = Fingerprint()
        f.add(record.format.rawValue)
        f.add(record.externalId)
        f.add(record.issuingSource)
        f.add(record.formattedName)
        f.add(record.givenName)
        f.add(record.familyName)
        f.add(record.location)
        f.add(record.supplier)
        f.add(record.supplierRelationship)
        record.emails.forEach { f.add($0) }
        f.separate()
        record.phones.forEach { f.add($0) }
        f.separate()
        record.appliedPositions.forEach { f.add($0) }
        f.separate()
        for job in record.employment {
            f.add(job.employer)
            f.add(job.title)
            f.add(job.start)
            f.add(job.end)
            f.add(job.current ? "1" : "0")
        }
        f.separate()
        for school in record.education {
            f.add(school.school)
            f.add(school.degree)
            f.add(school.major)
            f.add(school.date)
        }
        f.separate()
        for competency in record.competencies {
            f.add(competency.name)
            f.add(competency.id)
            f.add(competency.taxonomy)
            f.add(competency.weight)
            for evidence in competency.evidence {
                f.add(evidence.name)
                f.add(evidence.lastUsed)
                f.add(evidence.value)
            }
            f.separate()
        }
        return f.finish()
    }

    /// `of(record.applicantRecord)`, read from the record's bytes without making strings.
    static func of(_ record: ParsedRecord) -> Int64 {
        var f = Fingerprint()
        record.text.withUnsafeBytes { text in
            f.add(record.format.rawValue)
            f.add(record.externalId, text)
            f.add(record.issuingSource, text)
            f.add(record.formattedName, text)
            f.add(record.givenName, text)
            f.add(record.familyName, text)
            f.add(record.location, text)
            f.add(record.supplier, text)
            f.add(record.supplierRelationship, text)
            for email in record.emails { f.add(email, text) }
            f.separate()
            for phone in record.phones { f.add(phone, text) }
            f.separate()
            for position in record.appliedPositions { f.add(position, text) }
            f.separate()
            for job in record.employment {
                f.add(job.employer, text)
                f.add(job.title, text)
                f.add(job.start, text)
                f.add(job.end, text)
                f.mixWord(job.current ? Self.one : Self.zero)
            }
            f.separate()
            for school in record.education {
                f.add(school.school, text)
                f.add(school.degree, text)
                f.add(school.major, text)
                f.add(school.date, text)
            }
            f.separate()
            for competency in record.competencies {
                f.add(competency.name, text)
                f.add(competency.id, text)
                f.add(competency.taxonomy, text)
                f.add(competency.weight, text)
                for index in competency.evidenceStart..<competency.evidenceEnd {
                    let evidence = record.evidence[index]
                    f.add(evidence.name, text)
                    f.add(evidence.lastUsed, text)
                    f.add(evidence.value, text)
                }
                f.separate()
            }
        }
        return f.finish()
    }

    /// The words `add("1")` and `add("0")` mix in (a one-byte field: the byte, length 1 in the top byte).
    private static let one = UInt64(2) << 56 | UInt64(UInt8(ascii: "1"))
    private static let zero = UInt64(2) << 56 | UInt64(UInt8(ascii: "0"))

    @inline(__always)
    private mutating func add(_ span: TextSpan?, _ text: UnsafeRawBufferPointer) {
        guard let span else { return mixWord(Self.missing) }
        add(bytes: UnsafeRawBufferPointer(rebasing: text[Int(span.start)..<Int(span.start + span.count)]))
    }

    private mutating func add(_ measure: ParsedRecord.Measure?, _ text: UnsafeRawBufferPointer) {
        guard let measure else { return mixWord(Self.missing) }
        add(measure.numeric)
        add(measure.minValue)
        add(measure.maxValue)
        add(measure.string, text)
        add(measure.description, text)
    }

    private mutating func add(_ measure: ApplicantRecord.Measure?) {
        guard let measure else { return add(nil as String?) }
        add(measure.numeric)
        add(measure.minValue)
        add(measure.maxValue)
        add(measure.string)
        add(measure.description)
    }

    /// Mixes `"\(value)"` (Swift's description), without building the string for whole numbers.
    private mutating func add(_ value: Double?) {
        guard let value else { return mixWord(Self.missing) }
        if value.rounded(.towardZero) == value, value.magnitude < 1e15, !(value == 0 && value.sign == .minus) {
            // Whole numbers below 1e15 are described as their digits followed by ".0".
            var text: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 19 bytes: sign, 15 digits, ".0"
            withUnsafeMutableBytes(of: &text) { buffer in
                var whole = Int64(value.magnitude)
                var end = buffer.count
                buffer[end - 1] = UInt8(ascii: "0")
                buffer[end - 2] = UInt8(ascii: ".")
                end -= 2
                repeat {
                    end -= 1
                    buffer[end] = UInt8(ascii: "0") + UInt8(whole % 10)
                    whole /= 10
                } while whole > 0
                if value < 0 {
                    end -= 1
                    buffer[end] = UInt8(ascii: "-")
                }
                add(bytes: UnsafeRawBufferPointer(rebasing: buffer[end...]))
            }
            return
        }
        add("\(value)")
    }

    private mutating func add(_ value: String?) {
        guard var value else { return mixWord(Self.missing) }
        value.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Mixes one field: its whole words, then the rest (0-7 bytes) with its length in the top byte.
    private mutating func add(bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return mixWord(1 << 56) }
        var index = 0
        while index + 8 <= count {
            mixWord(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        var tail = UInt64(count - index + 1) << 56
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << shift
            shift += 8
            index += 1
        }
        mixWord(tail)
    }

    private mutating func separate() { mixWord(Self.endOfList) }

    /// The hash after mixing in one number (for tests: must equal `mixing(text: "\(value)")`).
    static func mixing(number: Double) -> Int64 {
        var f = Fingerprint()
        f.add(number)
        return f.finish()
    }

    static func mixing(text: String) -> Int64 {
        var f = Fingerprint()
        f.add(text)
        return f.finish()
    }

    @inline(__always)
    private mutating func mixWord(_ word: UInt64) {
        hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
    }

    /// MurmurHash3's 64-bit finaliser.
    private func finish() -> Int64 {
        var h = hash
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return Int64(bitPattern: h)
    }
}
