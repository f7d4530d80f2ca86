import Foundation

/// Who is making a change, recorded with every write.
public enum Actor {
    /// The operating-system user running Hire, the default for `--by`.
    public static var current: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }
}
