import Testing
@testable import HireKit

@Suite("FastText: the importer's fast paths give exactly the general results")
struct FastTextTests {
    @Test("numbers: the same Double as Double(text), sign of zero included")
    func numbers() {
        var texts = ["0", "-0", "7", "36", "0036", "-4", "100", "999999999999999", "-999999999999999", "1000000000000000", "12345678901234567890"]
        texts += ["", "-", "+5", "4.5", "-0.25", "1e3", "1E-2", "nan", "inf", "--1", "1-", "0x10", "3 ", " 3", "٣", "12a"]
        texts += (0..<500).map { String($0 * 7919 - 1_000_000) }
        for text in texts {
            let fast = FastText.number(text)
            let general = Double(text)
            #expect(fast?.bitPattern == general?.bitPattern || (fast?.isNaN == true && general?.isNaN == true), "\(text)")
        }
    }

    @Test("emails: the same key and validity as EmailAddress")
    func emails() {
        for email in ["Ann@Example.COM", " ann@example.com ", "ann @example.com", "ann@example", "@example.com", "ann@@example.com", "ann@.example.com",
            "ann@example..com", "Zoë@Example.org", "a@b.c"]
        {
            #expect(FastText.emailKey(email) == EmailAddress.key(email), "\(email)")
            #expect(FastText.isValidEmail(email) == EmailAddress.isValid(email), "\(email)")
        }
    }
}
