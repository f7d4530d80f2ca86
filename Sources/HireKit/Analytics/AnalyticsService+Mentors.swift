import Foundation
import GRDB

/// How one mentor's mentees did: time to ramp, and how far the interview's focus areas closed by day 90.
public struct MentorEffect: Sendable, Hashable, Codable {
    public var mentorId: Int64
    /// The mentor's name (staff, not candidates).
    public var name: String
    /// New hires with this mentor now.
    public var mentees: Int
    /// Mentees who have ramped.
    public var ramped: Int
    /// Their mean days from start to ramped.
    public var meanDaysToRamp: Double?
    /// Mentees with a baseline and a day-90 observation of a focus area.
    public var n: Int
    /// The mean change from the interview baseline to the day-90 observation, over each mentee's focus areas, in scale points.
    public var meanChange: Double?
    /// Its 95% t interval (`nil` below two mentees).
    public var low: Double?
    public var high: Double?
}

extension AnalyticsService {
    /// Per mentor (their current mentees, of one role or all): how many ramped and in how many
    /// days on average, and whether the interview's focus areas closed by day 90: for each mentee
    /// the mean over their focus areas of the day-90 observation (the latest after day 60, up to
    /// day 90) minus the interview mean, then per mentor n, the mean change and its 95% t interval.
    /// Mentors with the fastest mean ramp come first. Mentees are few: read the intervals.
    public func mentorEffects(role: String? = nil, as viewer: Actor) throws -> [MentorEffect] {
        try Policy.require(viewer, .viewAnalytics)
        return try writer.read { db in
            if let role { _ = try Workspace.roleVersion(db, role: role) }
            var request = NewHire.filter(NewHire.Columns.mentorId != nil)
            if let role { request = request.filter(NewHire.Columns.roleId == role) }
            let hires = try request.fetchAll(db)
            let names = try Workspace.personNames(db, ids: Set(hires.compactMap(\.mentorId)))
            var byMentor: [Int64: (mentees: Int, days: [Double], changes: [Double])] = [:]
            for hire in hires {
                let mentor = hire.mentorId!
                var entry = byMentor[mentor] ?? (0, [], [])
                entry.mentees += 1
                if let ramped = hire.rampedOn { entry.days.append(Double(hire.startDate.days(until: ramped))) }
                let baseline = try Workspace.interviewBaseline(db, candidateId: hire.candidateId)
                var day90: [String: (on: CalendarDate, rating: Double)] = [:]
                for row in try Row.fetchAll(
                    db, sql: "SELECT k.\"on\", o.competencyId, o.rating FROM observation o JOIN checkIn k ON k.id = o.checkInId WHERE k.newHireId = ?",
                    arguments: [hire.id])
                {
                    let onText: String = row[0]
                    guard let on = CalendarDate(onText) else { continue }
                    let day = hire.startDate.days(until: on)
                    let competency: String = row[1]
                    guard day > 60, day <= 90, hire.focusAreas.contains(competency) else { continue }
                    if let earlier = day90[competency], earlier.on > on { continue }
                    day90[competency] = (on, row[2])
                }
                let changes = hire.focusAreas.compactMap { focus in baseline[focus].flatMap { base in day90[focus].map { $0.rating - base } } }
                if !changes.isEmpty { entry.changes.append(changes.reduce(0, +) / Double(changes.count)) }
                byMentor[mentor] = entry
            }
            return byMentor.map { mentor, entry in
                let n = entry.changes.count
                let mean = n > 0 ? entry.changes.reduce(0, +) / Double(n) : nil
                var low: Double?
                var high: Double?
                if let mean, let sd = Correlation.standardDeviation(entry.changes) {
                    let half = StudentT.critical(confidence: 0.95, degreesOfFreedom: Double(n - 1)) * sd / Double(n).squareRoot()
                    low = mean - half
                    high = mean + half
                }
                return MentorEffect(
                    mentorId: mentor, name: names[mentor] ?? "person \(mentor)", mentees: entry.mentees, ramped: entry.days.count,
                    meanDaysToRamp: entry.days.isEmpty ? nil : entry.days.reduce(0, +) / Double(entry.days.count), n: n, meanChange: mean, low: low, high: high)
            }.sorted { ($0.meanDaysToRamp ?? .infinity, $0.name) < ($1.meanDaysToRamp ?? .infinity, $1.name) }
        }
    }
}
