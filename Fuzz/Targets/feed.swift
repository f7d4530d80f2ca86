// libFuzzer target: the applicant-feed reader (libxml2 SAX streaming, format detection, the
// HR-XML 2.x / 3.x / HR Open mappings into ApplicantRecord), then the whole import writing into a
// workspace in a temporary file (the checkpointer opens a second connection by path, so not in
// memory). Built by Fuzz/run.sh together with the HireKit sources. The reader takes a path, so
// each input goes through one scratch file.
import Foundation
import GRDB

private let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("hire-fuzz-feed-\(getpid()).xml").path

@_cdecl("LLVMFuzzerTestOneInput")
public func feedFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes: data, count: size)) else { fatalError("cannot write \(scratch)") }
    var records = 0
    let result = try? FeedReader(path: scratch, displayName: "fuzz.xml").read { item in
        records += 1
        // Every record is usable or explains why not; its raw XML is bounded.
        _ = item.record
        if item.raw.utf8.count > 1024 * 1024 + 4096 { fatalError("raw record beyond the reader's limit") }
    }
    if let result, result.records < records { fatalError("reported \(result.records) records, delivered \(records)") }
    // Memory is flat inside and outside records alike: no more than the raw limit's blocks are
    // held (gzip inputs, such as the seed Tests/Fixtures/feeds/between-records.xml.gz, reach it).
    if let result, result.blocksHeldPeak > 1024 * 1024 / FeedBlock.size + 3 { fatalError("held \(result.blocksHeldPeak) blocks") }
    importIntoWorkspace(records: records)
    return 0
}

private let workspaceFolder = FileManager.default.temporaryDirectory.appendingPathComponent("hire-fuzz-ws-\(getpid())").path
nonisolated(unsafe) private var workspace: Workspace?
nonisolated(unsafe) private var imports = 0

/// Imports the scratch feed: the import either succeeds, accounting for every record it read, or
/// fails with a HireError; every 100 imports the database passes `PRAGMA integrity_check`, and
/// every 500 the workspace starts afresh (so it stays small).
private func importIntoWorkspace(records: Int) {
    if workspace == nil || imports % 500 == 0 {
        workspace = nil
        try? FileManager.default.removeItem(atPath: workspaceFolder)
        try! FileManager.default.createDirectory(atPath: workspaceFolder, withIntermediateDirectories: true)
        workspace = try! Workspace.create(at: workspaceFolder + "/fuzz.sqlite")
    }
    imports += 1
    do {
        let summary = try workspace!.imports.run([scratch], options: ImportOptions(actor: "fuzz"))
        let file = summary.files[0]
        let accounted = file.imported + file.updated + file.unchanged + file.merged + file.rejected
        if file.error == nil && accounted != records { fatalError("read \(records) records, accounted for \(accounted)") }
    } catch is HireError {
    } catch {
        fatalError("import failed with \(error)")
    }
    if imports % 100 == 0 {
        let check = try! workspace!.reader.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        if check != "ok" { fatalError("integrity_check: \(check ?? "nil")") }
    }
}
