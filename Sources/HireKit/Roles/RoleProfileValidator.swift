import Yams

/// The rules that tie the parts of a role profile together: unique ids, references to
/// known competencies and milestones, must-haves that some round assesses, anchors for
/// every level, and milestone dependencies without cycles.
enum RoleProfileValidator {
    static func validate(_ profile: RoleProfile, sources: RoleProfileSourceMap, file: String) -> [Diagnostic] {
        var reader = YAMLReader(file: file)
        let competencyIDs = Set(profile.competencies.map(\.id))
        reportDuplicates(sources.competencyIDs, "competency", reader: &reader)
        reportDuplicates(sources.rounds, "interview round", reader: &reader)
        reportDuplicates(sources.milestones, "milestone", reader: &reader)

        for (id, node) in sources.focus where !competencyIDs.contains(id) {
            reader.error(unknown("competency", id, known: competencyIDs), at: node)
        }
        for (id, node) in sources.milestoneCompetencies where !competencyIDs.contains(id) {
            reader.error(unknown("competency", id, known: competencyIDs), at: node)
        }
        let milestoneIDs = Set(profile.onboarding.milestones.map(\.id))
        for reference in sources.milestoneAfter where !milestoneIDs.contains(reference.after) {
            reader.error(unknown("milestone", reference.after, known: milestoneIDs), at: reference.node)
        }

        let assessed = Set(profile.interviewPlan.flatMap(\.focus))
        var checked: Set<String> = []
        for entry in sources.competencies where checked.insert(entry.id).inserted {
            guard let competency = profile.competency(entry.id), !assessed.contains(entry.id) else { continue }
            if competency.mustHave != nil {
                reader.error(
                    "must-have competency '\(entry.id)' is not assessed by any interview round; add it to a round's focus",
                    at: sources.mustHaves[entry.id] ?? entry.idNode)
            } else {
                reader.warning("competency '\(entry.id)' is not assessed by any interview round", at: entry.idNode)
            }
        }
        var anchored: Set<String> = []
        for entry in sources.competencies where anchored.insert(entry.id).inserted {
            guard let competency = profile.competency(entry.id) else { continue }
            let missing = profile.scale.levels.filter { competency.anchors[$0] == nil }
            if missing.count == profile.scale.levels.count {
                reader.warning("competency '\(entry.id)' has no anchors: describe the behaviour that earns each level", at: entry.idNode)
            } else if !missing.isEmpty {
                let levels = missing.map(String.init).joined(separator: ", ")
                let noun = missing.count == 1 ? "level" : "levels"
                reader.warning("competency '\(entry.id)' has no anchor for \(noun) \(levels)", at: entry.idNode)
            }
        }
        reportCycles(profile.onboarding.milestones, sources: sources, reader: &reader)
        return reader.diagnostics
    }

    private static func unknown(_ what: String, _ id: String, known: Set<String>) -> String {
        var message = "unknown \(what) '\(id)'"
        if let guess = YAMLReader.closest(to: id, in: known.sorted()) { message += "; did you mean '\(guess)'?" }
        return message
    }

    private static func reportDuplicates(_ entries: [(id: String, node: Node)], _ what: String, reader: inout YAMLReader) {
        var seen: Set<String> = []
        for (id, node) in entries where !seen.insert(id).inserted {
            reader.error("duplicate \(what) id '\(id)'", at: node)
        }
    }

    /// Reports each milestone that depends on itself through its `after` chain, once per cycle.
    private static func reportCycles(_ milestones: [Milestone], sources: RoleProfileSourceMap, reader: inout YAMLReader) {
        let after = Dictionary(milestones.map { ($0.id, $0.after) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var reported: Set<String> = []
        func visit(_ id: String, path: [String]) {
            if state[id] == 2 { return }
            if state[id] == 1 {
                let cycle = Array(path[(path.firstIndex(of: id) ?? 0)...]) + [id]
                let key = Set(cycle).sorted().joined(separator: ",")
                if reported.insert(key).inserted {
                    let node = sources.milestones.first { $0.id == id }?.node
                    reader.error("milestone dependency cycle: \(cycle.joined(separator: " -> "))", at: node)
                }
                return
            }
            state[id] = 1
            for next in after[id] ?? [] where after[next] != nil { visit(next, path: path + [id]) }
            state[id] = 2
        }
        for milestone in milestones { visit(milestone.id, path: []) }
    }
}
