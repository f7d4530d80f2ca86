import CLibXML2
import Foundation

/// The attributes the importer reads, by local name.
enum FeedAttribute: Int, CaseIterable {
    case idOwner, schemeAgencyID, schemeAgencyName, relationship, currentEmployer, name, id, description, lastUsed, minValue, maxValue

    var localName: String { String(describing: self) }
}

/// Finds attributes among SAX2's attribute quintuples (local name, prefix, URI, value begin,
/// value end) by comparing name pointers: libxml2 interns attribute names in the parser's
/// dictionary, so each `FeedAttribute` is looked up there once per parse, not compared per element.
///
/// The names are held in memory of its own (no reference counting per element started);
/// `deallocate()` it when the parse ends.
struct FeedAttributeNames {
    private let interned: UnsafeMutableBufferPointer<UnsafePointer<xmlChar>?>

    /// Interns every `FeedAttribute` name in the dictionary of `context`.
    init(_ context: xmlParserCtxtPtr) {
        let dict = hire_ctxt_dict(context)
        interned = .allocate(capacity: FeedAttribute.allCases.count)
        for attribute in FeedAttribute.allCases {
            interned[attribute.rawValue] = attribute.localName.withCString { name in
                name.withMemoryRebound(to: xmlChar.self, capacity: attribute.localName.utf8.count + 1) { xmlDictLookup(dict, $0, -1) }
            }
        }
    }

    func deallocate() { interned.deallocate() }

    /// The value of `attribute` among `count` quintuples, as in the document (untrimmed,
    /// character references not decoded).
    func raw(_ attribute: FeedAttribute, _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> UnsafeBufferPointer<UInt8>? {
        guard let attributes, count > 0 else { return nil }
        let wanted = interned[attribute.rawValue]
        for index in 0..<count {
            let base = index * 5
            guard let local = attributes[base] else { continue }
            if let wanted {
                guard local == wanted else { continue }
            } else if strcmp(attribute.localName, UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self)) != 0 {
                continue
            }
            guard let begin = attributes[base + 3], let end = attributes[base + 4] else { return nil }
            return UnsafeBufferPointer(start: begin, count: end - begin)
        }
        return nil
    }
}

/// The attributes of the element being started, as SAX2 hands them over.
struct FeedAttributes {
    let names: FeedAttributeNames
    let count: Int
    let values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// The value of `attribute` as in the document, or `nil` if the element has none.
    func raw(_ attribute: FeedAttribute) -> UnsafeBufferPointer<UInt8>? { names.raw(attribute, count, values) }
}
