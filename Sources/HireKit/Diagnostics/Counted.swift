/// A count with its noun in the right number: "1 round", "2 rounds", "0 errors". For every
/// front end's messages, so none says "round(s)".
public enum Counted {
    public static func text(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
