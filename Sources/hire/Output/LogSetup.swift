import Foundation
import Logging

/// Sends the library's log messages to stderr at the level in `HIRE_LOG_LEVEL` (default `warning`).
enum LogSetup {
    static func bootstrap() {
        let name = ProcessInfo.processInfo.environment["HIRE_LOG_LEVEL"]?.lowercased() ?? ""
        let level = Logger.Level(rawValue: name) ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
