import Foundation

extension HTMLReport {
    /// A candidate's debrief packet: competency chart with anchors, dimension scores, skill-will
    /// quadrant, recommendations, evidence notes and stage history.
    ///
    /// - Parameters:
    ///   - report: the candidate's report, as read without a viewer (nothing hidden).
    ///   - profile: the role profile version the candidate is assessed against, for scale and anchors.
    public static func candidate(_ report: CandidateReport, profile: RoleProfile, context: Context) -> String {
        render(CandidateModel(report, profile: profile, context: context), template: "candidate")
    }

    struct CandidateModel {
        struct Fact { var label: String; var value: String }
        struct Anchor { var level: String; var text: String }
        struct CompetencyRow { var name: String; var kind: String; var mean: String; var count: Int; var minimum: Badge?; var anchor: Anchor? }
        struct DimensionRow { var name: String; var score: String; var normalized: String; var unrated: String }
        struct RecommendationRow { var round: String; var interviewer: String; var recommendation: Badge; var notes: String }
        struct EvidenceLine { var rating: String; var round: String; var interviewer: String; var skip: String?; var text: String? }
        struct EvidenceGroup { var name: String; var lines: [EvidenceLine] }
        struct HistoryRow { var at: String; var from: String; var to: String; var actor: String; var reason: String }
        struct DecisionRow { var kind: String; var actor: String; var at: String; var reason: String?; var override: String? }
        struct ApplicationCompetency { var name: String; var weight: String?; var evidence: String }
        /// What the feed said: the application as it arrived.
        struct Application {
            var source: String
            var jobs: [Fact]
            var schools: [String]
            var competencies: [ApplicationCompetency]
            // Stored, not computed: templates see stored properties only.
            var hasJobs: Bool
            var hasSchools: Bool
            var hasCompetencies: Bool

            init(source: String, jobs: [Fact], schools: [String], competencies: [ApplicationCompetency]) {
                self.source = source
                self.jobs = jobs
                self.schools = schools
                self.competencies = competencies
                hasJobs = !jobs.isEmpty
                hasSchools = !schools.isEmpty
                hasCompetencies = !competencies.isEmpty
            }
        }

        var kind = "Candidate report"
        var title: String
        var subtitle: String?
        var generated: String
        var css = ReportStyle.css
        var defs = SVG.definitions
        var facts: [Fact]
        var scored: Bool
        var overall: String
        var mustHave: Badge
        var mustHaveFailures: [String]
        var confidence: String
        var incomplete: String?
        var hasFlags: Bool
        var flags: [String]
        var competencyChart: String
        var competencies: [CompetencyRow]
        var dimensions: [DimensionRow]
        var skillWillChart: String?
        var coaching: String?
        var hasScorecards: Bool
        var tally: String
        var recommendations: [RecommendationRow]
        var evidence: [EvidenceGroup]
        var history: [HistoryRow]
        var decisions: [DecisionRow]
        var application: Application?

        init(_ report: CandidateReport, profile: RoleProfile, context: Context) {
            let candidate = report.candidate
            let scale = profile.scale
            let n = SVG.number
            title = candidate.name
            subtitle = "\(profile.title) (\(profile.id), version \(candidate.roleVersion ?? 1))" + (candidate.openingId.map { ", opening \($0)" } ?? "")
            generated = context.generated
            facts = [Fact(label: "Candidate", value: "\(candidate.id ?? 0)"), Fact(label: "Stage", value: candidate.stage.rawValue)]
            if let source = candidate.source { facts.append(Fact(label: "Source", value: source)) }
            let score = report.score
            scored = score?.overall != nil
            overall = score?.overall.map { "\(n($0.value)) on the \(scale.min)–\(scale.max) scale (\(n($0.normalized)) of 100)" } ?? "–"
            mustHave = Badge.mustHaves(score?.mustHaves ?? .pending)
            mustHaveFailures = score?.mustHaveFailures.map(\.description) ?? []
            confidence = "\(score?.ratings ?? 0) ratings from \(report.scorecards.count) scorecards"
            incomplete = (score?.incomplete ?? []).isEmpty ? nil : score!.incomplete.joined(separator: ", ")
            flags = score?.flags.map(\.message) ?? []
            hasFlags = !flags.isEmpty
            competencyChart = CompetencyChart(report: report, scale: scale).chart().markup
            let scores = Dictionary((score?.competencies ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            competencies = report.competencies.map { lines in
                let competency = profile.competency(lines.id)
                let s = scores[lines.id]
                var minimum: Badge?
                if let must = s?.mustHave ?? competency?.mustHave {
                    if let mean = s?.mean {
                        minimum = mean >= must ? Badge(text: "✓ ≥ \(n(must))", cls: "ok") : Badge(text: "✗ below \(n(must))", cls: "bad")
                    } else {
                        minimum = Badge(text: "? \(n(must)), not rated", cls: "warn")
                    }
                }
                var anchor: Anchor?
                if let mean = s?.mean {
                    // The level the mean has reached.
                    let level = min(scale.max, max(scale.min, Int((mean + 1e-9).rounded(.down))))
                    if let text = competency?.anchors[level] { anchor = Anchor(level: "\(level)", text: text) }
                }
                return CompetencyRow(
                    name: lines.name, kind: lines.kind.rawValue, mean: s?.mean.map(n) ?? "–", count: s?.count ?? 0, minimum: minimum, anchor: anchor)
            }
            dimensions = (score?.dimensions ?? []).map {
                DimensionRow(
                    name: $0.kind.plural, score: $0.score.map { n($0.value) } ?? "–", normalized: $0.score.map { n($0.normalized) } ?? "–",
                    unrated: $0.unrated.joined(separator: ", "))
            }
            if let place = score?.skillWill {
                skillWillChart = SkillWillChart(scale: scale, points: [.init(label: candidate.name, skill: place.skill, will: place.will)]).chart().markup
                coaching = "\(place.style.quadrant): coaching style \(place.style.rawValue)"
            }
            hasScorecards = !report.scorecards.isEmpty
            let t = score?.recommendations ?? RecommendationTally(report.scorecards.map(\.scorecard.recommendation))
            tally = "\(t.strongYes) strong yes, \(t.yes) yes, \(t.no) no, \(t.strongNo) strong no"
            recommendations = report.scorecards.map {
                RecommendationRow(
                    round: $0.scorecard.roundId, interviewer: $0.interviewer, recommendation: Self.badge($0.scorecard.recommendation),
                    notes: $0.scorecard.notes ?? "")
            }
            evidence = report.competencies.map { lines in
                EvidenceGroup(name: lines.name, lines: lines.ratings.map {
                    EvidenceLine(rating: $0.value.map(n) ?? "n/a", round: $0.roundId, interviewer: $0.interviewer, skip: $0.skipReason, text: $0.evidence)
                })
            }
            history = report.history.map {
                HistoryRow(
                    at: DateLabel.timestamp($0.at, timeZone: context.timeZone), from: $0.fromStage?.rawValue ?? "–", to: $0.toStage.rawValue,
                    actor: $0.actor, reason: $0.reason ?? "")
            }
            application = report.imported.map { profile in
                Application(
                    source: "From the feed (\(FeedFormat(rawValue: profile.format)?.title ?? profile.format))"
                        + (profile.appliedPositions.isEmpty ? "" : ", applied for \(profile.appliedPositions.map(\.positionId).joined(separator: ", "))"),
                    jobs: profile.employment.map { Fact(label: $0.period ?? "", value: $0.titleAndEmployer) },
                    schools: profile.education.map(\.summary),
                    competencies: profile.competencies.map {
                        ApplicationCompetency(name: $0.label, weight: $0.weight?.summary, evidence: $0.evidenceSummaries.joined(separator: "; "))
                    })
            }
            decisions = report.decisions.map {
                DecisionRow(kind: $0.kind.rawValue, actor: $0.actor, at: DateLabel.timestamp($0.at, timeZone: context.timeZone), reason: $0.reason, override: $0.override)
            }
        }

        static func badge(_ recommendation: Recommendation) -> Badge {
            switch recommendation {
            case .strongYes: Badge(text: "▲▲ strong yes", cls: "ok")
            case .yes: Badge(text: "▲ yes", cls: "ok")
            case .no: Badge(text: "▼ no", cls: "bad")
            case .strongNo: Badge(text: "▼▼ strong no", cls: "bad")
            }
        }
    }
}
