import GRDB

/// The table of scorecard answers saved to finish later: one row per interview, holding what
/// its interviewer typed as JSON. Never a submitted scorecard: nothing that counts, scores or
/// lists scorecards reads it. It goes with the interview (`ON DELETE CASCADE`), is deleted when
/// the scorecard is submitted, and is erased with the candidate (see ``PersonalData``).
enum ScorecardDraftSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "scorecardDraft") { t in
            t.primaryKey("interviewId", .integer).references("interview", onDelete: .cascade)
            t.column("answers", .text).notNull()
            t.column("savedAt", .datetime).notNull()
        }
    }
}
