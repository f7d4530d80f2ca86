/// Folds scorecards, one candidate's after another, into what a calibration report is
/// computed from: one sparse ratings matrix whose units are candidate-competency pairs
/// (competencies are numbered as they appear, raters too), and per-rater counts.
///
/// Nothing is kept per scorecard, so memory grows with the ratings matrix only (about 12
/// bytes per interviewer's rating of a competency of a candidate).
struct CalibrationTally {
    /// The competencies in report order (the role profile's).
    let competencies: [String]
    /// The final decision per candidate (`true` for hire).
    let decisions: [Int64: Bool]

    /// Competency ids by number, as met.
    private(set) var competencyIds: [String] = []
    private var competencyNumbers: [String: Int] = [:]
    /// Interviewer ids by provisional number, as met.
    private(set) var raterIds: [Int64] = []
    private var raterNumbers: [Int64: Int] = [:]
    private var raters: [RaterCounts] = []

    /// The matrix in its stored form: units in candidate order, then competency id order.
    private var starts: [Int] = [0]
    private var raterOf: [Int32] = []
    private var valueOf: [Double] = []
    private var unitCompetency: [Int32] = []
    private var unitCandidate: [Int32] = []

    /// Scorecards and distinct candidates added.
    private(set) var scorecards = 0
    private(set) var candidates = 0

    // The candidate being read: its cells (competency, rater, sum, count) and ids seen so far.
    private var candidate: Int64?
    private var cells: [Cell] = []
    private var finished: Set<Int64> = []
    // The scorecard being read, if any.
    private var reading = false
    private var rater = 0
    private var ratings: [(competency: Int, value: Double)] = []

    struct RaterCounts {
        var scorecards = 0
        var halo = HaloAssessment.Tally()
        var decided = 0
        var agreed = 0
    }

    struct Cell {
        var competency: Int
        var rater: Int
        var sum: Double
        var count: Int
    }

    init(competencies: [String], decisions: [Int64: Bool]) {
        self.competencies = competencies
        self.decisions = decisions
    }

    /// Starts a scorecard (ending the one before). Every scorecard of a candidate must come
    /// before the next candidate's.
    mutating func beginScorecard(candidate id: Int64, rater raterId: Int64, recommendsHire: Bool?) {
        endScorecard()
        reading = true
        if id != candidate {
            finishCandidate()
            precondition(finished.insert(id).inserted, "scorecards grouped by candidate")
            candidate = id
            candidates += 1
        }
        scorecards += 1
        if let known = raterNumbers[raterId] {
            rater = known
        } else {
            rater = raterIds.count
            raterNumbers[raterId] = rater
            raterIds.append(raterId)
            raters.append(RaterCounts())
        }
        raters[rater].scorecards += 1
        if let recommendsHire, let decision = decisions[id] {
            raters[rater].decided += 1
            if recommendsHire == decision { raters[rater].agreed += 1 }
        }
        ratings.removeAll(keepingCapacity: true)
    }

    /// Adds a rating (not n/a) to the scorecard begun last, on the report's scale.
    mutating func addRating(competency id: String, value: Double) {
        let competency = number(ofCompetency: id)
        ratings.append((competency, value))
        if let index = cells.firstIndex(where: { $0.competency == competency && $0.rater == rater }) {
            cells[index].sum += value
            cells[index].count += 1
        } else {
            cells.append(Cell(competency: competency, rater: rater, sum: value, count: 1))
        }
    }

    private mutating func endScorecard() {
        guard reading else { return }
        reading = false
        // The halo reads a scorecard's ratings in competency id order.
        ratings.sort { competencyIds[$0.competency] < competencyIds[$1.competency] }
        raters[rater].halo.add(ratings.map(\.value))
    }

    private mutating func number(ofCompetency id: String) -> Int {
        // Profiles have a handful of competencies: a short scan beats hashing.
        if competencyIds.count <= 16, let index = competencyIds.firstIndex(of: id) { return index }
        if let known = competencyNumbers[id] { return known }
        competencyNumbers[id] = competencyIds.count
        competencyIds.append(id)
        return competencyIds.count - 1
    }

    /// Turns the current candidate's cells into units, one per competency, each rater's
    /// ratings of it averaged (two rounds by one interviewer count once).
    private mutating func finishCandidate() {
        guard !cells.isEmpty else { return }
        cells.sort { (competencyIds[$0.competency], $0.rater) < (competencyIds[$1.competency], $1.rater) }
        for (index, cell) in cells.enumerated() {
            raterOf.append(Int32(cell.rater))
            valueOf.append(cell.sum / Double(cell.count))
            if index == cells.count - 1 || cells[index + 1].competency != cell.competency {
                starts.append(raterOf.count)
                unitCompetency.append(Int32(cell.competency))
                unitCandidate.append(Int32(candidates - 1))
            }
        }
        cells.removeAll(keepingCapacity: true)
    }

    /// The report, with raters ordered by name (then id).
    mutating func report(raterNames: [Int64: String], minimumCandidates: Int, leniencyThreshold: Double) -> CalibrationReport {
        endScorecard()
        finishCandidate()
        // Raters in report order; the stored ratings renumbered and kept in rater order per unit.
        let order = raterIds.indices.sorted { (raterNames[raterIds[$0]] ?? "", raterIds[$0]) < (raterNames[raterIds[$1]] ?? "", raterIds[$1]) }
        var all = RatingsMatrix(raterCount: order.count, starts: starts, raterOf: raterOf, valueOf: valueOf)
        (starts, raterOf, valueOf) = ([0], [], [])  // before renumbering: the matrix's arrays are then its own, changed in place
        all.renumberRaters(as: order)

        var unitsOf = [[Int]](repeating: [], count: competencyIds.count)
        for (unit, competency) in unitCompetency.enumerated() { unitsOf[Int(competency)].append(unit) }
        let known = Set(competencies)
        let extra = competencyIds.filter { !known.contains($0) }.sorted()
        let sections = (competencies + extra).compactMap { id -> CalibrationReport.Agreement? in
            guard let number = competencyIds.firstIndex(of: id), !unitsOf[number].isEmpty else { return nil }
            let units = unitsOf[number]
            return CalibrationAnalysis.agreement(
                scope: id, matrix: all.selecting(units: units), candidates: units.map { Int(unitCandidate[$0]) }, minimumCandidates: minimumCandidates)
        }
        // Overall, units are candidate-competency pairs, but the data rule still counts candidates.
        let overall = CalibrationAnalysis.agreement(
            scope: "overall", matrix: all, candidates: unitCandidate.map(Int.init), minimumCandidates: minimumCandidates)
        let leniency = RaterLeniency.assess(all, threshold: leniencyThreshold)
        let reported = order.enumerated().map { index, old -> CalibrationReport.Rater in
            let id = raterIds[old]
            let counts = raters[old]
            return CalibrationReport.Rater(
                id: id, name: raterNames[id] ?? "person \(id)", scorecards: counts.scorecards, leniency: leniency[index], halo: counts.halo.assessment(),
                decided: counts.decided, agreedWithDecision: counts.agreed,
                decisionAgreement: counts.decided == 0 ? nil : Double(counts.agreed) / Double(counts.decided))
        }
        return CalibrationReport(minimumCandidates: minimumCandidates, competencies: sections, overall: overall, raters: reported)
    }
}
