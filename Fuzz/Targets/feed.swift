// libFuzzer target: the applicant-feed reader (libxml2 SAX streaming, format detection, the
// HR-XML 2.x / 3.x / HR Open mappings into ApplicantRecord). Built by Fuzz/run.sh together with
// the HireKit sources. The reader takes a path, so each input goes through one scratch file.
import Foundation

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
    return 0
}
