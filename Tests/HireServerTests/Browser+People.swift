import Foundation
import HummingbirdTesting

extension Browser {
    /// Signs each fixture person in on a browser of their own, checks `matrix` for them, then
    /// runs `body` with their short name (the part of the email before the `@`) and the browser.
    static func eachPerson(
        _ client: any TestClientProtocol, checking matrix: RouteMatrix,
        _ body: (_ short: String, _ browser: inout Browser) async throws -> Void = { _, _ in }
    ) async throws {
        for person in ServerFixture.people {
            let short = String(person.email.prefix { $0 != "@" })
            var browser = Browser(client)
            try await browser.signIn(person.email)
            try await browser.expectStatuses(matrix, for: short)
            try await body(short, &browser)
        }
    }
}
