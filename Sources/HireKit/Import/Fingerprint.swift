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
        add(measure.numeric.map { "\($0)" }, measure.minValue.map { "\($0)" }, measure.maxValue.map { "\($0)" }, measure.string, measure.description)
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

    @inline(__always)
    private mutating func mix(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }
}
