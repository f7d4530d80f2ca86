import Foundation
import Hummingbird
import HireKit

/// How the JSON API writes and reads bodies: snake_case names, ISO 8601 times, UTF-8.
enum APIJSON {
    static let contentType = "application/json"

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON response. The models encoded here hold no string-keyed dictionaries, so the
    /// snake_case conversion only ever touches field names.
    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var headers = headers
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: try encoder().encode(value))))
    }

    /// Reads a JSON body of at most `limit` bytes; a body that does not decode is a 422 problem
    /// naming the field.
    static func decode<T: Decodable>(_ type: T.Type, from request: inout Request, limit: Int = 1 << 20) async throws -> (T, Data) {
        guard request.headers[.contentType].map({ $0.lowercased().hasPrefix(contentType) }) ?? false else {
            throw Problem(.unsupportedMediaType, detail: "send the body as application/json")
        }
        let buffer = try await request.collectBody(upTo: limit)
        let data = Data(buffer: buffer)
        do {
            return (try JSONDecoder().decode(T.self, from: data), data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Problem(.unprocessableContent, detail: "the body needs '\(Self.path(context.codingPath + [key]))'")
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            throw Problem(.unprocessableContent, detail: "'\(Self.path(context.codingPath))' has the wrong type\(Self.expected(type))")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw Problem(.unprocessableContent, detail: "'\(Self.path(context.codingPath))' cannot be read: \(context.debugDescription)")
        } catch {
            throw Problem(.badRequest, detail: "the body is not a JSON object")
        }
    }

    /// What a field should have held, in JSON's words.
    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is Int64.Type, is Int.Type, is Double.Type: ": give a number"
        case is String.Type: ": give a string"
        case is Bool.Type: ": give true or false"
        default: ""
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

extension KeyedDecodingContainer {
    /// The value of an optional field: absent is `nil`, but `null` is refused like any other
    /// value of the wrong type (the OpenAPI document says what each field holds).
    func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        contains(key) ? try decode(T.self, forKey: key) : nil
    }
}
