import Foundation
import Hummingbird
import HireKit

/// `GET|POST /account/two-factor`: a signed-in person turns on two-step sign-in without
/// JavaScript: the page shows a new secret as text and as an `otpauth://` link, and a code
/// from the authenticator app confirms it; the ten recovery codes are shown once.
struct SecondFactorRoutes {
    static let path = "/account/two-factor"
    let services: HireServices

    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.add(middleware: RequireSignInMiddleware())
        routes.get("account/two-factor", use: page)
        routes.post("account/two-factor", use: enrol)
        return routes
    }

    @Sendable func page(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let person = actor.personId else { throw HTTPError(.unauthorized) }
        if context.secondFactorEnrolled {
            let left = try await services.run { try $0.secondFactors.status(of: PersonID(person)).recoveryCodesLeft }
            return services.pages.render("two-factor", title: "Two-step sign-in", ["enrolled": ["codesLeft": left]], context: context)
        }
        return form(context: context, person: person, secret: SecondFactorService.newSecret())
    }

    @Sendable func enrol(request: Request, context: HireRequestContext) async throws -> Response {
        let actor = try context.signedIn
        guard let person = actor.personId else { throw HTTPError(.unauthorized) }
        guard let secret = context.form["secret"].flatMap(Self.unhex) else { throw HTTPError(.badRequest) }
        let code = context.form["otp"] ?? ""
        let (algorithm, now) = (services.configuration.oneTimeCodes, services.now)
        let codes: [String]
        do {
            codes = try await services.run {
                try $0.secondFactors.enrol(person: PersonID(person), secret: secret, code: code, algorithm: algorithm, actor: actor, now: now)
            }
        } catch let error as HireError where error.kind == .invalid {
            return form(context: context, person: person, secret: secret, error: error.message.capitalizedFirst + ".")
        }
        return services.pages.render("two-factor-codes", title: "Your recovery codes", ["codes": codes], context: context)
    }

    /// The enrolment form for `secret`, kept (hex-encoded) in a hidden field until confirmed.
    private func form(context: HireRequestContext, person: Int64, secret: String, error: String? = nil) -> Response {
        let totp = services.configuration.oneTimeCodes
        let base32 = totp.base32Secret(secret)
        var model: [String: Any] = [
            "secretHex": Data(secret.utf8).map { String(format: "%02x", $0) }.joined(),
            "secretText": stride(from: 0, to: base32.count, by: 4).map { offset in
                String(base32.dropFirst(offset).prefix(4))
            }.joined(separator: " "),
            "link": totp.authenticatorURL(secret: secret, label: "Hire:person \(person)", issuer: "Hire"),
            "required": services.configuration.requireSecondFactor && context.actor.map { !$0.accessRoles.isDisjoint(with: RequireSecondFactorMiddleware.roles) } == true,
        ]
        if let error { model["error"] = error }
        return services.pages.render(
            "two-factor", title: "Turn on two-step sign-in", ["enrol": model], context: context, status: error == nil ? .ok : .unprocessableContent)
    }

    /// The text of a hex string of printable ASCII, or `nil`.
    static func unhex(_ hex: String) -> String? {
        let digits = Array(hex.utf8)
        guard digits.count.isMultiple(of: 2), digits.count <= 256 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return String(bytes: bytes, encoding: .utf8)
    }
}
