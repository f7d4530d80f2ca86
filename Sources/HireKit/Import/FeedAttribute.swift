/// The attributes the importer reads, by local name.
enum FeedAttribute: Int, CaseIterable {
    case idOwner, schemeAgencyID, schemeAgencyName, relationship, currentEmployer, name, id, description, lastUsed, minValue, maxValue

    var localName: String { String(describing: self) }
}
