/// A piece of a feed as read (256 KB of decompressed XML), shared by the records in it.
///
/// The reader keeps the blocks a record still being read may need, and each record keeps the
/// blocks its XML lies in (`RawBytes`): so a record's verbatim XML, which only a rejected
/// record needs, is never copied out of what was read. Blocks are immutable once filled.
final class FeedBlock: @unchecked Sendable {
    static let size = 256 * 1024

    /// Where the block starts in the feed.
    let start: Int64
    let bytes: UnsafeMutableRawBufferPointer
    /// How many bytes were read into it.
    private(set) var count = 0

    init(start: Int64) {
        self.start = start
        bytes = .allocate(byteCount: Self.size, alignment: 16)
    }

    deinit { bytes.deallocate() }

    /// Where the block ends in the feed.
    var end: Int64 { start + Int64(count) }

    /// Sets how many bytes were read into it; done once, before the block is shared.
    func filled(_ count: Int) { self.count = count }
}

/// A record's XML exactly as it was in the feed: a range of the one or two blocks it lies in,
/// or bytes of its own when it spans more (records over 256 KB).
struct RawBytes: Sendable {
    private var first: FeedBlock?
    private var second: FeedBlock?
    /// Where the record starts in `first`.
    private var offset = 0
    private var copied: [UInt8]?
    /// Its length in bytes.
    private(set) var count = 0

    /// No bytes.
    init() {}

    /// The bytes from `start` to `end` of the feed, which `blocks` (in feed order) hold.
    init(_ blocks: [FeedBlock], from start: Int64, to end: Int64) {
        count = Int(end - start)
        guard count > 0, let index = blocks.lastIndex(where: { $0.start <= start }) else {
            count = 0
            return
        }
        let block = blocks[index]
        offset = Int(start - block.start)
        if end <= block.end {
            first = block
        } else if index + 1 < blocks.count, end <= blocks[index + 1].end {
            first = block
            second = blocks[index + 1]
        } else {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(count)
            for block in blocks[index...] where block.start < end {
                let from = Int(max(start, block.start) - block.start)
                let to = Int(min(end, block.end) - block.start)
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: block.bytes[from..<to]))
            }
            count = bytes.count
            copied = bytes
        }
    }

    var isEmpty: Bool { count == 0 }

    /// The bytes, copied into an array.
    var array: [UInt8] {
        if let copied { return copied }
        guard let first else { return [] }
        let inFirst = min(count, first.count - offset)
        var bytes = Array(UnsafeRawBufferPointer(rebasing: first.bytes[offset..<(offset + inFirst)]))
        if let second, inFirst < count { bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: second.bytes[0..<(count - inFirst)])) }
        return bytes
    }
}
