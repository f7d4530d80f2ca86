import Foundation
import Logging

/// The library's loggers. Messages carry ids, counts and timings, never personal data
/// (names, emails, notes); the CLI decides where they go (`HIRE_LOG_LEVEL`, default warning).
enum Log {
    static let workspace = Logger(label: "hire.workspace")
    static let onboarding = Logger(label: "hire.onboarding")
    static let `import` = Logger(label: "hire.import")
}

/// CPU seconds the calling thread has used so far (for timings in debug logs).
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
