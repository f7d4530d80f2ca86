import Foundation
import Yams

/// Turns the YAML text of a role profile into a ``RoleProfile``, reporting every
/// problem with its line and column. Cross-reference rules live in ``RoleProfileValidator``.
public enum RoleProfileParser {
    /// The keys a role profile may use at each level; anything else is reported as unknown.
    static let profileKeys = ["id", "title", "department", "description", "scale", "competencies", "interview_plan", "onboarding", "checkin"]
    static let scaleKeys = ["min", "max"]
    static let competencyKeys = ["id", "name", "kind", "weight", "must_have", "description", "anchors", "questions"]
    static let roundKeys = ["id", "name", "focus", "questions"]
    static let onboardingKeys = ["business_days", "milestones"]
    static let checkInKeys = ["id", "question"]
    static let milestoneKeys = ["id", "title", "owner", "due_day", "competencies", "after", "description"]

    /// Parses and validates a profile. The profile is `nil` when any error was found.
    public static func parse(_ yaml: String, file: String) -> (profile: RoleProfile?, diagnostics: [Diagnostic]) {
        let expansion = YAMLExpansionCheck(file: file).run(yaml)
        if !expansion.isEmpty { return (nil, expansion) }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                return (nil, [Diagnostic(.error, "the file is empty; a role profile needs at least id, title and competencies", file: file, line: 1, column: 1)])
            }
            root = node
        } catch let error as YamlError {
            return (nil, [syntaxDiagnostic(error, file: file)])
        } catch {
            return (nil, [Diagnostic(.error, "cannot read YAML: \(error)", file: file)])
        }
        var reader = YAMLReader(file: file)
        var sources = RoleProfileSourceMap()
        let profile = decodeProfile(root, reader: &reader, sources: &sources)
        var diagnostics = reader.diagnostics
        // Cross-references are not checked in a profile read only in part: they would be noise.
        if let profile, !reader.truncated {
            diagnostics += RoleProfileValidator.validate(profile, sources: sources, file: file)
        }
        diagnostics.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        return (diagnostics.containsErrors ? nil : profile, diagnostics)
    }

    /// Reads and parses a profile file.
    public static func load(path: String) -> (profile: RoleProfile?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(.error, "cannot read file (does it exist?)", file: path)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(.error, "the file is not UTF-8 text", file: path, line: 1, column: 1)])
        }
        return parse(text, file: path)
    }

    static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "YAML syntax: \(problem)"
            if let context { message += " \(context.text)" }
            return Diagnostic(.error, message, file: file, line: mark.line, column: mark.column)
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, "YAML syntax: \(problem)", file: file, line: 1, column: 1)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // The context's text is the whole document: never echoed.
            let keys = duplicates.prefix(3).map { "'\($0.prefix(60))'" }.joined(separator: ", ")
            return Diagnostic(.error, "duplicate key \(keys)", file: file, line: context.mark.line, column: context.mark.column)
        default:
            return Diagnostic(.error, "YAML syntax: \(error)", file: file, line: 1, column: 1)
        }
    }

    static func decodeProfile(_ root: Node, reader: inout YAMLReader, sources: inout RoleProfileSourceMap) -> RoleProfile? {
        guard let pairs = reader.mapping(root, "the role profile", known: profileKeys) else { return nil }
        sources.root = root
        let id = reader.requiredString(pairs, "id", in: "the role profile", parent: root)
        if let id, !Identifier.isValid(id) {
            reader.error("role id '\(id)' must be lowercase letters, digits and dashes", at: pairs["id"]?.value)
        }
        let title = reader.requiredString(pairs, "title", in: "the role profile", parent: root)
        var scale = RatingScale.standard
        if let node = pairs["scale"]?.value {
            scale = decodeScale(node, reader: &reader) ?? scale
            sources.scale = node
        }
        var competencies: [Competency] = []
        if let node = pairs["competencies"]?.value, let items = reader.sequence(node, "competencies") {
            if items.isEmpty { reader.error("a role needs at least one competency", at: node) }
            for item in reader.bounded(items, "competencies", at: node, limit: RoleProfileLimits.competencies) {
                if let competency = decodeCompetency(item, scale: scale, reader: &reader, sources: &sources) {
                    competencies.append(competency)
                }
            }
        } else if pairs["competencies"] == nil {
            reader.error("missing required key 'competencies' in the role profile", at: root)
        }
        var rounds: [InterviewRound] = []
        if let node = pairs["interview_plan"]?.value, let items = reader.sequence(node, "interview_plan") {
            for item in reader.bounded(items, "interview_plan", at: node, limit: RoleProfileLimits.interviewRounds) {
                if let round = decodeRound(item, reader: &reader, sources: &sources) { rounds.append(round) }
            }
        } else if pairs["interview_plan"] == nil {
            reader.error("missing required key 'interview_plan' in the role profile", at: root)
        }
        var onboarding = OnboardingPlan()
        if let node = pairs["onboarding"]?.value {
            onboarding = decodeOnboarding(node, reader: &reader, sources: &sources)
        }
        let checkIn = pairs["checkin"].flatMap { decodeCheckIn($0.value, reader: &reader) }
        guard let id, let title else { return nil }
        return RoleProfile(
            id: id, title: title, department: reader.optionalString(pairs, "department"),
            description: reader.optionalString(pairs, "description"), scale: scale, competencies: competencies,
            interviewPlan: rounds, onboarding: onboarding, checkIn: checkIn)
    }

    static func decodeScale(_ node: Node, reader: inout YAMLReader) -> RatingScale? {
        guard let pairs = reader.mapping(node, "scale", known: scaleKeys) else { return nil }
        var scale = RatingScale.standard
        if let value = pairs["min"].flatMap({ reader.int($0.value, "min") }) { scale.min = value }
        if let value = pairs["max"].flatMap({ reader.int($0.value, "max") }) { scale.max = value }
        if scale.min < 0 {
            reader.error("scale min must be 0 or more", at: pairs["min"]?.value ?? node)
            return nil
        }
        if scale.max > RatingScale.largestMax {
            reader.error("scale max may be at most \(RatingScale.largestMax)", at: pairs["max"]?.value ?? node)
            return nil
        }
        if scale.max <= scale.min {
            reader.error("scale max (\(scale.max)) must be greater than min (\(scale.min))", at: node)
            return nil
        }
        return scale
    }

    static func decodeCompetency(
        _ node: Node, scale: RatingScale, reader: inout YAMLReader, sources: inout RoleProfileSourceMap
    ) -> Competency? {
        guard let pairs = reader.mapping(node, "a competency", known: competencyKeys) else { return nil }
        let id = reader.requiredString(pairs, "id", in: "a competency", parent: node)
        let name = reader.requiredString(pairs, "name", in: "a competency", parent: node)
        var kind: CompetencyKind?
        if let kindNode = pairs["kind"]?.value, let text = reader.string(kindNode, "kind") {
            kind = CompetencyKind(rawValue: text)
            if kind == nil { reader.error("kind '\(text)' must be one of skill, knowledge, attitude", at: kindNode) }
        } else if pairs["kind"] == nil {
            reader.error("missing required key 'kind' in a competency (skill, knowledge or attitude)", at: node)
        }
        var weight = 1.0
        if let weightNode = pairs["weight"]?.value, let value = reader.number(weightNode, "weight") {
            weight = value
            if value <= 0 { reader.error("weight must be greater than 0, not \(value.plainText)", at: weightNode) }
        }
        var mustHave: Double?
        if let mustNode = pairs["must_have"]?.value, let value = reader.number(mustNode, "must_have") {
            mustHave = value
            if !scale.contains(value) {
                reader.error("must_have \(value.plainText) is outside the scale \(scale.min)..\(scale.max)", at: mustNode)
            }
        }
        var anchors: [Int: String] = [:]
        if let anchorsNode = pairs["anchors"]?.value {
            if case .mapping(let mapping) = anchorsNode {
                for (key, value) in mapping {
                    guard let level = reader.int(key, "anchor level") else { continue }
                    if !scale.levels.contains(level) {
                        reader.error("anchor level \(level) is outside the scale \(scale.min)..\(scale.max)", at: key)
                    } else if anchors[level] != nil {
                        reader.error("duplicate anchor level \(level)", at: key)
                    } else if let text = reader.string(value, "anchors") {
                        anchors[level] = text
                    }
                }
            } else {
                reader.error("'anchors' must map each level of the scale to the behaviour that earns it", at: anchorsNode)
            }
        }
        let questions = pairs["questions"].map { reader.strings($0.value, "questions", limit: RoleProfileLimits.questions).map(\.0) } ?? []
        if let id { sources.competencyIDs.append((id, pairs["id"]?.value ?? node)) }
        guard let id, let name, let kind else { return nil }
        if !Identifier.isValid(id) {
            reader.error("competency id '\(id)' must be lowercase letters, digits, dashes or underscores", at: pairs["id"]?.value)
        }
        sources.competencies.append((id, pairs["id"]?.value ?? node, node))
        if let mustNode = pairs["must_have"]?.value { sources.mustHaves[id] = mustNode }
        return Competency(
            id: id, name: name, kind: kind, weight: weight, mustHave: mustHave,
            description: reader.optionalString(pairs, "description"), anchors: anchors, questions: questions)
    }

    static func decodeRound(_ node: Node, reader: inout YAMLReader, sources: inout RoleProfileSourceMap) -> InterviewRound? {
        guard let pairs = reader.mapping(node, "an interview round", known: roundKeys) else { return nil }
        let id = reader.requiredString(pairs, "id", in: "an interview round", parent: node)
        let name = reader.optionalString(pairs, "name")
        var focus: [(String, Node)] = []
        if let focusNode = pairs["focus"]?.value {
            focus = reader.strings(focusNode, "focus")
            if focus.isEmpty { reader.error("an interview round must focus on at least one competency", at: focusNode) }
        } else {
            reader.error("missing required key 'focus' in an interview round", at: node)
        }
        let questions = pairs["questions"].map { reader.strings($0.value, "questions", limit: RoleProfileLimits.questions).map(\.0) } ?? []
        guard let id else { return nil }
        sources.rounds.append((id, pairs["id"]?.value ?? node))
        sources.focus += focus.map { ($0.0, $0.1) }
        return InterviewRound(id: id, name: name ?? id, focus: focus.map(\.0), questions: questions)
    }

    static func decodeOnboarding(_ node: Node, reader: inout YAMLReader, sources: inout RoleProfileSourceMap) -> OnboardingPlan {
        guard let pairs = reader.mapping(node, "onboarding", known: onboardingKeys) else { return OnboardingPlan() }
        var plan = OnboardingPlan()
        if let value = pairs["business_days"].flatMap({ reader.bool($0.value, "business_days") }) { plan.businessDays = value }
        if let listNode = pairs["milestones"]?.value, let items = reader.sequence(listNode, "milestones") {
            for item in reader.bounded(items, "milestones", at: listNode, limit: RoleProfileLimits.milestones) {
                if let milestone = decodeMilestone(item, reader: &reader, sources: &sources) { plan.milestones.append(milestone) }
            }
        }
        return plan
    }

    /// The `checkin:` list: each question's id and wording, ids unique.
    static func decodeCheckIn(_ node: Node, reader: inout YAMLReader) -> [CheckInQuestion]? {
        guard let items = reader.sequence(node, "checkin") else { return nil }
        if items.isEmpty {
            reader.error("'checkin' needs at least one question; leave the key out for the default monthly review", at: node)
            return nil
        }
        var questions: [CheckInQuestion] = []
        for item in reader.bounded(items, "checkin", at: node, limit: RoleProfileLimits.questions) {
            guard let pairs = reader.mapping(item, "a check-in question", known: checkInKeys) else { continue }
            let id = reader.requiredString(pairs, "id", in: "a check-in question", parent: item)
            let question = reader.requiredString(pairs, "question", in: "a check-in question", parent: item)
            guard let id, let question else { continue }
            if !Identifier.isValid(id) {
                reader.error("check-in question id '\(id)' must be lowercase letters, digits, dashes or underscores", at: pairs["id"]?.value)
            } else if questions.contains(where: { $0.id == id }) {
                reader.error("duplicate check-in question id '\(id)'", at: pairs["id"]?.value)
            } else {
                questions.append(CheckInQuestion(id: id, question: question))
            }
        }
        return questions
    }

    static func decodeMilestone(_ node: Node, reader: inout YAMLReader, sources: inout RoleProfileSourceMap) -> Milestone? {
        guard let pairs = reader.mapping(node, "a milestone", known: milestoneKeys) else { return nil }
        let id = reader.requiredString(pairs, "id", in: "a milestone", parent: node)
        let title = reader.requiredString(pairs, "title", in: "a milestone", parent: node)
        var owner: MilestoneOwner?
        if let ownerNode = pairs["owner"]?.value, let text = reader.string(ownerNode, "owner") {
            owner = MilestoneOwner(rawValue: text)
            if owner == nil { reader.error("owner '\(text)' must be one of new_hire, mentor, manager, hr", at: ownerNode) }
        } else if pairs["owner"] == nil {
            reader.error("missing required key 'owner' in a milestone (new_hire, mentor, manager or hr)", at: node)
        }
        var dueDay: Int?
        if let dueNode = pairs["due_day"]?.value, let value = reader.int(dueNode, "due_day") {
            dueDay = value
            if value < 0 { reader.error("due_day must be 0 or more (days after the start date)", at: dueNode) }
            if value > RoleProfileLimits.dueDay {
                reader.error("due_day must be at most \(RoleProfileLimits.dueDay) (days after the start date)", at: dueNode)
            }
        } else if pairs["due_day"] == nil {
            reader.error("missing required key 'due_day' in a milestone", at: node)
        }
        let competencies = pairs["competencies"].map { reader.strings($0.value, "competencies") } ?? []
        let after = pairs["after"].map { reader.strings($0.value, "after") } ?? []
        guard let id, let title, let owner, let dueDay else { return nil }
        sources.milestones.append((id, pairs["id"]?.value ?? node))
        sources.milestoneCompetencies += competencies
        sources.milestoneAfter += after.map { (milestone: id, after: $0.0, node: $0.1) }
        return Milestone(
            id: id, title: title, owner: owner, dueDay: dueDay, competencies: competencies.map(\.0),
            after: after.map(\.0), description: reader.optionalString(pairs, "description"))
    }

}

/// Where the parts of a profile were written, so cross-reference errors can point at them.
struct RoleProfileSourceMap {
    var root: Node?
    var scale: Node?
    var competencies: [(id: String, idNode: Node, node: Node)] = []
    /// Every competency id written, including those of competencies with other errors.
    var competencyIDs: [(id: String, node: Node)] = []
    var mustHaves: [String: Node] = [:]
    var rounds: [(id: String, node: Node)] = []
    var focus: [(id: String, node: Node)] = []
    var milestones: [(id: String, node: Node)] = []
    var milestoneCompetencies: [(id: String, node: Node)] = []
    var milestoneAfter: [(milestone: String, after: String, node: Node)] = []
}
