/// The most a role profile may hold. Profiles are written by people; these bounds keep a
/// hostile or broken file (alias amplification, generated lists) from costing unbounded time,
/// memory or workspace space, and are far beyond any real role.
public enum RoleProfileLimits {
    /// Bytes of text once aliases are expanded: every value's bytes plus one per value.
    public static let expandedBytes = 2 * 1024 * 1024
    /// Bytes of any one value (a key, a description, a question).
    public static let valueBytes = 64 * 1024
    public static let competencies = 200
    public static let interviewRounds = 50
    public static let milestones = 1_000
    /// Questions of one competency or one interview round.
    public static let questions = 50
    /// The latest a milestone may be due, in days after the start date (two years).
    public static let dueDay = 730

    /// `2 MB`, `64 KB`: a byte count as the limits are documented.
    static func size(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes / 1024) KB"
    }
}
