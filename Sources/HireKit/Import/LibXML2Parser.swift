import CLibXML2
import Foundation

// The import's only door to libxml2 and zlib (the `CLibXML2` module): every C call, pointer
// and `Unmanaged` of the feed reader is in this file, and the rest of the import sees safe
// types. A test (`UnsafeBoundaryTests`) keeps it so.

/// What an `XMLStreamParser` reports while it parses, in document order.
protocol XMLStreamHandler: AnyObject {
    /// An element starts; `attributes` and the names are valid during the call only.
    func startElement(_ name: XMLName, prefix: XMLName?, namespace: XMLName?, attributes: XMLAttributes)
    func endElement()
    /// Text or CDATA of the element being read, in pieces as libxml2 hands them over.
    func characters(_ bytes: Span<UInt8>)
    /// The DOCTYPE declares an entity (Hire refuses such documents).
    func entityDeclared()
    /// A problem at error level or worse.
    func parseError(_ error: XMLParseError)
    /// The next bytes of the document, at most `length` of them.
    func nextInput(upTo length: Int) -> XMLInput
}

/// The next piece of a document for the parser.
enum XMLInput {
    /// These bytes of `block`.
    case bytes(FeedBlock, Range<Int>)
    /// The document ends here.
    case end
    /// Reading failed (the handler keeps why).
    case failed
}

/// An element name as libxml2 interned it for the parse: the same name has the same `identity`
/// for the whole parse, so it can be looked up by identity instead of by its text.
struct XMLName {
    fileprivate let pointer: UnsafePointer<xmlChar>

    /// The same for every occurrence of this name in the parse; never 0.
    var identity: UInt { UInt(bitPattern: pointer) }
    var string: String { String(cString: pointer) }
}

/// A problem libxml2 reported: its message and where it is (0 when not known).
struct XMLParseError {
    var message: String?
    var line: Int
    var column: Int
}

/// The attributes of the element being started, as SAX2 hands them over (local name, prefix,
/// URI, value begin, value end, per attribute); valid during the `startElement` call only.
struct XMLAttributes {
    /// Every `FeedAttribute` name interned in the parser's dictionary (`nil` if it could not be):
    /// attributes are found by comparing pointers, not names.
    fileprivate let names: UnsafeMutableBufferPointer<UnsafePointer<xmlChar>?>
    let count: Int
    fileprivate let values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// Calls `body` with the value of `attribute` as in the document (untrimmed, character
    /// references not decoded); `nil` if the element has no such attribute.
    @inline(__always)
    func withValue<R>(_ attribute: FeedAttribute, _ body: (Span<UInt8>) -> R) -> R? {
        guard let values, count > 0 else { return nil }
        let wanted = names[attribute.rawValue]
        for index in 0..<count {
            let base = index * 5
            guard let local = values[base] else { continue }
            if let wanted {
                guard local == wanted else { continue }
            } else if strcmp(attribute.localName, UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self)) != 0 {
                continue
            }
            guard let begin = values[base + 3], let end = values[base + 4] else { return nil }
            return body(Span(_unsafeElements: UnsafeBufferPointer(start: begin, count: end - begin)))
        }
        return nil
    }
}

/// libxml2's SAX2 parser over a document pulled from an `XMLStreamHandler`: no DTDs or external
/// entities loaded, no network, libxml2's own printing of errors silenced.
final class XMLStreamParser {
    private unowned(unsafe) let handler: any XMLStreamHandler
    // Unchecked: a parser is used by one thread, and its state is read in every callback.
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    /// The `FeedAttribute` names interned in the parser's dictionary, looked up once per parse;
    /// held in memory of its own (no reference counting per element).
    private let names = UnsafeMutableBufferPointer<UnsafePointer<xmlChar>?>.allocate(capacity: FeedAttribute.allCases.count)

    /// libxml2 must be initialised once before threads use it.
    private static let initialized: Void = { xmlInitParser() }()

    /// A parser reporting to `handler`, which must outlive it.
    init(handler: any XMLStreamHandler) {
        self.handler = handler
        names.initialize(repeating: nil)
    }

    deinit { names.deallocate() }

    /// How a parse ended: whether the document was well-formed as far as it was read, and if
    /// not, libxml2's last error and the line the parser stopped at.
    struct Outcome {
        var wellFormed: Bool
        var lastError: XMLParseError?
        var line: Int
    }

    /// Parses the whole document; `nil` if the parser could not start.
    func parse() -> Outcome? {
        _ = Self.initialized
        hire_silence_generic_errors()
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { ctx, localname, prefix, uri, _, _, count, _, attributes in
            XMLStreamParser.with(ctx) { parser in
                parser.handler.startElement(
                    XMLName(pointer: localname!), prefix: prefix.map(XMLName.init), namespace: uri.map(XMLName.init),
                    attributes: XMLAttributes(names: parser.names, count: Int(count), values: attributes))
            }
        }
        sax.endElementNs = { ctx, _, _, _ in XMLStreamParser.with(ctx) { $0.handler.endElement() } }
        sax.characters = { ctx, bytes, length in XMLStreamParser.with(ctx) { $0.characters(bytes, length) } }
        sax.cdataBlock = { ctx, bytes, length in XMLStreamParser.with(ctx) { $0.characters(bytes, length) } }
        sax.entityDecl = { ctx, _, _, _, _, _ in XMLStreamParser.with(ctx) { $0.handler.entityDeclared() } }
        sax.serror = { ctx, error in
            guard let ctx, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            XMLStreamParser.with(ctx) { $0.handler.parseError(XMLStreamParser.error(error.pointee)) }
        }
        // libxml2 pulls the input through `readInput` and parses the whole document in one
        // call: measured, a fifth less CPU than pushing chunks, which makes the parser look
        // ahead for the end of every start tag.
        let unmanaged = Unmanaged.passUnretained(self)
        let readInput: xmlInputReadCallback = { ctx, buffer, length in
            guard let ctx, let buffer else { return -1 }
            return Unmanaged<XMLStreamParser>.fromOpaque(ctx)._withUnsafeGuaranteedRef { $0.readInput(buffer, Int(length)) }
        }
        guard let context = xmlCreateIOParserCtxt(&sax, unmanaged.toOpaque(), readInput, nil, unmanaged.toOpaque(), XML_CHAR_ENCODING_NONE)
        else { return nil }
        self.context = context
        defer {
            xmlFreeParserCtxt(context)
            self.context = nil
        }
        let dict = hire_ctxt_dict(context)
        for attribute in FeedAttribute.allCases {
            names[attribute.rawValue] = attribute.localName.withCString { name in
                name.withMemoryRebound(to: xmlChar.self, capacity: attribute.localName.utf8.count + 1) { xmlDictLookup(dict, $0, -1) }
            }
        }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        let status = xmlParseDocument(context)
        guard status != 0 || hire_ctxt_well_formed(context) == 0 else { return Outcome(wellFormed: true, line: line) }
        return Outcome(wellFormed: false, lastError: xmlCtxtGetLastError(context).map { Self.error($0.pointee) }, line: line)
    }

    /// Stops the parse at the next opportunity (not from inside `nextInput`: end the input there).
    func stop() { xmlStopParser(context) }

    /// The line the parser is at (1-based), or 0.
    var line: Int { Int(hire_ctxt_line(context)) }
    /// The column the parser is at (1-based), or 0.
    var column: Int { Int(hire_ctxt_column(context)) }
    /// Bytes of the document the parser has consumed.
    var byteOffset: Int64 { Int64(xmlByteConsumed(context)) }
    /// The document's declared or detected encoding, if any.
    var encodingName: String? { hire_ctxt_encoding(context).map { String(cString: $0) } }
    /// Attribute slots (five per attribute) grown for the largest start tag so far, including
    /// one still being read.
    var attributeSlots: Int { Int(hire_ctxt_attribute_slots(context)) }

    /// Calls `body` with the parser behind a callback's `userData`, without retaining it: the
    /// parse holds it for as long as libxml2 can call back.
    @inline(__always)
    private static func with(_ ctx: UnsafeMutableRawPointer?, _ body: (XMLStreamParser) -> Void) {
        Unmanaged<XMLStreamParser>.fromOpaque(ctx!)._withUnsafeGuaranteedRef(body)
    }

    @inline(__always)
    private func characters(_ bytes: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let bytes, length > 0 else { return }
        handler.characters(Span(_unsafeElements: UnsafeBufferPointer(start: bytes, count: Int(length))))
    }

    /// libxml2's input callback: copies the next bytes the handler gives into `buffer` (libxml2
    /// asks for about 4 KB at a time); 0 at the end, -1 on a read error.
    private func readInput(_ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32 {
        switch handler.nextInput(upTo: length) {
        case .bytes(let block, let range):
            UnsafeMutableRawPointer(buffer).copyMemory(from: block.bytes.baseAddress! + range.lowerBound, byteCount: range.count)
            return Int32(range.count)
        case .end: return 0
        case .failed: return -1
        }
    }

    private static func error(_ error: xmlError) -> XMLParseError {
        XMLParseError(message: error.message.map { String(cString: $0) }, line: Int(error.line), column: Int(error.int2))
    }
}

/// A feed file or standard input, read through zlib (gzip-compressed input is decompressed).
final class FeedInputFile {
    private let file: gzFile

    /// Opens `path`, or standard input for `-`; `nil` with `errno` set if it cannot.
    init?(path: String) {
        let file = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path, "rb")
        guard let file else { return nil }
        self.file = file
        // zlib reads a request of at least twice its buffer straight into the caller's memory
        // (plain files with `read`, gzip by inflating there): the 256 KB reads skip a copy.
        gzbuffer(file, 64 * 1024)
    }

    deinit { gzclose(file) }

    /// Fills `block` with the next bytes: how many (0 at the end), or the reason reading failed.
    func read(into block: FeedBlock) -> Result<Int, FeedInputError> {
        let count = gzread(file, block.bytes.baseAddress, UInt32(FeedBlock.size))
        guard count >= 0 else {
            var code: Int32 = 0
            return .failure(FeedInputError(message: gzerror(file, &code).map { String(cString: $0) } ?? "read error"))
        }
        return .success(Int(count))
    }

    /// Bytes of the file read so far (compressed bytes for gzip input).
    var offset: Int64 { Int64(gzoffset(file)) }
}

/// Why reading a feed file failed, in zlib's words.
struct FeedInputError: Error {
    var message: String
}
