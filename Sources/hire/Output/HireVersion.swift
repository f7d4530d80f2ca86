/// The version `hire --version` reports.
enum HireVersion {
    static let current = "0.1.0"
}
