/// Computes a calibration report from scorecards: the statistics of this folder applied
/// to hiring data. Pure: no workspace needed.
///
/// - Units are candidates (per competency) or candidate-competency pairs (overall); raters
///   are interviewers. An interviewer who rated the same competency of a candidate twice
///   (in two rounds) counts once, with the mean of their ratings.
/// - Agreement needs `minimumCandidates` candidates rated by two or more interviewers;
///   otherwise the report says "too little data" rather than print a number.
/// - Panels differ from candidate to candidate, so the ICCs use the largest block of
///   candidates all rated by the same interviewers, and need `minimumCandidates` of them.
public enum CalibrationAnalysis {
    /// The report for `input`.
    public static func report(_ input: CalibrationInput, minimumCandidates: Int = 5, leniencyThreshold: Double = 0.5) -> CalibrationReport {
        let raterIds = Array(Set(input.scorecards.map(\.raterId))).sorted {
            (input.raterNames[$0] ?? "", $0) < (input.raterNames[$1] ?? "", $1)
        }
        let column = Dictionary(uniqueKeysWithValues: raterIds.enumerated().map { ($1, $0) })
        // (candidate, competency) -> rater column -> ratings
        var cells: [UnitKey: [Int: [Double]]] = [:]
        for card in input.scorecards {
            for (competency, value) in card.ratings {
                cells[UnitKey(candidate: card.candidateId, competency: competency), default: [:]][column[card.raterId]!, default: []].append(value)
            }
        }
        let units = cells.keys.sorted { ($0.candidate, $0.competency) < ($1.candidate, $1.competency) }
        func matrix(_ keys: [UnitKey]) -> RatingsMatrix {
            RatingsMatrix(rows: keys.map { key in
                let row = cells[key]!
                return raterIds.indices.map { rater in row[rater].map { $0.reduce(0, +) / Double($0.count) } }
            })
        }
        let known = Set(input.competencies)
        let extra = Set(units.map(\.competency)).subtracting(known).sorted()
        let competencies = (input.competencies + extra).filter { competency in units.contains { $0.competency == competency } }
        let sections = competencies.map { competency -> CalibrationReport.Agreement in
            let keys = units.filter { $0.competency == competency }
            return agreement(scope: competency, matrix: matrix(keys), candidates: keys.map(\.candidate), minimumCandidates: minimumCandidates)
        }
        let all = matrix(units)
        // Overall, units are candidate-competency pairs, but the data rule still counts candidates.
        let overall = agreement(scope: "overall", matrix: all, candidates: units.map(\.candidate), minimumCandidates: minimumCandidates)

        let leniency = RaterLeniency.assess(all, threshold: leniencyThreshold)
        let raters = raterIds.enumerated().map { index, id -> CalibrationReport.Rater in
            let cards = input.scorecards.filter { $0.raterId == id }
            let halo = HaloAssessment.assess(scorecards: cards.map { card in card.ratings.keys.sorted().map { card.ratings[$0]! } })
            let decided = cards.filter { $0.recommendsHire != nil && input.decisions[$0.candidateId] != nil }
            let agreed = decided.count { $0.recommendsHire == input.decisions[$0.candidateId] }
            return CalibrationReport.Rater(
                id: id, name: input.raterNames[id] ?? "person \(id)", scorecards: cards.count, leniency: leniency[index], halo: halo,
                decided: decided.count, agreedWithDecision: agreed,
                decisionAgreement: decided.isEmpty ? nil : Double(agreed) / Double(decided.count))
        }
        return CalibrationReport(minimumCandidates: minimumCandidates, competencies: sections, overall: overall, raters: raters)
    }

    struct UnitKey: Hashable {
        var candidate: Int64
        var competency: String
    }

    static func agreement(scope: String, matrix: RatingsMatrix, candidates: [Int64], minimumCandidates: Int) -> CalibrationReport.Agreement {
        let pairable = Set(matrix.rows.indices.filter { matrix.values(ofUnit: $0).count >= 2 }.map { candidates[$0] })
        var result = CalibrationReport.Agreement(
            scope: scope, candidates: pairable.count, raters: matrix.activeRaterCount, tooLittleData: pairable.count < minimumCandidates)
        guard !result.tooLittleData else { return result }
        result.alphaOrdinal = KrippendorffAlpha.compute(matrix, metric: .ordinal).alpha
        result.alphaInterval = KrippendorffAlpha.compute(matrix, metric: .interval).alpha
        result.alphaReading = result.alphaInterval.map(AgreementReading.alpha)
        guard let block = matrix.largestCompleteBlock(), block.units.count >= minimumCandidates else {
            let most = matrix.largestCompleteBlock()?.units.count ?? 0
            result.iccUnavailable = "no complete design: at most \(most) units share the same interviewers (needs \(minimumCandidates))"
            return result
        }
        switch IntraclassCorrelation.compute(matrix.selecting(units: block.units).selecting(raters: block.raters)) {
        case .success(let icc):
            result.iccSingle = icc.single
            result.iccAverage = icc.average
            result.iccReading = AgreementReading.icc(icc.single)
            result.iccCandidates = icc.units
            result.iccRaters = icc.raters
        case .failure(let reason):
            result.iccUnavailable = reason.description
        }
        return result
    }
}
