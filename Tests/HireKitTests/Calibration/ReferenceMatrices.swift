@testable import HireKit

/// The matrices of `Tests/Fixtures/calibration/reference.py`, whose output the tests pin.
enum ReferenceMatrices {
    static let n: Double? = nil

    /// Krippendorff (2011), section C: 4 observers x 12 units (raters x units).
    static let k2011 = RatingsMatrix(raters: [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ])

    /// A hiring panel, 1..4: 5 interviewers x 10 candidates (raters x units).
    static let panel = RatingsMatrix(raters: [
        [3, 2, n, 4, 1, n, 3, 2, n, 4],
        [3, n, 2, 4, 2, 3, n, 2, 1, n],
        [n, 2, 2, n, 1, 3, 4, n, 1, 3],
        [4, 3, n, 3, n, 2, 3, 3, n, 4],
        [n, n, 3, n, 2, n, n, 1, 2, n],
    ])

    /// Poor agreement, 1..5, complete: 3 raters x 8 units.
    static let poor = RatingsMatrix(raters: [
        [1, 5, 2, 4, 3, 5, 1, 2],
        [4, 2, 5, 1, 3, 2, 5, 4],
        [2, 3, 1, 5, 4, 1, 3, 5],
    ])

    /// Good agreement, 1..4, complete: 3 raters x 8 units.
    static let good = RatingsMatrix(raters: [
        [1, 2, 3, 4, 4, 2, 1, 3],
        [1, 2, 3, 4, 3, 2, 2, 3],
        [2, 2, 3, 4, 4, 1, 1, 3],
    ])

    /// Shrout & Fleiss (1979), Table 2: 6 targets x 4 judges (units x raters).
    static let shroutFleiss = RatingsMatrix(rows: [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ])
}

/// `value` rounded to three decimals equals `expected` (as the reference script prints it).
func close(_ value: Double?, _ expected: Double, places: Int = 3) -> Bool {
    guard let value else { return false }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (value * scale).rounded() == (expected * scale).rounded()
}
