import HireKit

/// The exit codes `hire` uses; scripts depend on them.
enum ExitStatus {
    /// Everything worked.
    static let success: Int32 = 0
    /// The command failed; nothing was changed.
    static let failure: Int32 = 1
    /// Partly done: an import kept the good records and set some aside.
    static let partial: Int32 = 2
    /// The workspace is missing, not a workspace, or too new.
    static let workspace: Int32 = 3
    /// `hire remind --send`: messages were due and none could be sent.
    static let noneSent: Int32 = 4

    static func code(for error: HireError) -> Int32 {
        error.kind == .workspace ? workspace : failure
    }
}
