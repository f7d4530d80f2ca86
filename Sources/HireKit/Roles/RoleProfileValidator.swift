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
        message += Suggestion.didYouMean(id, in: known.sorted())
        return message
    }

    private static func reportDuplicates(_ entries: [(id: String, node: Node)], _ what: String, reader: inout YAMLReader) {
        var seen: Set<String> = []
        for (id, node) in entries where !seen.insert(id).inserted {
            reader.error("duplicate \(what) id '\(id)'", at: node)
        }
    }

    /// The most cycles reported for one profile, and the most members named in one.
    static let reportedCycles = 20
    static let namedMembers = 20

    /// Reports milestones that depend on themselves through their `after` chains, naming each
    /// cycle's members. An iterative depth-first search: time and memory linear in the
    /// milestones and their `after` references, however long the chains.
    private static func reportCycles(_ milestones: [Milestone], sources: RoleProfileSourceMap, reader: inout YAMLReader) {
        var index: [String: Int] = [:]
        for (position, milestone) in milestones.enumerated() where index[milestone.id] == nil { index[milestone.id] = position }
        let after = milestones.map { milestone in
            var seen: Set<Int> = []
            return milestone.after.compactMap { index[$0] }.filter { seen.insert($0).inserted }
        }
        var nodes: [String: Node] = [:]
        for entry in sources.milestones where nodes[entry.id] == nil { nodes[entry.id] = entry.node }

        enum State { case new, visiting, done }
        var state = [State](repeating: .new, count: milestones.count)
        /// Where each milestone being visited is on `stack`.
        var depth = [Int](repeating: -1, count: milestones.count)
        var stack: [(milestone: Int, next: Int)] = []
        var reported = 0
        for root in milestones.indices where state[root] == .new && index[milestones[root].id] == root {
            stack.append((root, 0))
            state[root] = .visiting
            depth[root] = 0
            while let top = stack.last {
                let edges = after[top.milestone]
                guard top.next < edges.count else {
                    state[top.milestone] = .done
                    depth[top.milestone] = -1
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let next = edges[top.next]
                switch state[next] {
                case .done: continue
                case .new:
                    state[next] = .visiting
                    depth[next] = stack.count
                    stack.append((next, 0))
                case .visiting:
                    guard reported < reportedCycles else { continue }
                    reported += 1
                    let members = stack[depth[next]...].map { milestones[$0.milestone].id }
                    let id = milestones[next].id
                    reader.error("milestone dependency cycle: \(cycleText(members + [id]))", at: nodes[id])
                }
            }
        }
    }

    /// `a -> b -> a`, naming at most `namedMembers` milestones of a long cycle.
    private static func cycleText(_ ids: [String]) -> String {
        guard ids.count > namedMembers + 1 else { return ids.joined(separator: " -> ") }
        let shown = ids.prefix(namedMembers / 2) + ["..."] + ids.suffix(namedMembers / 2)
        return shown.joined(separator: " -> ") + " (\(ids.count - 1) milestones)"
    }
}
