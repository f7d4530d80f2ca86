/// A stable 64-bit FNV-1a hash of what a record holds, to tell "unchanged" from "updated"
/// on re-import without comparing every stored row. (Swift's `Hasher` is seeded per process.)
struct Fingerprint {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

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
        return Int64(bitPattern: f.hash)
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
        for value in values {
            if let value {
                for byte in value.utf8 { mix(byte) }
                mix(0x1F)
            } else {
                mix(0x1E)
            }
        }
    }

    private mutating func separate() { mix(0x1D) }

    /// The hash after mixing in one number (for tests: must equal `mixing(text: "\(value)")`).
    static func mixing(number: Double) -> Int64 {
        var f = Fingerprint()
        f.add(number)
        return Int64(bitPattern: f.hash)
    }

    static func mixing(text: String) -> Int64 {
        var f = Fingerprint()
        f.add(text)
        return Int64(bitPattern: f.hash)
    }

    @inline(__always)
    private mutating func mix(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }
}
