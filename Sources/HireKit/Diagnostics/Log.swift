import Logging

/// The library's loggers. Messages carry ids, counts and timings, never personal data
/// (names, emails, notes); the CLI decides where they go (`HIRE_LOG_LEVEL`, default warning).
enum Log {
    static let workspace = Logger(label: "hire.workspace")
    static let onboarding = Logger(label: "hire.onboarding")
}
