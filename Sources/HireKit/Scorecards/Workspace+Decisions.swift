import Foundation
import GRDB

extension Workspace {
    /// Whether text is a real calendar date written `YYYY-MM-DD`, in the years a person may give
    /// (``CalendarDate/plausibleYears``).
    public static func isCalendarDay(_ text: String) -> Bool { CalendarDate(given: text) != nil }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
