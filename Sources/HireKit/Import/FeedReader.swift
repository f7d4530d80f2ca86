import Foundation

/// One record read from a feed: what was extracted, the record's XML as it appeared, and
/// why it cannot be used as it is (if so).
public struct FeedItem: Sendable {
    /// What was extracted, as the importer reads it.
    var parsed: ParsedRecord
    /// What was extracted.
    public var record: ApplicantRecord { parsed.applicantRecord }
    /// The record's bytes as they were in the feed, in `rawEncoding` (empty if `rawNote` says why).
    var rawBytes: RawBytes
    var rawEncoding: RawEncoding
    /// Why the record's XML was not kept (it was too long).
    var rawNote: String?
    /// A problem found while reading (a field too long), making the record a reject.
    public var problem: String?

    /// The record's XML, verbatim from the feed (or a note if it was too long to keep).
    /// Decoded on request: only rejected records need it.
    public var raw: String {
        if let rawNote { return rawNote }
        return rawEncoding.decode(rawBytes.array[...])
    }
}

/// How a feed's raw bytes become text.
enum RawEncoding: Sendable {
    case utf8, latin1, utf16LittleEndian, utf16BigEndian

    /// The encoding libxml2 detected or was told (`nil`: UTF-8).
    init(libxml2Name: String?) {
        guard let name = libxml2Name?.uppercased() else {
            self = .utf8
            return
        }
        if name.contains("8859-1") || name.contains("LATIN1") {
            self = .latin1
        } else if name.contains("UTF-16") || name.contains("UTF16") {
            self = name.contains("BE") ? .utf16BigEndian : .utf16LittleEndian
        } else {
            self = .utf8
        }
    }

    func decode(_ bytes: ArraySlice<UInt8>) -> String {
        switch self {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .latin1: return String(bytes.map { Character(Unicode.Scalar($0)) })
        case .utf16LittleEndian, .utf16BigEndian:
            return String(data: Data(bytes), encoding: self == .utf16BigEndian ? .utf16BigEndian : .utf16LittleEndian)
                ?? String(decoding: bytes, as: UTF8.self)
        }
    }
}

/// What reading a whole feed came to.
public struct FeedReadResult: Sendable {
    /// Uncompressed bytes of XML read.
    public var bytes: Int64 = 0
    /// The format of the first record, if any.
    public var format: FeedFormat?
    public var records = 0
    /// The document's root element, as `name` or `{namespace}name`: what a feed without records held.
    public var rootElement: String?
    /// Why the feed could not be read to its end: not well-formed, refused, unreadable.
    public var error: Diagnostic?
    /// The most blocks of the feed held at once, to check that memory stays flat.
    var blocksHeldPeak = 0
}

/// Streams applicant records out of an XML feed with libxml2's SAX2 push parser.
///
/// Memory stays flat: the file is fed in chunks, only the fields Hire keeps are turned into
/// strings, and only the XML of the record being read is held. The parser never loads DTDs or
/// external entities, never uses the network, and refuses documents that declare entities.
public struct FeedReader: Sendable {
    /// The file to read; `-` reads standard input. Gzip-compressed input is decompressed.
    public var path: String
    /// The name used in diagnostics.
    public var displayName: String
    /// A format to use whatever the namespaces say.
    public var forcedFormat: FeedFormat?
    /// The longest text kept for one field, in bytes; longer fields make the record a reject.
    public var fieldLimit = 16 * 1024
    /// The longest record whose XML is kept verbatim for the rejects area, in bytes.
    public var rawLimit = 1024 * 1024
    /// The most attributes one element may have; a document with more is refused there
    /// (libxml2 checks an element's attributes for duplicates in quadratic time).
    public var attributeLimit = 256

    public init(path: String, displayName: String? = nil, forcedFormat: FeedFormat? = nil) {
        self.path = path
        self.displayName = displayName ?? (path == "-" ? "<stdin>" : path)
        self.forcedFormat = forcedFormat
    }

    /// Progress after each chunk: compressed/raw bytes read so far, the total if known, records so far.
    public typealias Progress = (_ read: Int64, _ total: Int64?, _ records: Int) -> Void

    /// Reads the feed, handing each record to `onRecord` as soon as it is complete.
    ///
    /// Errors thrown by `onRecord` stop the reading and are rethrown. Problems with the
    /// document itself are returned in `FeedReadResult.error`, after the records before them.
    public func read(progress: Progress? = nil, onRecord: (FeedItem) throws -> Void) throws -> FeedReadResult {
        var total: Int64?
        if path != "-" {
            var info = stat()
            if stat(path, &info) == 0 {
                if (info.st_mode & S_IFMT) == S_IFDIR { throw HireError.io("\(displayName) is a folder, not a feed") }
                total = Int64(info.st_size)
            }
        }
        guard let file = FeedInputFile(path: path) else {
            throw HireError.io("cannot read \(displayName): \(String(cString: strerror(errno)))")
        }

        return try withoutActuallyEscaping(onRecord) { onRecord in
            let state = FeedParseState(reader: self, onRecord: onRecord)
            return try state.run(file: file, total: total, progress: progress)
        }
    }
}

/// The mutable state of one parse, which libxml2's callbacks (through `XMLStreamParser`) drive.
final class FeedParseState: XMLStreamHandler {
    let reader: FeedReader
    let onRecord: (FeedItem) throws -> Void
    let grammar = FeedGrammar.standard
    /// The parser, while `run` parses.
    @exclusivity(unchecked) var parser: XMLStreamParser!
    @exclusivity(unchecked) var result = FeedReadResult()

    // Names: libxml2 interns element names, so a name's identity identifies it for the parse.
    @exclusivity(unchecked) var tagCache = PointerTable()
    /// Names of unmodelled elements met so far, and where each is in `unmodelledNames`.
    @exclusivity(unchecked) var unmodelledIndex = PointerTable(capacity: 64)
    @exclusivity(unchecked) var unmodelledNames: [String] = []

    // The record being read.
    @exclusivity(unchecked) var inRecord = false
    @exclusivity(unchecked) var nodes: [Int32] = []
    @exclusivity(unchecked) var builder = RecordBuilder(line: 0, format: .hrxml2)
    /// The record's unmodelled elements: (index in `unmodelledNames`, count), in order met.
    @exclusivity(unchecked) var unmodelled: [(name: Int32, count: Int)] = []
    @exclusivity(unchecked) var skipDepth = 0
    @exclusivity(unchecked) var capturing = false
    @exclusivity(unchecked) var problem: String?
    @exclusivity(unchecked) var recordStart: Int64 = 0
    @exclusivity(unchecked) var rawOverflow = false
    /// The document's encoding, looked up at the first record's end.
    @exclusivity(unchecked) var rawEncoding: RawEncoding?

    // The feed as read, from the first block a record may still need to the one libxml2 is
    // reading, to keep each record verbatim.
    @exclusivity(unchecked) var blocks: [FeedBlock] = []
    @exclusivity(unchecked) var safeOffset: Int64 = 0

    @exclusivity(unchecked) var stopError: Error?
    @exclusivity(unchecked) var readError: Error?
    // The input, while `run` reads it.
    @exclusivity(unchecked) var file: FeedInputFile?
    @exclusivity(unchecked) var total: Int64?
    @exclusivity(unchecked) var progress: FeedReader.Progress?
    /// How far libxml2 has taken the last block.
    @exclusivity(unchecked) var chunkStart = 0
    @exclusivity(unchecked) var refusal: Diagnostic?
    @exclusivity(unchecked) var firstError: Diagnostic?

    init(reader: FeedReader, onRecord: @escaping (FeedItem) throws -> Void) {
        self.reader = reader
        self.onRecord = onRecord
    }


    func run(file: FeedInputFile, total: Int64?, progress: FeedReader.Progress?) throws -> FeedReadResult {
        self.file = file
        self.total = total
        self.progress = progress
        let parser = XMLStreamParser(handler: self)
        self.parser = parser
        defer { self.parser = nil }
        guard let outcome = parser.parse() else { throw HireError.io("cannot start the XML parser for \(reader.displayName)") }
        if let stopError { throw stopError }
        if let readError { throw readError }
        if let refusal {
            result.error = refusal
        } else if !outcome.wellFormed {
            result.error = firstError ?? outcome.lastError.map { Self.diagnostic($0, file: reader.displayName) }
                ?? Diagnostic(.error, "the document is not well-formed XML", file: reader.displayName, line: outcome.line)
        }
        return result
    }

    /// The next bytes of the feed for the parser (it asks for about 4 KB at a time), from the
    /// block read ahead.
    func nextInput(upTo length: Int) -> XMLInput {
        // A start tag still being read with far more attributes than allowed: stop before
        // libxml2's duplicate check grows quadratic (its slots grow by doubling, five each).
        // The input ends there: libxml2 must not be stopped from inside its read callback.
        if parser.attributeSlots > reader.attributeLimit * 5 * 8 {
            refuseAttributes(nil)
            return .end
        }
        if blocks.last.map({ chunkStart >= $0.count }) ?? true {
            guard refill() else { return readError == nil ? .end : .failed }
        }
        let block = blocks[blocks.count - 1]
        let count = min(length, block.count - chunkStart)
        defer { chunkStart += count }
        return .bytes(block, chunkStart..<(chunkStart + count))
    }

    /// Reads the next block of the feed (decompressing gzip); `false` at the end or on an
    /// error (`readError`).
    private func refill() -> Bool {
        guard let file, stopError == nil else { return false }
        trimBlocks()
        let block = FeedBlock(start: result.bytes)
        let count: Int
        switch file.read(into: block) {
        case .success(let read): count = read
        case .failure(let error):
            readError = HireError.io("cannot read \(reader.displayName): \(error.message)")
            return false
        }
        guard count > 0 else { return false }
        if block.start == 0, let order = UTF32Detection.byteOrder(UnsafeRawBufferPointer(rebasing: block.bytes[0..<Int(count)])) {
            refusal = Diagnostic(
                .error, "the feed is encoded in UTF-32 (\(order)), which Hire does not read; convert it to UTF-8 or UTF-16",
                file: reader.displayName, line: 1, column: 1)
            return false
        }
        block.filled(Int(count))
        blocks.append(block)
        result.blocksHeldPeak = max(result.blocksHeldPeak, blocks.count)
        chunkStart = 0
        result.bytes += Int64(count)
        progress?(file.offset, total, result.records)
        return true
    }

    // MARK: Callbacks

    func startElement(_ localname: XMLName, prefix: XMLName?, namespace uri: XMLName?, attributes: XMLAttributes) {
        if attributes.count > reader.attributeLimit {
            refuseAttributes(attributes.count)
            parser.stop()
            return
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if !inRecord {
            let name = localname.string
            let namespace = uri?.string
            if result.rootElement == nil { result.rootElement = namespace.map { "{\($0)}\(name)" } ?? name }
            guard let format = FeedFormat.record(localName: name, namespace: namespace, forced: reader.forcedFormat),
                let root = grammar.roots[FeedGrammar.rootKey(format, name)]
            else {
                safeOffset = byteOffset()
                return
            }
            beginRecord(format: format, root: root)
            builder.start(grammar.node(root).start, attributes: attributes)
            return
        }
        let key = localname.identity
        var tag = tagCache.value(for: key)
        if tag == PointerTable.missing {
            tag = grammar.tagsByName[localname.string] ?? -1
            tagCache.insert(tag, for: key)
        }
        let child = tag >= 0 ? grammar.child(of: nodes[nodes.count - 1], tag: tag) : -1
        guard child >= 0 else {
            var name = unmodelledIndex.value(for: key)
            if name == PointerTable.missing {
                name = Int32(unmodelledNames.count)
                unmodelledNames.append(prefix.map { $0.string + ":" + localname.string } ?? localname.string)
                unmodelledIndex.insert(name, for: key)
            }
            if let index = unmodelled.firstIndex(where: { $0.name == name }) {
                unmodelled[index].count += 1
            } else {
                unmodelled.append((name, 1))
            }
            skipDepth = 1
            return
        }
        nodes.append(child)
        let node = grammar.node(child)
        if node.start != .none { builder.start(node.start, attributes: attributes) }
        if node.capturesText {
            capturing = true
            builder.beginText()
        }
    }

    func endElement() {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard inRecord else {
            safeOffset = byteOffset()
            return
        }
        let node = grammar.node(nodes.removeLast())
        if node.end != .none {
            var value: TextSpan?
            if capturing {
                value = builder.endText()
                capturing = false
            }
            builder.end(node.end, text: value)
        }
        if nodes.isEmpty { endRecord() }
    }

    func characters(_ bytes: Span<UInt8>) {
        guard capturing else { return }
        let room = reader.fieldLimit - builder.textCount
        if bytes.count > room {
            if room > 0 { builder.appendText(bytes.extracting(first: room)) }
            if problem == nil { problem = "a field is longer than \(reader.fieldLimit) bytes" }
            return
        }
        builder.appendText(bytes)
    }

    func entityDeclared() {
        guard refusal == nil else { return }
        refusal = Diagnostic(
            .error, "the document's DOCTYPE declares entities; Hire refuses such documents (entity expansion and external entities are unsafe)",
            file: reader.displayName, line: parser.line, column: parser.column)
        parser.stop()
    }

    /// Refuses the document at an element with more than `attributeLimit` attributes (`count`
    /// of them, or more than can be counted yet); the caller stops the parse.
    func refuseAttributes(_ count: Int?) {
        guard refusal == nil else { return }
        let many = count.map { "\($0) attributes" } ?? "more than \(reader.attributeLimit * 8) attributes"
        refusal = Diagnostic(
            .error, "an element has \(many); Hire reads at most \(reader.attributeLimit) per element and refuses the document from here",
            file: reader.displayName, line: parser.line, column: parser.column)
    }

    func parseError(_ error: XMLParseError) {
        guard firstError == nil else { return }
        firstError = Self.diagnostic(error, file: reader.displayName)
    }

    // MARK: Records

    private func beginRecord(format: FeedFormat, root: Int32) {
        inRecord = true
        if result.format == nil { result.format = format }
        nodes = [root]
        unmodelled.removeAll(keepingCapacity: true)
        problem = nil
        capturing = false
        rawOverflow = false
        let afterTag = byteOffset()
        var start = afterTag
        var newlines = 0
        var offset = afterTag - 1
        var found = false
        while let byte = byte(at: offset) {
            if byte == UInt8(ascii: "<") {
                start = offset
                found = true
                break
            }
            if byte == UInt8(ascii: "\n") { newlines += 1 }
            offset -= 1
        }
        // A start tag longer than the bytes kept between records: the record is too long to keep.
        if !found { rawOverflow = true }
        recordStart = start
        builder.start(line: max(1, parser.line - newlines), format: format)
    }

    private func endRecord() {
        inRecord = false
        var end = byteOffset()
        if let last = byte(at: end - 1), last != UInt8(ascii: ">") {
            var offset = end
            while let byte = byte(at: offset), byte != UInt8(ascii: ">") { offset += 1 }
            end = min(offset + 1, blocks.last?.end ?? end)
        }
        safeOffset = end
        var rawBytes = RawBytes()
        var rawNote: String?
        if rawOverflow || recordStart < blocks.first?.start ?? 0 {
            rawNote = "<!-- record of \(end - recordStart) bytes: longer than \(reader.rawLimit) bytes, not kept -->"
        } else {
            rawBytes = RawBytes(blocks, from: recordStart, to: end)
        }
        if rawEncoding == nil { rawEncoding = RawEncoding(libxml2Name: parser.encodingName) }
        let record = builder.finish(unmodelled: unmodelled.map { (unmodelledNames[Int($0.name)], $0.count) })
        result.records += 1
        do {
            try onRecord(FeedItem(parsed: record, rawBytes: rawBytes, rawEncoding: rawEncoding ?? .utf8, rawNote: rawNote, problem: problem))
        } catch {
            stopError = error
            parser.stop()
        }
    }

    /// Drops the blocks no record can need any more, and stops keeping records that are too long.
    ///
    /// Between records only the last `rawLimit` bytes before libxml2's position are kept (a
    /// record start tag may be in them): text, whitespace or a comment between records costs no
    /// more memory than inside one, however long.
    private func trimBlocks() {
        var keepFrom = inRecord ? recordStart : max(safeOffset, byteOffset() - Int64(reader.rawLimit))
        if inRecord, let last = blocks.last, last.end - recordStart > Int64(reader.rawLimit) {
            rawOverflow = true
            keepFrom = last.end - 64
        }
        let drop = blocks.firstIndex { $0.end > keepFrom } ?? blocks.count
        if drop > 0 { blocks.removeFirst(drop) }
    }

    /// The byte at `offset` of the feed, if a kept block holds it.
    private func byte(at offset: Int64) -> UInt8? {
        for block in blocks.reversed() where offset >= block.start {
            return offset < block.end ? block.bytes[Int(offset - block.start)] : nil
        }
        return nil
    }

    private func byteOffset() -> Int64 {
        parser.byteOffset
    }

    static func diagnostic(_ error: XMLParseError, file: String) -> Diagnostic {
        var message = error.message ?? "not well-formed XML"
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if !message.isEmpty { message = message.prefix(1).lowercased() + message.dropFirst() }
        return Diagnostic(
            .error, "not well-formed XML: \(message)", file: file, line: error.line > 0 ? error.line : nil,
            column: error.column > 0 ? error.column : nil)
    }
}

/// A small open-addressing map from the identities of libxml2's interned names to tag numbers: cheaper
/// per element than a `Dictionary`, whose keys are hashed with SipHash.
struct PointerTable {
    static let missing = Int32.min
    private var keys: [UInt]
    private var values: [Int32]
    private var count = 0
    private var mask: Int

    init(capacity: Int = 512) {
        keys = [UInt](repeating: 0, count: capacity)
        values = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key >> 4) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    @inline(__always)
    func value(for key: UInt) -> Int32 {
        var index = Self.slot(key, mask)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == 0 { return Self.missing }
            index = (index + 1) & mask
        }
    }

    mutating func insert(_ value: Int32, for key: UInt) {
        if (count + 1) * 2 > keys.count { grow() }
        var index = Self.slot(key, mask)
        while keys[index] != 0, keys[index] != key { index = (index + 1) & mask }
        if keys[index] == 0 { count += 1 }
        keys[index] = key
        values[index] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (index, key) in oldKeys.enumerated() where key != 0 {
            insert(oldValues[index], for: key)
        }
    }
}
