import Foundation
import HireKit

/// The models of the live fairness and calibration pages: the reports' tables, as the HTML
/// reports show them, without their inline styles and charts (the pages' CSP allows neither).
enum AnalysisPage {
    static func number(_ value: Double?, digits: Int = 3) -> String {
        value.map { String(format: "%.\(digits)f", $0) } ?? "–"
    }

    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.0f%%", $0 * 100) } ?? "–"
    }

    static func roleChoices(_ roles: [String], selected: String?) -> [[String: Any]] {
        roles.map { ["value": $0, "selected": $0 == selected] }
    }

    /// Selection rates by self-identified group, per dimension and pipeline step.
    static func fairness(_ report: FairnessReport, roles: [String]) -> [String: Any] {
        let dimensions = report.dimensions.map { dimension -> [String: Any] in
            [
                "dimension": dimension.dimension,
                "steps": dimension.steps.map { step -> [String: Any] in
                    [
                        "step": "\(step.from.rawValue) → \(step.to.rawValue)", "unstated": step.unstated,
                        "groups": step.groups.map { group -> [String: Any] in
                            [
                                "group": group.group + (group.isReference ? " (reference)" : ""), "considered": group.considered,
                                "selected": group.selected,
                                "rate": group.tooSmall ? "fewer than \(group.fewerThan ?? report.minimumGroupSize)" : percent(group.selectionRate),
                                "ratio": number(group.impactRatio, digits: 2),
                                "flag": group.belowFourFifths == true ? "below four-fifths" : (group.belowFourFifths == false ? "no" : "–"),
                                "flagged": group.belowFourFifths == true, "p": number(group.fisherPValue),
                            ]
                        },
                    ]
                },
            ]
        }
        return [
            "dimensions": dimensions, "none": dimensions.isEmpty, "roles": roleChoices(roles, selected: report.role),
            "minimum": report.minimumGroupSize, "fourFifths": number(report.fourFifths, digits: 2), "wide": true,
        ]
    }

    /// One role's interviewer agreement, leniency, halo and agreement with decisions.
    static func calibration(_ calibration: RoleCalibration?, role: String?, roles: [String]) -> [String: Any] {
        var model: [String: Any] = ["roles": roleChoices(roles, selected: role), "wide": true, "role": role ?? false]
        guard let calibration else {
            model["empty"] = role != nil
            return model
        }
        let report = calibration.report
        model["report"] = [
            "scorecards": calibration.scorecards, "candidates": calibration.candidates, "minimum": report.minimumCandidates,
            "agreements": (report.competencies + [report.overall]).map { a -> [String: Any] in
                [
                    "scope": a.scope, "candidates": a.candidates, "raters": a.raters, "alphaOrdinal": number(a.alphaOrdinal),
                    "alphaInterval": number(a.alphaInterval),
                    "reading": a.alphaReading?.text ?? (a.tooLittleData ? "too little data" : "–"),
                    "icc": number(a.iccSingle), "iccReading": a.iccReading?.text ?? a.iccUnavailable ?? "–",
                ]
            },
            "raters": report.raters.map { r -> [String: Any] in
                [
                    "name": r.name, "scorecards": r.scorecards, "mean": number(r.leniency.meanDifference, digits: 2),
                    "interval": r.leniency.lower.flatMap { lower in r.leniency.upper.map { "\(number(lower, digits: 2)) to \(number($0, digits: 2))" } } ?? "–",
                    "verdict": r.leniency.verdict.rawValue, "halo": percent(r.halo.share),
                    "decisions": r.decided == 0 ? "–" : "\(r.agreedWithDecision) of \(r.decided)",
                ]
            },
        ] as [String: Any]
        return model
    }
}
