import Foundation
import Yams

/// The YAML form an interviewer fills in after an interview, written out and read back by a
/// front end.
///
/// The form names the candidate, role version, round and interviewer, then lists the round's
/// focus competencies, each with its anchored scale and questions as comments and blanks for
/// `rating`, `evidence` and `skip_reason`, then `recommendation` and `notes`.
public enum ScorecardForm {
    static let keys = ["candidate", "role", "role_version", "round", "interviewer", "ratings", "recommendation", "notes"]
    static let ratingKeys = ["rating", "evidence", "skip_reason"]

    /// The blank form for one interviewer, candidate and round.
    public static func render(
        candidateId: Int64, candidateName: String?, profile: RoleProfile, roleVersion: Int, round: InterviewRound, interviewer: Person,
        nextStep: String? = nil
    ) -> String {
        let scale = profile.scale
        var lines = [
            "# Hire scorecard: \(oneLine(profile.title)) (\(profile.id), version \(roleVersion))",
            "# Round \(round.id): \(oneLine(round.name))",
            "# Candidate \(candidateId)\(candidateName.map { ": \(oneLine($0))" } ?? ""). Interviewer \(interviewer.id ?? 0): \(oneLine(interviewer.name)).",
            "#",
            "# Score alone, before any debrief. For each competency give a rating from \(scale.min) to \(scale.max) using",
            "# the anchors, and the evidence: what the candidate said or did. Evidence is required for",
            "# ratings of \(scale.min) and \(scale.max). If you could not assess a competency, write `rating: n/a` and a skip_reason.",
        ]
        if let nextStep { lines.append("# Then: \(nextStep)") }
        lines += [
            "",
            "candidate: \(candidateId)",
            "role: \(profile.id)",
            "role_version: \(roleVersion)",
            "round: \(round.id)",
            "interviewer: \(interviewer.id ?? 0)",
            "",
        ]
        if !round.questions.isEmpty {
            lines.append("# Round questions:")
            lines += round.questions.map { "#   - \(oneLine($0))" }
            lines.append("")
        }
        lines.append("ratings:")
        for id in round.focus {
            guard let competency = profile.competency(id) else { continue }
            var heading = "  # \(oneLine(competency.name)) (\(competency.kind.rawValue), weight \(competency.weight.plainText)"
            if let mustHave = competency.mustHave { heading += ", must have \(mustHave.plainText)" }
            lines.append(heading + ")")
            if let description = competency.description { lines.append("  #   \(oneLine(description))") }
            for level in scale.levels {
                if let anchor = competency.anchors[level] { lines.append("  #   \(level): \(oneLine(anchor))") }
            }
            if !competency.questions.isEmpty {
                lines.append("  #   Questions:")
                lines += competency.questions.map { "  #   - \(oneLine($0))" }
            }
            lines += ["  \(competency.id):", "    rating:", "    evidence:", "    skip_reason:", ""]
        }
        lines += [
            "# Overall: \(Recommendation.choices)",
            "recommendation:",
            "notes:",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a filled-in form. The draft is `nil` when the form cannot be understood at all;
    /// otherwise every problem found while reading is in the diagnostics and the draft holds the rest.
    public static func parse(_ yaml: String, file: String) -> (draft: ScorecardDraft?, diagnostics: [Diagnostic]) {
        // Aliases that expand beyond bounds, and keys that are lists or mappings, are refused
        // before Yams composes (and hashes) them, as for role profiles.
        let expansion = YAMLExpansionCheck(file: file).run(yaml)
        if !expansion.isEmpty { return (nil, expansion) }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                return (nil, [Diagnostic(.error, "the form is empty", file: file, line: 1, column: 1, remedy: .newScorecardForm)])
            }
            root = node
        } catch let error as YamlError {
            return (nil, [RoleProfileParser.syntaxDiagnostic(error, file: file)])
        } catch {
            return (nil, [Diagnostic(.error, "cannot read YAML: \(error)", file: file)])
        }
        var reader = YAMLReader(file: file)
        guard let pairs = reader.mapping(root, "the scorecard", known: keys) else { return (nil, reader.diagnostics) }
        var locations: [String: SourceLocation] = [:]
        for (key, pair) in pairs { locations[key] = location(pair.value) ?? location(pair.key) }
        let candidate = reader.requiredString(pairs, "candidate", in: "the scorecard", parent: root)
        let round = reader.requiredString(pairs, "round", in: "the scorecard", parent: root)
        let interviewer = reader.requiredString(pairs, "interviewer", in: "the scorecard", parent: root)
        let role = reader.requiredString(pairs, "role", in: "the scorecard", parent: root)
        var roleVersion: Int?
        if let node = pairs["role_version"]?.value {
            roleVersion = reader.int(node, "role_version")
        } else {
            reader.error("missing required key 'role_version' in the scorecard", at: root)
        }
        var ratings: [RatingDraft] = []
        if let pair = pairs["ratings"] {
            ratings = readRatings(pair.value, reader: &reader)
        } else {
            reader.error("missing required key 'ratings' in the scorecard", at: root)
        }
        let recommendation = reader.optionalString(pairs, "recommendation")
        if pairs["recommendation"] == nil { locations["recommendation"] = location(root) }
        let notes = reader.optionalString(pairs, "notes")
        guard let candidate, let round, let interviewer else { return (nil, reader.diagnostics) }
        let draft = ScorecardDraft(
            file: file, candidate: candidate, roleId: role, roleVersion: roleVersion, round: round, interviewer: interviewer,
            ratings: ratings, recommendation: recommendation, notes: notes, locations: locations)
        return (draft, reader.diagnostics)
    }

    /// Reads a form file.
    public static func load(path: String) -> (draft: ScorecardDraft?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(.error, "cannot read file (does it exist?)", file: path)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(.error, "the file is not UTF-8 text", file: path, line: 1, column: 1)])
        }
        return parse(text, file: path)
    }

    private static func readRatings(_ node: Node, reader: inout YAMLReader) -> [RatingDraft] {
        if node.isNull { return [] }
        guard case .mapping(let mapping) = node else {
            reader.error("'ratings' must map each competency id to its rating, evidence and skip_reason", at: node)
            return []
        }
        var ratings: [RatingDraft] = []
        for (key, value) in mapping {
            guard let id = key.scalar?.string, !id.isEmpty else {
                reader.error("'ratings' has a key that is not a competency id", at: key)
                continue
            }
            var draft = RatingDraft(competencyId: id, value: .blank, location: location(key))
            if value.isNull {
                ratings.append(draft)
                continue
            }
            guard let fields = reader.mapping(value, "the rating of '\(id)'", known: ratingKeys) else { continue }
            if let ratingNode = fields["rating"]?.value {
                if ratingNode.isNull {
                    draft.value = .blank
                } else if let text = ratingNode.scalar?.string {
                    draft.value = RatingInput(text: text)
                } else {
                    draft.value = .invalid("a list or mapping")
                }
                if let ratingLocation = location(ratingNode), !ratingNode.isNull { draft.location = ratingLocation }
            }
            draft.evidence = reader.optionalString(fields, "evidence")
            draft.skipReason = reader.optionalString(fields, "skip_reason")
            ratings.append(draft)
        }
        return ratings
    }

    private static func location(_ node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(line: $0.line, column: $0.column) }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

}
