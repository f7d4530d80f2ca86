/// A small HR-XML 2.x feed for tests, one `<Candidate>` per line: record `i` (from 0) is on
/// line ``firstRecordLine`` + i. A record without name and email is one the importer rejects.
public enum SmallFeed {
    /// The line of the first record.
    public static let firstRecordLine = 5

    /// The feed's text; `records` are (name, email) pairs, `nil` for both makes a bad record.
    public static func hrxml2(_ records: [(name: String, email: String)?], source: String = "test-feed") -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<Envelope xmlns="http://ns.hr-xml.org/2004-08-02" version="2004-08-02">"#,
            "<Sender><Id>\(source)</Id></Sender>",
            "<Packet><Payload>",
        ]
        for (index, record) in records.enumerated() {
            let id = "<CandidateRecordInfo><Id idOwner=\"\(source)\"><IdValue>T-\(index)</IdValue></Id></CandidateRecordInfo>"
            let personal =
                record.map {
                    "<PersonName><FormattedName>\($0.name)</FormattedName></PersonName><ContactMethod><InternetEmailAddress>\($0.email)</InternetEmailAddress></ContactMethod>"
                } ?? "<ContactMethod><Telephone><FormattedNumber>+49 30 5550 1234</FormattedNumber></Telephone></ContactMethod>"
            lines.append("<Candidate>\(id)<CandidateProfile><PersonalData>\(personal)</PersonalData></CandidateProfile></Candidate>")
        }
        lines += ["</Payload></Packet>", "</Envelope>", ""]
        return lines.joined(separator: "\n")
    }
}
