import Foundation
import HireKit

/// Dates as `hire` prints them.
enum DateText {
    static func timestamp(_ date: Date) -> String {
        DateFormatting.string(date, .second, in: .current)
    }
}
