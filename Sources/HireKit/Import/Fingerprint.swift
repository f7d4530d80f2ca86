/// A stable 64-bit hash of what a record holds, to tell "unchanged" from "updated" on
/// re-import without comparing every stored row. (Swift's `Hasher` is seeded per process.)
///
/// The record's fields go in as one byte stream (values with separators), mixed eight bytes at
/// a time with a multiply and an xor-shift, and finished with MurmurHash3's avalanche step.
/// The value depends only on the byte stream, so it is the same on every machine and run.
struct Fingerprint {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Bytes not yet mixed, least significant first, and how many there are (0..<8).
    private var pending: UInt64 = 0
    private var pendingCount: UInt64 = 0

    static func of(_ record: ApplicantRecord) -> Int64 {
        var f = Fingerprint()
        f.add(record.format.rawValue)
        f.add(record.externalId, record.issuingSource, record.formattedName, record.givenName, record.familyName)
        f.add(record.location, record.supplier, record.supplierRelationship)
        record.emails.forEach { f.add($0) }
        f.separate()
        record.phones.forEach { f.add($0) }
        f.separate()
        record.appliedPositions.forEach { f.add($0) }
        f.separate()
        for job in record.employment { f.add(job.employer, job.title, job.start, job.end, job.current ? "1" : "0") }
        f.separate()
        for school in record.education { f.add(school.school, school.degree, school.major, school.date) }
        f.separate()
        for competency in record.competencies {
            f.add(competency.name, competency.id, competency.taxonomy)
            f.add(competency.weight)
            for evidence in competency.evidence {
                f.add(evidence.name, evidence.lastUsed)
                f.add(evidence.value)
            }
            f.separate()
        }
        return f.finish()
    }

    private mutating func add(_ measure: ApplicantRecord.Measure?) {
        guard let measure else { return add(nil as String?) }
        add(measure.numeric)
        add(measure.minValue)
        add(measure.maxValue)
        add(measure.string, measure.description)
    }

    /// Mixes `"\(value)"` (Swift's description), without building the string for whole numbers.
    private mutating func add(_ value: Double?) {
        guard let value else { return mix(0x1E) }
        if value.rounded(.towardZero) == value, value.magnitude < 1e15, !(value == 0 && value.sign == .minus) {
            // Whole numbers below 1e15 are described as their digits followed by ".0".
            var whole = Int64(value)
            if whole < 0 {
                mix(UInt8(ascii: "-"))
                whole = -whole
            }
            var digits: (UInt64, Int) = (0, 0)  // up to 15 digits, packed 4 bits each, most significant last
            repeat {
                digits.0 |= UInt64(whole % 10) << (4 * UInt64(digits.1))
                digits.1 += 1
                whole /= 10
            } while whole > 0
            for index in stride(from: digits.1 - 1, through: 0, by: -1) {
                mix(UInt8(ascii: "0") + UInt8((digits.0 >> (4 * UInt64(index))) & 0xF))
            }
            mix(UInt8(ascii: "."))
            mix(UInt8(ascii: "0"))
            mix(0x1F)
            return
        }
        add("\(value)")
    }

    private mutating func add(_ values: String?...) {
        for value in values { add(value) }
    }

    private mutating func add(_ value: String?) {
        guard var value else { return mix(0x1E) }
        value.withUTF8 { bytes in
            var index = 0
            while pendingCount != 0, index < bytes.count {
                mix(bytes[index])
                index += 1
            }
            let base = UnsafeRawPointer(bytes.baseAddress)
            while index + 8 <= bytes.count {
                mixWord(UInt64(littleEndian: base!.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
            while index < bytes.count {
                mix(bytes[index])
                index += 1
            }
        }
        mix(0x1F)
    }

    private mutating func separate() { mix(0x1D) }

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
    private mutating func mix(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * pendingCount)
        pendingCount += 1
        if pendingCount == 8 {
            mixWord(pending)
            pending = 0
            pendingCount = 0
        }
    }

    @inline(__always)
    private mutating func mixWord(_ word: UInt64) {
        hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
    }

    /// Mixes in what is pending and the stream's length in its last word, then avalanches.
    private func finish() -> Int64 {
        var f = self
        f.mixWord(f.pending ^ (f.pendingCount << 59))
        var h = f.hash
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return Int64(bitPattern: h)
    }
}
