/// Recognises a UTF-32 document from its first four bytes (a byte order mark, or `<` as a
/// 32-bit character): libxml2 cannot read UTF-32 and would call such a feed empty.
enum UTF32Detection {
    /// How a UTF-32 document's first bytes are ordered, or `nil` if it is not UTF-32.
    static func byteOrder(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count >= 4 else { return nil }
        switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x3C): return "big-endian"
        case (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): return "little-endian"
        case (0x00, 0x00, 0xFF, 0xFE), (0xFE, 0xFF, 0x00, 0x00), (0x00, 0x00, 0x3C, 0x00), (0x00, 0x3C, 0x00, 0x00):
            return "unusual byte order"
        default: return nil
        }
    }
}
