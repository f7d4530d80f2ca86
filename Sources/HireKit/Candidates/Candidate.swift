import Foundation
import GRDB

/// A person applying for a role. Names and contacts are personal data: never log them.
public struct Candidate: Sendable, Hashable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var name: String
    public var givenName: String?
    public var familyName: String?
    public var email: String?
    /// The email lowercased and trimmed, used to recognise the same person again.
    public var emailKey: String?
    public var phone: String?
    public var location: String?
    public var roleId: String?
    /// The role profile version the candidate is assessed against.
    public var roleVersion: Int?
    public var openingId: String?
    /// Where the candidate came from: a job board, an agency, a referral.
    public var source: String?
    public var stage: Stage
    /// The system that issued `externalId`, for feed imports.
    public var externalSource: String?
    public var externalId: String?
    /// Whether the person's data has been erased, leaving only anonymous numbers.
    public var erased: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int64? = nil, name: String, givenName: String? = nil, familyName: String? = nil, email: String? = nil,
        phone: String? = nil, location: String? = nil, roleId: String? = nil, roleVersion: Int? = nil,
        openingId: String? = nil, source: String? = nil, stage: Stage = .applied, externalSource: String? = nil,
        externalId: String? = nil, erased: Bool = false, createdAt: Date = Date(), updatedAt: Date = Date()
    ) {
        self.id = id
        self.name = name
        self.givenName = givenName
        self.familyName = familyName
        self.email = email
        self.emailKey = email.map(EmailAddress.key)
        self.phone = phone
        self.location = location
        self.roleId = roleId
        self.roleVersion = roleVersion
        self.openingId = openingId
        self.source = source
        self.stage = stage
        self.externalSource = externalSource
        self.externalId = externalId
        self.erased = erased
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public static let databaseTableName = "candidate"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns, for requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
        public static let givenName = Column(CodingKeys.givenName)
        public static let familyName = Column(CodingKeys.familyName)
        public static let email = Column(CodingKeys.email)
        public static let emailKey = Column(CodingKeys.emailKey)
        public static let phone = Column(CodingKeys.phone)
        public static let location = Column(CodingKeys.location)
        public static let roleId = Column(CodingKeys.roleId)
        public static let roleVersion = Column(CodingKeys.roleVersion)
        public static let openingId = Column(CodingKeys.openingId)
        public static let source = Column(CodingKeys.source)
        public static let stage = Column(CodingKeys.stage)
        public static let externalSource = Column(CodingKeys.externalSource)
        public static let externalId = Column(CodingKeys.externalId)
        public static let erased = Column(CodingKeys.erased)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }
}

extension Stage: DatabaseValueConvertible {}

extension Candidate {
    /// The stored candidate's typed id.
    public var candidateID: CandidateID { CandidateID(id!) }
}
