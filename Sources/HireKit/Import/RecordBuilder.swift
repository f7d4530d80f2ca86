/// Turns the start and end actions met inside one record into an `ApplicantRecord`.
struct RecordBuilder {
    private(set) var record = ApplicantRecord()
    private var employerName: String?
    private var employerPositions = 0
    /// The job an employer entry describes itself (HR Open puts title and dates on the
    /// employer when there are no position histories under it); `nil` outside an employer.
    private var employerJob: ApplicantRecord.Employment?
    private var position: ApplicantRecord.Employment?
    private var school: ApplicantRecord.Education?
    private var schoolDegrees = 0
    private var degree: ApplicantRecord.Education?
    /// Open competencies, innermost last (HR-XML 2 nests them).
    private var competencies: [ApplicantRecord.Competency] = []
    private var evidence: ApplicantRecord.Evidence?
    private var weight: ApplicantRecord.Measure?
    private var channel: String?
    /// A telephone number in parts (country code, area code, subscriber number, extension), and
    /// whether the same element gave it whole.
    private var phoneParts: (country: String?, area: String?, subscriber: String?, extension: String?) = (nil, nil, nil, nil)
    private var phoneGivenWhole = false
    private var channelValue: String?
    private var city: String?
    private var region: String?
    private var country: String?

    init(line: Int, format: FeedFormat) {
        record.line = line
        record.format = format
        // Room for a typical resume, so the lists do not grow one reallocation at a time.
        record.employment.reserveCapacity(4)
        record.competencies.reserveCapacity(8)
        competencies.reserveCapacity(2)
    }

    /// Applies an element's start action, reading attributes by name through `attribute`.
    mutating func start(_ action: StartAction, attribute: (FeedAttribute) -> String?) {
        switch action {
        case .none: break
        case .issuerAttribute:
            if record.issuingSource == nil, let owner = attribute(.idOwner) ?? attribute(.schemeAgencyID) ?? attribute(.schemeAgencyName) {
                record.issuingSource = owner
            }
        case .supplierAttributes:
            if let relationship = attribute(.relationship) { record.supplierRelationship = Self.dropPrefix(relationship) }
        case .beginEmployer:
            employerName = nil
            employerPositions = 0
            employerJob = ApplicantRecord.Employment()
        case .beginPosition:
            position = ApplicantRecord.Employment()
            if attribute(.currentEmployer)?.lowercased() == "true" { position?.current = true }
        case .beginSchool:
            school = ApplicantRecord.Education()
            schoolDegrees = 0
        case .beginDegree:
            degree = ApplicantRecord.Education()
        case .beginCompetency:
            var competency = ApplicantRecord.Competency()
            competency.name = attribute(.name)
            competencies.append(competency)
        case .competencyIdAttribute:
            if let id = attribute(.id), !competencies.isEmpty { competencies[competencies.count - 1].id = id }
        case .taxonomyAttributes:
            if let taxonomy = attribute(.description) ?? attribute(.id), !competencies.isEmpty {
                competencies[competencies.count - 1].taxonomy = taxonomy
            }
        case .beginEvidence:
            evidence = ApplicantRecord.Evidence(name: attribute(.name), lastUsed: attribute(.lastUsed))
        case .beginWeight:
            weight = ApplicantRecord.Measure()
        case .measureAttributes:
            let minValue = attribute(.minValue).flatMap(FastText.number)
            let maxValue = attribute(.maxValue).flatMap(FastText.number)
            let description = attribute(.description)
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
        case .beginTelephone:
            phoneParts = (nil, nil, nil, nil)
            phoneGivenWhole = false
        }
    }

    /// Applies an element's end action with its trimmed text (`nil` when empty or not captured).
    mutating func end(_ action: EndAction, text: String?) {
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
                record.education.append(degree)
                schoolDegrees += 1
            }
            return
        case .endSchool:
            if let school, schoolDegrees == 0, school.school != nil { record.education.append(school) }
            school = nil
            return
        case .endCompetency:
            if var competency = competencies.popLast() {
                // Resume parsers leave `name` out and the id empty, and name the skill in its evidence.
                if competency.name == nil, competency.id == nil { competency.name = competency.evidence.lazy.compactMap(\.name).first }
                if competency.name != nil || competency.id != nil { record.competencies.append(competency) }
            }
            return
        case .endEvidence:
            if let evidence = evidence.take(), !competencies.isEmpty, evidence.name != nil || !evidence.value.isEmpty {
                competencies[competencies.count - 1].evidence.append(evidence)
            }
            return
        case .endWeight:
            if let weight = weight.take(), !weight.isEmpty, !competencies.isEmpty { competencies[competencies.count - 1].weight = weight }
            return
        case .endTelephone:
            if !phoneGivenWhole, let subscriber = phoneParts.subscriber {
                let country = phoneParts.country.map { $0.hasPrefix("+") ? $0 : "+" + $0 }
                var number = [country, phoneParts.area, subscriber].compactMap { $0 }.joined(separator: " ")
                if let suffix = phoneParts.extension { number += " ext. " + suffix }
                appendUnique(&record.phones, number)
            }
            return
        case .endCommunication:
            if let value = channelValue {
                switch channel?.lowercased() {
                case "email": appendUnique(&record.emails, value)
                case "telephone", "mobiletelephone", "mobile", "phone", "fax": if channel?.lowercased() != "fax" { appendUnique(&record.phones, value) }
                default: if value.contains("@") { appendUnique(&record.emails, value) }
                }
            }
            channel = nil
            channelValue = nil
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
        case .email: appendUnique(&record.emails, text)
        case .phone:
            phoneGivenWhole = true
            appendUnique(&record.phones, text)
        case .phoneCountryCode: phoneParts.country = text
        case .phoneAreaCode: phoneParts.area = text
        case .phoneSubscriber: phoneParts.subscriber = text
        case .phoneExtension: phoneParts.extension = text
        case .city: if city == nil { city = text }
        case .region: if region == nil { region = text }
        case .country: if country == nil { country = text }
        case .appliedPosition: appendUnique(&record.appliedPositions, text)
        case .supplierName: if record.supplier == nil { record.supplier = text }
        case .supplierRelationship: record.supplierRelationship = Self.dropPrefix(text)
        case .employer:
            if position != nil { position?.employer = text } else { employerName = text }
        case .positionTitle: updateJob { $0.title = text }
        case .startDate: updateJob { $0.start = Self.date(text) }
        case .endDate:
            if !FastText.startsWithDigit(text), ["notapplicable", "current", "present", "now"].contains(text.lowercased()) {
                updateJob { $0.current = true }
            } else {
                updateJob { $0.end = Self.date(text) }
            }
        case .currentFlag:
            if ["true", "1", "yes"].contains(text.lowercased()) { updateJob { $0.current = true } }
        case .school: school?.school = text
        case .degree: degree?.degree = text
        case .major: degree?.major = text
        case .degreeDate: if degree?.date == nil { degree?.date = Self.date(text) }
        case .competencyName: if !competencies.isEmpty { competencies[competencies.count - 1].name = text }
        case .competencyId: if !competencies.isEmpty { competencies[competencies.count - 1].id = text }
        case .taxonomy: if !competencies.isEmpty { competencies[competencies.count - 1].taxonomy = text }
        case .evidenceName: evidence?.name = text
        case .numericValue:
            updateMeasure { measure in
                if let value = FastText.number(text) { measure.numeric = value } else { measure.string = text }
            }
        case .stringValue: updateMeasure { $0.string = text }
        case .minValue: updateMeasure { $0.minValue = FastText.number(text) }
        case .maxValue: updateMeasure { $0.maxValue = FastText.number(text) }
        case .channelCode: channel = text
        case .channelValue: channelValue = text
        default: break
        }
    }

    /// The finished record, with the location assembled and unmodelled counts attached.
    mutating func finish(unmodelled: [String: Int]) -> ApplicantRecord {
        let parts = [city, region, country].compactMap { $0 }
        if !parts.isEmpty { record.location = parts.joined(separator: ", ") }
        record.unmodelled = unmodelled
        return record
    }

    /// Changes the open position, else the open employer's own job.
    private mutating func updateJob(_ change: (inout ApplicantRecord.Employment) -> Void) {
        if position != nil {
            change(&position!)
        } else if employerJob != nil {
            change(&employerJob!)
        }
    }

    private mutating func updateMeasure(_ change: (inout ApplicantRecord.Measure) -> Void) {
        if evidence != nil {
            change(&evidence!.value)
        } else if weight != nil {
            change(&weight!)
        }
    }

    private func appendUnique(_ list: inout [String], _ value: String) {
        if !list.contains(value) { list.append(value) }
    }

    /// `notKnown` and similar literals mean no date.
    static func date(_ text: String) -> String? {
        !FastText.startsWithDigit(text) && ["notknown", "unknown", "notapplicable"].contains(text.lowercased()) ? nil : text
    }

    /// `x:Recruiter` -> `Recruiter` (HR-XML marks extension values with a prefix).
    static func dropPrefix(_ value: String) -> String {
        if let colon = value.firstIndex(of: ":"), !value.contains("/") { return String(value[value.index(after: colon)...]) }
        return value
    }
}
