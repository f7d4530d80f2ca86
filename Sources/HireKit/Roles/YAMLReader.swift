import Foundation
import Yams

/// Reads typed values out of a composed YAML node tree, collecting a diagnostic for
/// every problem instead of stopping at the first.
struct YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether a list was longer than its limit (and only its first items read).
    private(set) var truncated = false

    init(file: String) { self.file = file }

    mutating func error(_ message: String, at node: Node?) {
        diagnostics.append(Diagnostic(.error, message, file: file, line: node?.mark?.line, column: node?.mark?.column))
    }

    mutating func warning(_ message: String, at node: Node?) {
        diagnostics.append(Diagnostic(.warning, message, file: file, line: node?.mark?.line, column: node?.mark?.column))
    }

    /// The pairs of a mapping, reporting unknown and duplicated keys; `nil` (with an error) if `node` is not a mapping.
    mutating func mapping(_ node: Node, _ what: String, known: [String]) -> [String: (key: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping of keys to values", at: node)
            return nil
        }
        var pairs: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error("\(what) has a key that is not a plain name", at: key)
                continue
            }
            if pairs[name] != nil {
                error("duplicate key '\(name)' in \(what)", at: key)
                continue
            }
            if !known.contains(name) {
                var message = "unknown key '\(name)' in \(what)"
                message += Suggestion.didYouMean(name, in: known)
                error(message, at: key)
                continue
            }
            pairs[name] = (key, value)
        }
        return pairs
    }

    /// A required string value, reporting it missing at `parent`.
    mutating func requiredString(_ pairs: [String: (key: Node, value: Node)], _ key: String, in what: String, parent: Node) -> String? {
        guard let pair = pairs[key] else {
            error("missing required key '\(key)' in \(what)", at: parent)
            return nil
        }
        return string(pair.value, key)
    }

    mutating func string(_ node: Node, _ key: String) -> String? {
        guard let scalar = node.scalar else {
            error("'\(key)' must be text", at: node)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            error("'\(key)' must not be empty", at: node)
            return nil
        }
        return text
    }

    mutating func optionalString(_ pairs: [String: (key: Node, value: Node)], _ key: String) -> String? {
        guard let node = pairs[key]?.value else { return nil }
        if node.isNull { return nil }
        return string(node, key)
    }

    mutating func int(_ node: Node, _ key: String) -> Int? {
        guard let scalar = node.scalar, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            error("'\(key)' must be a whole number", at: node)
            return nil
        }
        return value
    }

    mutating func number(_ node: Node, _ key: String) -> Double? {
        guard let scalar = node.scalar, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)),
            value.isFinite
        else {
            error("'\(key)' must be a number", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, _ key: String) -> Bool? {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("'\(key)' must be true or false", at: node)
            return nil
        }
    }

    /// The items of a sequence (an empty one for `null`); `nil` with an error for anything else.
    mutating func sequence(_ node: Node, _ key: String) -> [Node]? {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar where node.isNull: return []
        default:
            error("'\(key)' must be a list", at: node)
            return nil
        }
    }

    /// A list of strings, each with its node for locating later problems; at most `limit` of them.
    mutating func strings(_ node: Node, _ key: String, limit: Int = .max) -> [(String, Node)] {
        guard let items = sequence(node, key) else { return [] }
        return bounded(items, key, at: node, limit: limit).compactMap { item in string(item, key).map { ($0, item) } }
    }

    /// The first `limit` items of a list, reporting a longer list at `node`.
    mutating func bounded(_ items: [Node], _ key: String, at node: Node, limit: Int) -> ArraySlice<Node> {
        if items.count > limit {
            error("'\(key)' has \(items.count) items; at most \(limit)", at: node)
            truncated = true
        }
        return items.prefix(limit)
    }
}

extension Node {
    /// A compact location for messages, `line:column`.
    var location: (line: Int, column: Int)? { mark.map { ($0.line, $0.column) } }

    /// Whether the node is an empty or explicit YAML null (`~`, `null`).
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.string.isEmpty else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
