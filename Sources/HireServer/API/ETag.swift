import Hummingbird

/// Entity tags for records two people may change at once (a scorecard, a milestone): sent as
/// `ETag` on reads, required back as `If-Match` on writes, so a stale write is a 412 and never
/// a silent overwrite.
enum ETag {
    static func quoted(_ value: String) -> String { "\"\(value)\"" }

    /// The value of `If-Match` without quotes (a weak `W/` prefix is accepted); a missing one is
    /// a 428 problem.
    static func required(_ request: Request) throws -> String {
        guard let header = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces), !header.isEmpty else {
            throw Problem(.preconditionRequired, detail: "send the ETag you read as If-Match, so a change made meanwhile is not overwritten")
        }
        guard header.utf8.count <= 200 else { throw Problem(.unprocessableContent, detail: "If-Match is longer than any ETag this server gives") }
        var value = Substring(header)
        if value.hasPrefix("W/") { value = value.dropFirst(2) }
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
        return String(value)
    }
}
