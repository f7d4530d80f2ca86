// libFuzzer target: the role-profile loader (YAML -> RoleProfile with line:column diagnostics).
// Built by Fuzz/run.sh together with the HireKit sources, so internal API is visible.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func roleProfileFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (profile, diagnostics) = RoleProfileParser.parse(text, file: "fuzz.yaml")
    // Invariants: a profile comes back only without errors and within RoleProfileLimits (alias
    // amplification is refused, never expanded: -timeout and -rss_limit_mb catch it); every
    // diagnostic is printable and points inside the input (line 0 = whole file).
    if profile != nil && diagnostics.contains(where: { $0.severity == .error }) { fatalError("profile returned with errors") }
    // YAML breaks lines at LF, CR, NEL, LS and PS.
    let breaks = Set("\n\r\u{85}\u{2028}\u{2029}".unicodeScalars)
    let lines = text.unicodeScalars.reduce(2) { breaks.contains($1) ? $0 + 1 : $0 }
    for diagnostic in diagnostics {
        _ = diagnostic.description
        if let line = diagnostic.line, line > lines { fatalError("diagnostic line \(line) beyond the input's \(lines) lines") }
    }
    if let profile {
        // A profile that loads stays within the limits, however its aliases expand.
        let strings = [profile.title] + profile.competencies.flatMap { [$0.name] + $0.questions + $0.anchors.values }
            + profile.interviewPlan.flatMap(\.questions) + profile.onboarding.milestones.map(\.title)
        if strings.contains(where: { $0.utf8.count > RoleProfileLimits.valueBytes }) { fatalError("a value over the limit loaded") }
        if strings.reduce(0, { $0 + $1.utf8.count }) > RoleProfileLimits.expandedBytes { fatalError("a profile over the limit loaded") }
        if profile.competencies.count > RoleProfileLimits.competencies || profile.interviewPlan.count > RoleProfileLimits.interviewRounds
            || profile.onboarding.milestones.count > RoleProfileLimits.milestones
            || profile.onboarding.milestones.contains(where: { $0.dueDay > RoleProfileLimits.dueDay })
        {
            fatalError("a list or due_day over its limit loaded")
        }
        _ = try? JSONEncoder().encode(profile)
    }
    return 0
}
