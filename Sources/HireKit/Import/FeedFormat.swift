/// The applicant feed formats Hire reads.
public enum FeedFormat: String, Sendable, Codable, CaseIterable {
    /// HR-XML 2.x `Candidate` and `Resume`, any dated namespace, the undated one, or none.
    case hrxml2
    /// HR-XML 3.x `Candidate`, bare or inside an OAGIS message's `DataArea`; also the Europass
    /// `Candidate` (namespace `http://www.europass.eu/1.0`), which is HR-XML 3 with `hr:`, `oa:`
    /// and `eures:` elements.
    case hrxml3
    /// HR Open Standards 4.x XML `Candidate` (lowerCamelCase, arrays as `<item>`).
    case hropen

    /// A readable name for summaries.
    public var title: String {
        switch self {
        case .hrxml2: "HR-XML 2.x"
        case .hrxml3: "HR-XML 3.x"
        case .hropen: "HR Open 4.x"
        }
    }

    /// The format a record element belongs to, from its local name and namespace URI,
    /// or `nil` if the element does not start a record.
    ///
    /// With `forced`, any element of a record name starts a record of that format.
    public static func record(localName: String, namespace: String?, forced: FeedFormat? = nil) -> FeedFormat? {
        if let forced {
            switch forced {
            case .hrxml2: return localName == "Candidate" || localName == "Resume" ? forced : nil
            case .hrxml3: return localName == "Candidate" ? forced : nil
            case .hropen: return localName == "Candidate" || localName == "candidate" ? forced : nil
            }
        }
        let ns = namespace ?? ""
        if ns.isEmpty || ns.hasPrefix("http://ns.hr-xml.org") {
            return localName == "Candidate" || localName == "Resume" ? .hrxml2 : nil
        }
        if ns.hasPrefix("http://www.hr-xml.org/3") || ns.hasPrefix("http://www.europass.eu/") {
            return localName == "Candidate" ? .hrxml3 : nil
        }
        if ns.contains("hropenstandards.org") {
            return localName == "Candidate" || localName == "candidate" ? .hropen : nil
        }
        return nil
    }
}
