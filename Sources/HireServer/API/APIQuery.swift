import Hummingbird
import HireKit

/// A request's query parameters, read strictly: a value given twice, empty or out of range
/// is a 422 problem naming the parameter (the value itself is never echoed: it may be personal).
struct APIQuery {
    let parameters: Parameters

    init(_ parameters: Parameters) { self.parameters = parameters }

    func value(_ name: String) throws -> String? {
        let values = parameters.getAll(name)
        guard let value = values.first else { return nil }
        guard values.count == 1 else { throw Problem(.unprocessableContent, detail: "'\(name)' is given more than once") }
        guard !value.isEmpty, value.utf8.count <= 200 else { throw Problem(.unprocessableContent, detail: "'\(name)' is empty or too long") }
        return value
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try value(name) else { return nil }
        guard text.allSatisfy(\.isASCII), let number = Int(text), range.contains(number) else {
            throw Problem(.unprocessableContent, detail: "'\(name)' is a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func date(_ name: String) throws -> CalendarDate? {
        guard let text = try value(name) else { return nil }
        guard let date = CalendarDate(given: text) else {
            throw Problem(.unprocessableContent, detail: "'\(name)' is \(CalendarDate.givenFormat)")
        }
        return date
    }

    /// One of a fixed set of values (a stage, a feed format), named in the refusal.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = try value(name) else { return nil }
        guard let value = T(rawValue: text) else {
            throw Problem(.unprocessableContent, detail: "'\(name)' is one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    func boolean(_ name: String) throws -> Bool? {
        guard let text = try value(name) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw Problem(.unprocessableContent, detail: "'\(name)' is true or false")
        }
    }

    /// The `{id}` of a candidate route; anything but a whole number is not found.
    static func candidateID(_ context: HireRequestContext) throws -> CandidateID {
        guard let text = context.parameters.get("id"), text.allSatisfy(\.isASCII), let id = Int64(text), id > 0 else {
            throw HireError.notFound("no candidate")
        }
        return CandidateID(id)
    }
}
