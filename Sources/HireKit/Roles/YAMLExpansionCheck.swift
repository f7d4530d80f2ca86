import CYaml

/// Checks what a YAML document expands to before it is composed into nodes, on libyaml's
/// events: the text once aliases are expanded (each anchor's size is summed once, then reused
/// for every alias of it), the length of each value, keys that are not plain values, and
/// duplicate keys, each at its own line and column.
///
/// Composing is not safe before this check: Yams hashes every mapping key, so a key aliasing
/// a nested list is hashed as its whole expansion (exponential in the nesting), and a duplicate
/// key is reported at the first occurrence with the whole document as context.
/// The check stops at the first value beyond `maxExpanded`, so its time is linear in the
/// document as written, whatever the aliases would expand to. Syntax errors are left to the
/// composer, which reports them.
struct YAMLExpansionCheck {
    let file: String
    var maxExpanded = RoleProfileLimits.expandedBytes
    var maxValue = RoleProfileLimits.valueBytes

    private struct Anchored {
        var size: Int
        /// The text of an anchored scalar, to compare keys that alias it.
        var scalar: String?
    }

    private struct Frame {
        var isMapping: Bool
        var anchor: String?
        /// `expanded` when the collection started.
        var start: Int
        var expectingKey = true
        /// The keys met so far, with where each was written.
        var keys: [String: (line: Int, column: Int)] = [:]
    }

    /// The problems found, empty if the document may be composed.
    func run(_ yaml: String) -> [Diagnostic] {
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return [] }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            return walk(&parser)
        }
    }

    private func walk(_ parser: inout yaml_parser_t) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var anchors: [String: Anchored] = [:]
        var frames: [Frame] = []
        var expanded = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return diagnostics }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            func error(_ message: String) { diagnostics.append(Diagnostic(.error, message, file: file, line: line, column: column)) }

            let isKey = frames.last.map { $0.isMapping && $0.expectingKey } ?? false
            var cost = 0
            var keyText: String?
            var completes = false
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return diagnostics
            case YAML_DOCUMENT_START_EVENT:
                anchors.removeAll()
                frames.removeAll()
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let length = Int(scalar.length)
                cost = length + 1
                completes = true
                if length > maxValue {
                    error("a value of \(length) bytes; at most \(RoleProfileLimits.size(maxValue)) per value")
                }
                let anchor = Self.string(scalar.anchor)
                if isKey || anchor != nil {
                    let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: min(length, maxValue)), as: UTF8.self)
                    if isKey { keyText = value }
                    if let anchor { anchors[anchor] = Anchored(size: cost, scalar: value) }
                }
            case YAML_ALIAS_EVENT:
                guard let name = Self.string(event.data.alias.anchor), let anchored = anchors[name] else {
                    return diagnostics  // an undefined alias: the composer reports it
                }
                cost = anchored.size
                completes = true
                if isKey {
                    guard let scalar = anchored.scalar else {
                        error("a key must be a plain value, not an alias of a list or mapping")
                        return diagnostics
                    }
                    keyText = scalar
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if isKey {
                    error("a key must be a plain value, not a list or mapping")
                    return diagnostics
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = Self.string(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                cost = 1
                frames.append(Frame(isMapping: isMapping, anchor: anchor, start: expanded))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = frames.popLast() else { return diagnostics }
                if let anchor = frame.anchor { anchors[anchor] = Anchored(size: expanded - frame.start, scalar: nil) }
                completes = true
            default:
                break
            }
            expanded += cost
            if expanded > maxExpanded {
                error("the document would expand to more than \(RoleProfileLimits.size(maxExpanded)) of text once its aliases are expanded, the most a role profile may hold")
                return diagnostics
            }
            if let keyText, !frames.isEmpty {
                if let first = frames[frames.count - 1].keys[keyText] {
                    error("duplicate key '\(Self.abridged(keyText))' (first at \(first.line):\(first.column))")
                } else {
                    frames[frames.count - 1].keys[keyText] = (line, column)
                }
            }
            if completes, !frames.isEmpty, frames[frames.count - 1].isMapping { frames[frames.count - 1].expectingKey.toggle() }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func abridged(_ key: String) -> String {
        key.count > 60 ? key.prefix(60) + "..." : key
    }
}
