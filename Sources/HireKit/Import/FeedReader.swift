import CLibXML2
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

    /// libxml2 must be initialised once before threads use it.
    private static let libxml2Initialized: Void = { xmlInitParser() }()

    /// Progress after each chunk: compressed/raw bytes read so far, the total if known, records so far.
    public typealias Progress = (_ read: Int64, _ total: Int64?, _ records: Int) -> Void

    /// Reads the feed, handing each record to `onRecord` as soon as it is complete.
    ///
    /// Errors thrown by `onRecord` stop the reading and are rethrown. Problems with the
    /// document itself are returned in `FeedReadResult.error`, after the records before them.
    public func read(progress: Progress? = nil, onRecord: (FeedItem) throws -> Void) throws -> FeedReadResult {
        _ = Self.libxml2Initialized
        hire_silence_generic_errors()
        let file: gzFile?
        var total: Int64?
        if path == "-" {
            file = gzdopen(dup(STDIN_FILENO), "rb")
        } else {
            var info = stat()
            if stat(path, &info) == 0 {
                if (info.st_mode & S_IFMT) == S_IFDIR { throw HireError.io("\(displayName) is a folder, not a feed") }
                total = Int64(info.st_size)
            }
            file = gzopen(path, "rb")
        }
        guard let file else {
            throw HireError.io("cannot read \(displayName): \(String(cString: strerror(errno)))")
        }
        defer { gzclose(file) }
        // zlib reads a request of at least twice its buffer straight into the caller's memory
        // (plain files with `read`, gzip by inflating there): the 256 KB reads below skip a copy.
        gzbuffer(file, 64 * 1024)

        return try withoutActuallyEscaping(onRecord) { onRecord in
            let state = FeedParseState(reader: self, onRecord: onRecord)
            return try state.run(file: file, total: total, progress: progress)
        }
    }
}

/// The mutable state of one parse, reached from libxml2's callbacks through `userData`.
final class FeedParseState {
    let reader: FeedReader
    let onRecord: (FeedItem) throws -> Void
    let grammar = FeedGrammar.standard
    @exclusivity(unchecked) var ctxt: xmlParserCtxtPtr?
    @exclusivity(unchecked) var result = FeedReadResult()

    // Names: libxml2 interns element names, so a name's pointer identifies it for the parse.
    @exclusivity(unchecked) var tagCache = PointerTable()
    /// Names of unmodelled elements met so far, and where each is in `unmodelledNames`.
    @exclusivity(unchecked) var unmodelledIndex = PointerTable(capacity: 64)
    @exclusivity(unchecked) var unmodelledNames: [String] = []
    @exclusivity(unchecked) var attributeNames: FeedAttributeNames!

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
    @exclusivity(unchecked) var file: gzFile?
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


    func run(file: gzFile, total: Int64?, progress: FeedReader.Progress?) throws -> FeedReadResult {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { ctx, localname, prefix, uri, _, _, count, _, attributes in
            FeedParseState.with(ctx) { $0.startElement(localname!, prefix, uri, Int(count), attributes) }
        }
        handler.endElementNs = { ctx, _, _, _ in FeedParseState.with(ctx) { $0.endElement() } }
        handler.characters = { ctx, bytes, length in FeedParseState.with(ctx) { $0.characters(bytes, Int(length)) } }
        handler.cdataBlock = { ctx, bytes, length in FeedParseState.with(ctx) { $0.characters(bytes, Int(length)) } }
        handler.entityDecl = { ctx, _, _, _, _, _ in FeedParseState.from(ctx).refuseEntities() }
        handler.serror = { ctx, error in
            guard let ctx, let error else { return }
            FeedParseState.from(ctx).libxmlError(error.pointee)
        }

        // libxml2 pulls the input through `readInput` and parses the whole document in one
        // call: measured, a fifth less CPU than pushing chunks, which makes the parser look
        // ahead for the end of every start tag.
        self.file = file
        self.total = total
        self.progress = progress
        let unmanaged = Unmanaged.passUnretained(self)
        let readInput: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer else { return -1 }
            return Unmanaged<FeedParseState>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.readInput(buffer, Int(length)) }
        }
        guard let context = xmlCreateIOParserCtxt(&handler, unmanaged.toOpaque(), readInput, nil, unmanaged.toOpaque(), XML_CHAR_ENCODING_NONE)
        else { throw HireError.io("cannot start the XML parser for \(reader.displayName)") }
        ctxt = context
        attributeNames = FeedAttributeNames(context)
        defer {
            attributeNames.deallocate()
            xmlFreeParserCtxt(context)
            ctxt = nil
        }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        let status = xmlParseDocument(context)
        if let stopError { throw stopError }
        if let readError { throw readError }
        if let refusal {
            result.error = refusal
        } else if status != 0 || hire_ctxt_well_formed(context) == 0 {
            result.error = firstError ?? lastError(context)
        }
        return result
    }

    /// libxml2's input callback: copies the next bytes of the feed into `buffer` (libxml2 asks
    /// for about 4 KB at a time) from the block read ahead; 0 at the end, -1 on a read error.
    private func readInput(_ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32 {
        // A start tag still being read with far more attributes than allowed: stop before
        // libxml2's duplicate check grows quadratic (its slots grow by doubling, five each).
        // The input ends there: libxml2 must not be stopped from inside its read callback.
        if hire_ctxt_attribute_slots(ctxt) > reader.attributeLimit * 5 * 8 {
            refuseAttributes(nil)
            return 0
        }
        if blocks.last.map({ chunkStart >= $0.count }) ?? true {
            guard refill() else { return readError == nil ? 0 : -1 }
        }
        let block = blocks[blocks.count - 1]
        let count = min(length, block.count - chunkStart)
        UnsafeMutableRawPointer(buffer).copyMemory(from: block.bytes.baseAddress! + chunkStart, byteCount: count)
        chunkStart += count
        return Int32(count)
    }

    /// Reads the next block of the feed (decompressing gzip); `false` at the end or on an
    /// error (`readError`).
    private func refill() -> Bool {
        guard let file, stopError == nil else { return false }
        trimBlocks()
        let block = FeedBlock(start: result.bytes)
        let count = gzread(file, block.bytes.baseAddress, UInt32(FeedBlock.size))
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            readError = HireError.io("cannot read \(reader.displayName): \(message)")
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
        progress?(Int64(gzoffset(file)), total, result.records)
        return true
    }

    /// Calls `body` with the state behind a callback's `userData`, without retaining it: the
    /// parse holds it for as long as libxml2 can call back.
    @inline(__always)
    static func with(_ ctx: UnsafeMutableRawPointer?, _ body: (FeedParseState) -> Void) {
        Unmanaged<FeedParseState>.fromOpaque(ctx!)._withUnsafeGuaranteedRef(body)
    }

    static func from(_ ctx: UnsafeMutableRawPointer?) -> FeedParseState {
        Unmanaged<FeedParseState>.fromOpaque(ctx!).takeUnretainedValue()
    }

    // MARK: Callbacks

    func startElement(
        _ localname: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        if count > reader.attributeLimit {
            refuseAttributes(count)
            xmlStopParser(ctxt)
            return
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if !inRecord {
            let name = String(cString: localname)
            let namespace = uri.map { String(cString: $0) }
            if result.rootElement == nil { result.rootElement = namespace.map { "{\($0)}\(name)" } ?? name }
            guard let format = FeedFormat.record(localName: name, namespace: namespace, forced: reader.forcedFormat),
                let root = grammar.roots[FeedGrammar.rootKey(format, name)]
            else {
                safeOffset = byteOffset()
                return
            }
            beginRecord(format: format, root: root)
            builder.start(grammar.node(root).start, attributes: FeedAttributes(names: attributeNames, count: count, values: attributes))
            return
        }
        let key = UnsafeRawPointer(localname)
        var tag = tagCache.value(for: key)
        if tag == PointerTable.missing {
            tag = grammar.tagsByName[String(cString: localname)] ?? -1
            tagCache.insert(tag, for: key)
        }
        let child = tag >= 0 ? grammar.child(of: nodes[nodes.count - 1], tag: tag) : -1
        guard child >= 0 else {
            var name = unmodelledIndex.value(for: key)
            if name == PointerTable.missing {
                name = Int32(unmodelledNames.count)
                unmodelledNames.append(prefix.map { String(cString: $0) + ":" + String(cString: localname) } ?? String(cString: localname))
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
        if node.start != .none { builder.start(node.start, attributes: FeedAttributes(names: attributeNames, count: count, values: attributes)) }
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

    func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int) {
        guard capturing, let bytes, length > 0 else { return }
        let room = reader.fieldLimit - builder.textCount
        if length > room {
            if room > 0 { builder.appendText(UnsafeBufferPointer(start: bytes, count: room)) }
            if problem == nil { problem = "a field is longer than \(reader.fieldLimit) bytes" }
            return
        }
        builder.appendText(UnsafeBufferPointer(start: bytes, count: length))
    }

    func refuseEntities() {
        guard refusal == nil else { return }
        let line = Int(hire_ctxt_line(ctxt))
        refusal = Diagnostic(
            .error, "the document's DOCTYPE declares entities; Hire refuses such documents (entity expansion and external entities are unsafe)",
            file: reader.displayName, line: line, column: Int(hire_ctxt_column(ctxt)))
        xmlStopParser(ctxt)
    }

    /// Refuses the document at an element with more than `attributeLimit` attributes (`count`
    /// of them, or more than can be counted yet); the caller stops the parse.
    func refuseAttributes(_ count: Int?) {
        guard refusal == nil else { return }
        let many = count.map { "\($0) attributes" } ?? "more than \(reader.attributeLimit * 8) attributes"
        refusal = Diagnostic(
            .error, "an element has \(many); Hire reads at most \(reader.attributeLimit) per element and refuses the document from here",
            file: reader.displayName, line: Int(hire_ctxt_line(ctxt)), column: Int(hire_ctxt_column(ctxt)))
    }

    func libxmlError(_ error: xmlError) {
        guard firstError == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
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
        builder.start(line: max(1, Int(hire_ctxt_line(ctxt)) - newlines), format: format)
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
        if rawEncoding == nil { rawEncoding = RawEncoding(libxml2Name: hire_ctxt_encoding(ctxt).map { String(cString: $0) }) }
        let record = builder.finish(unmodelled: unmodelled.map { (unmodelledNames[Int($0.name)], $0.count) })
        result.records += 1
        do {
            try onRecord(FeedItem(parsed: record, rawBytes: rawBytes, rawEncoding: rawEncoding ?? .utf8, rawNote: rawNote, problem: problem))
        } catch {
            stopError = error
            xmlStopParser(ctxt)
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
        Int64(xmlByteConsumed(ctxt))
    }

    private func lastError(_ context: xmlParserCtxtPtr) -> Diagnostic {
        if let error = xmlCtxtGetLastError(context) { return Self.diagnostic(error.pointee, file: reader.displayName) }
        return Diagnostic(.error, "the document is not well-formed XML", file: reader.displayName, line: Int(hire_ctxt_line(context)))
    }

    static func diagnostic(_ error: xmlError, file: String) -> Diagnostic {
        var message = error.message.map { String(cString: $0) } ?? "not well-formed XML"
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if !message.isEmpty { message = message.prefix(1).lowercased() + message.dropFirst() }
        return Diagnostic(
            .error, "not well-formed XML: \(message)", file: file, line: error.line > 0 ? Int(error.line) : nil,
            column: error.int2 > 0 ? Int(error.int2) : nil)
    }
}

/// A small open-addressing map from libxml2's interned name pointers to tag numbers: cheaper
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
    func value(for pointer: UnsafeRawPointer) -> Int32 {
        let key = UInt(bitPattern: pointer)
        var index = Self.slot(key, mask)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == 0 { return Self.missing }
            index = (index + 1) & mask
        }
    }

    mutating func insert(_ value: Int32, for pointer: UnsafeRawPointer) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = UInt(bitPattern: pointer)
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
            insert(oldValues[index], for: UnsafeRawPointer(bitPattern: key)!)
        }
    }
}
