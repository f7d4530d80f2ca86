/// What the importer does when an element starts, at a place in a record.
enum StartAction: UInt8 {
    case none
    /// `idOwner` / `schemeAgencyID` attribute: who issued the record id.
    case issuerAttribute
    /// `relationship` attribute of a supplier.
    case supplierAttributes
    case beginEmployer
    /// A position; `currentEmployer="true"` marks it current.
    case beginPosition
    case beginSchool
    case beginDegree
    /// A competency; its `name` attribute names it.
    case beginCompetency
    /// `id` attribute of `CompetencyId`.
    case competencyIdAttribute
    /// `id` / `description` attributes of `TaxonomyId`.
    case taxonomyAttributes
    case beginEvidence
    case beginWeight
    /// `minValue` / `maxValue` / `description` attributes of a numeric value.
    case measureAttributes
    case beginCommunication
    /// A telephone number given whole (`FormattedNumber`) or in parts.
    case beginTelephone
}

/// What the importer does with an element's text when it ends.
enum EndAction: UInt8 {
    case none
    case externalId
    case issuer
    case formattedName
    case givenName
    case familyName
    case email
    case phone
    case city
    case region
    case country
    case appliedPosition
    case supplierName
    case supplierRelationship
    case employer
    case positionTitle
    case startDate
    case endDate
    case currentFlag
    case endPosition
    case endEmployer
    case school
    case degree
    case major
    case degreeDate
    case endDegree
    case endSchool
    case competencyName
    case competencyId
    case taxonomy
    case endCompetency
    case evidenceName
    case endEvidence
    case endWeight
    case numericValue
    case stringValue
    case minValue
    case maxValue
    case channelCode
    case channelValue
    case endCommunication
    /// Parts of a telephone number without a `FormattedNumber`.
    case phoneCountryCode
    case phoneAreaCode
    case phoneSubscriber
    case phoneExtension
    case endTelephone
    /// When a school's attendance ended: the date of its degrees that give none.
    case attendanceEndDate
}

/// The element tree a format's records may hold, as a graph of nodes joined by element names.
///
/// Elements the grammar does not accept are skipped whole and counted as unmodelled.
/// Names are matched by local name; prefixes and namespaces inside a record are ignored,
/// so vendor extensions (which live under `UserArea`) are skipped.
struct FeedGrammar: Sendable {
    struct Node: Sendable {
        var start: StartAction = .none
        var end: EndAction = .none
        /// Whether the element's text is needed.
        var capturesText = false
    }

    /// The element names all grammars know, by tag number.
    let tagNames: [String]
    let tagsByName: [String: Int32]
    let nodes: [Node]
    /// `transitions[node * tagCount + tag]`: the child node, or -1.
    let transitions: [Int32]
    /// The root node for each format's record element names (see `rootKey`).
    let roots: [String: Int32]

    static func rootKey(_ format: FeedFormat, _ name: String) -> String { "\(format.rawValue):\(name)" }

    /// The grammar of every supported format.
    static let standard: FeedGrammar = {
        let builder = FeedGrammarBuilder()
        builder.addHRXML2()
        builder.addHRXML3()
        builder.addHROpen()
        return builder.build()
    }()

    var tagCount: Int { tagNames.count }

    @inline(__always)
    func child(of node: Int32, tag: Int32) -> Int32 {
        transitions[Int(node) * tagNames.count + Int(tag)]
    }

    @inline(__always)
    func node(_ index: Int32) -> Node { nodes[Int(index)] }
}

/// Builds a `FeedGrammar` from paths: `builder.add(root, "PersonName/GivenName", end: .givenName)`.
final class FeedGrammarBuilder {
    private var tagNames: [String] = []
    private var tagsByName: [String: Int32] = [:]
    private var nodes: [FeedGrammar.Node] = []
    private var edges: [Int32: [Int32: Int32]] = [:]
    private var roots: [String: Int32] = [:]

    func tag(_ name: String) -> Int32 {
        if let tag = tagsByName[name] { return tag }
        let tag = Int32(tagNames.count)
        tagNames.append(name)
        tagsByName[name] = tag
        return tag
    }

    private func newNode() -> Int32 {
        nodes.append(FeedGrammar.Node())
        return Int32(nodes.count - 1)
    }

    /// A record root for the record element `name` of `format`.
    func root(_ format: FeedFormat, _ name: String, start: StartAction = .none, end: EndAction = .none) -> Int32 {
        let node = newNode()
        nodes[Int(node)].start = start
        nodes[Int(node)].end = end
        roots[FeedGrammar.rootKey(format, name)] = node
        return node
    }

    /// Adds `path` (slash-separated element names) below `from`, reusing existing steps, and
    /// sets the actions of its last node. Returns the last node.
    @discardableResult
    func add(_ from: Int32, _ path: String, start: StartAction = .none, end: EndAction = .none) -> Int32 {
        var current = from
        for name in path.split(separator: "/") {
            let tag = tag(String(name))
            if let next = edges[current]?[tag] {
                current = next
            } else {
                let next = newNode()
                edges[current, default: [:]][tag] = next
                current = next
            }
        }
        if start != .none { nodes[Int(current)].start = start }
        if end != .none {
            nodes[Int(current)].end = end
            nodes[Int(current)].capturesText = Self.capturing.contains(end)
        }
        return current
    }

    /// Adds the same `path` and actions below each of `froms`.
    func add(_ froms: [Int32], _ path: String, start: StartAction = .none, end: EndAction = .none) {
        for from in froms { add(from, path, start: start, end: end) }
    }

    /// Lets `name` under `from` lead to `to` (for recursive elements such as nested competencies).
    func link(_ from: Int32, _ name: String, to: Int32) {
        edges[from, default: [:]][tag(name)] = to
    }

    /// End actions that read the element's text (the others only close a structure).
    private static let capturing: Set<EndAction> = [
        .externalId, .issuer, .formattedName, .givenName, .familyName, .email, .phone, .city, .region, .country,
        .appliedPosition, .supplierName, .supplierRelationship, .employer, .positionTitle, .startDate, .endDate,
        .currentFlag, .school, .degree, .major, .degreeDate, .competencyName, .competencyId, .taxonomy, .evidenceName,
        .numericValue, .stringValue, .minValue, .maxValue, .channelCode, .channelValue,
        .phoneCountryCode, .phoneAreaCode, .phoneSubscriber, .phoneExtension, .attendanceEndDate,
    ]

    func build() -> FeedGrammar {
        let count = tagNames.count
        var transitions = [Int32](repeating: -1, count: nodes.count * count)
        for (from, children) in edges {
            for (tag, to) in children { transitions[Int(from) * count + Int(tag)] = to }
        }
        return FeedGrammar(tagNames: tagNames, tagsByName: tagsByName, nodes: nodes, transitions: transitions, roots: roots)
    }
}
