/// Computes a calibration report from scorecards: the statistics of this folder applied
/// to hiring data. Pure: no workspace needed.
///
/// - Units are candidates (per competency) or candidate-competency pairs (overall); raters
///   are interviewers. An interviewer who rated the same competency of a candidate twice
///   (in two rounds) counts once, with the mean of their ratings.
/// - Agreement needs `minimumCandidates` candidates rated by two or more interviewers;
///   otherwise the report says "too little data" rather than print a number.
/// - Panels differ from candidate to candidate, so the ICCs use the largest block of
///   units all rated by the same interviewers, and need `minimumCandidates` of them. The
///   block covering the most candidates wins (then the most units), so "overall", whose units
///   are competencies of candidates, does not rest on few candidates.
public enum CalibrationAnalysis {
    /// The report for `input`.
    public static func report(_ input: CalibrationInput, minimumCandidates: Int = 5, leniencyThreshold: Double = 0.5) -> CalibrationReport {
        var tally = CalibrationTally(competencies: input.competencies, decisions: input.decisions)
        // The tally takes each candidate's scorecards together; a stable sort keeps their order.
        let cards = input.scorecards.enumerated().sorted { ($0.element.candidateId, $0.offset) < ($1.element.candidateId, $1.offset) }
        for (_, card) in cards {
            tally.beginScorecard(candidate: card.candidateId, rater: card.raterId, recommendsHire: card.recommendsHire)
            for (competency, value) in card.ratings { tally.addRating(competency: competency, value: value) }
        }
        return tally.report(raterNames: input.raterNames, minimumCandidates: minimumCandidates, leniencyThreshold: leniencyThreshold)
    }

    /// Agreement on one matrix whose units belong to `candidates` (one entry per unit).
    static func agreement(scope: String, matrix: RatingsMatrix, candidates: [Int], minimumCandidates: Int) -> CalibrationReport.Agreement {
        let pairable = Set((0..<matrix.unitCount).filter { matrix.ratingCount(ofUnit: $0) >= 2 }.map { candidates[$0] })
        var result = CalibrationReport.Agreement(
            scope: scope, candidates: pairable.count, raters: matrix.activeRaterCount, tooLittleData: pairable.count < minimumCandidates)
        guard !result.tooLittleData else { return result }
        let coincidences = KrippendorffAlpha.Coincidences(matrix)
        result.alphaOrdinal = coincidences.alpha(.ordinal).alpha
        result.alphaInterval = coincidences.alpha(.interval).alpha
        result.alphaReading = result.alphaInterval.map(AgreementReading.alpha)
        let block = matrix.largestCompleteBlock(candidates: candidates)
        guard let block, block.units.count >= minimumCandidates else {
            let most = block?.units.count ?? 0
            result.iccUnavailable = "no complete design: at most \(most) units share the same interviewers (needs \(minimumCandidates))"
            return result
        }
        switch IntraclassCorrelation.compute(matrix, units: block.units, raters: block.raters) {
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
