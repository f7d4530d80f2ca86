// libFuzzer target: the role-profile loader (YAML -> RoleProfile with line:column diagnostics).
// Built by Fuzz/run.sh together with the HireKit sources, so internal API is visible.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func roleProfileFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (profile, diagnostics) = RoleProfileParser.parse(text, file: "fuzz.yaml")
    // Invariants: a profile comes back only without errors; every diagnostic is printable
    // and points inside the input (line 0 = whole file).
    if profile != nil && diagnostics.contains(where: { $0.severity == .error }) { fatalError("profile returned with errors") }
    // YAML breaks lines at LF, CR, NEL, LS and PS.
    let breaks = Set("\n\r\u{85}\u{2028}\u{2029}".unicodeScalars)
    let lines = text.unicodeScalars.reduce(2) { breaks.contains($1) ? $0 + 1 : $0 }
    for diagnostic in diagnostics {
        _ = diagnostic.description
        if let line = diagnostic.line, line > lines { fatalError("diagnostic line \(line) beyond the input's \(lines) lines") }
    }
    if let profile { _ = try? JSONEncoder().encode(profile) }
    return 0
}
