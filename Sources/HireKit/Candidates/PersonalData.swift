import GRDB

/// Where a candidate's personal data lives in a workspace: THE one place erasure learns
/// which tables to scrub.
///
/// **A feature that adds a table adds one line here**, either to ``locations`` (how to find
/// a candidate's rows and what to remove) or to ``noPersonalData`` (with the reason in a
/// comment). `PersonalDataTests` fails for any table of the schema listed in neither, so a
/// new table cannot silently escape erasure.
///
/// Rows are found with an SQL condition over named parameters: `:candidate` (the id),
/// `:email`, `:externalId`, `:name`, `:givenName`, `:familyName` (`NULL` when unknown, never
/// empty). Tables a workspace does not have yet (a feature not merged or migrated) are skipped.
/// Text kept verbatim from outside (feed records, file names) is listed in ``verbatim``
/// instead: erasure matches it against every form of the person's name in Swift.
public enum PersonalData {
    /// What erasure does to the rows it finds.
    public enum Action: Sendable, Equatable {
        /// Delete the rows (they hold nothing statistics need).
        case delete
        /// Set these text columns to `NULL`, keeping the row's numbers and timestamps.
        case clear([String])
    }

    /// A table holding candidate personal data, with how to find one candidate's rows.
    public struct Location: Sendable {
        public var table: String
        /// An SQL condition selecting the candidate's rows.
        public var rows: String
        public var action: Action

        public init(_ table: String, rows: String, _ action: Action) {
            self.table = table
            self.rows = rows
            self.action = action
        }
    }

    static let ofCandidate = "candidateId = :candidate"
    static func via(_ parent: String, _ key: String) -> String {
        "\(key) IN (SELECT id FROM \(parent) WHERE candidateId = :candidate)"
    }

    /// Every table holding candidate personal data besides the `candidate` row itself, which
    /// erasure anonymises in place (see ``Workspace/eraseCandidate(_:reason:actor:)``).
    /// Order matters only for deletes that others' conditions depend on: children first.
    public static let locations: [Location] = [
        // Foundation: why a candidate moved (free text); the moves and their times stay.
        Location("stageChange", rows: ofCandidate, .clear(["reason"])),
        // Import: everything the feed said about the person, and rejected records that name them.
        Location("competencyEvidence", rows: ofCandidate, .delete),
        Location("candidateCompetency", rows: ofCandidate, .delete),
        Location("candidateContact", rows: ofCandidate, .delete),
        Location("candidateEmployment", rows: ofCandidate, .delete),
        Location("candidateEducation", rows: ofCandidate, .delete),
        Location("candidateAppliedPosition", rows: ofCandidate, .delete),
        Location("candidateImport", rows: ofCandidate, .delete),
        // (Rejected records and feed file names: see `verbatim`.)
        // Scorecards: interviewers' notes and evidence; ratings, recommendations and dates stay.
        Location("rating", rows: via("scorecard", "scorecardId"), .clear(["evidence", "skipReason"])),
        Location("scorecard", rows: ofCandidate, .clear(["notes", "amendReason"])),
        // Scorecard drafts: answers typed but not submitted, all of them free text.
        Location("scorecardDraft", rows: via("interview", "interviewId"), .delete),
        // Cancelled interviews: why (free text); who, which round and when stay.
        Location("interviewCancellation", rows: ofCandidate, .clear(["reason"])),
        Location("decision", rows: ofCandidate, .clear(["reason", "override", "lateStartReason"])),
        // Onboarding: notes and reviews; milestone states, dates and observed ratings stay.
        Location("rampMilestone", rows: via("newHire", "newHireId"), .clear(["note", "reason"])),
        Location("checkIn", rows: via("newHire", "newHireId"), .clear(["notes", "results", "newOpportunities", "progress", "forecast", "nextSteps", "answers"])),
        Location("mentorAssignment", rows: via("newHire", "newHireId"), .clear(["reason"])),
        // Reminders: which items about the candidate were sent to whom (keys and outcomes); the
        // rows go with the candidate, and with the person reminded (by cascade).
        Location("reminderSent", rows: ofCandidate, .delete),
        // Webhooks: events not yet delivered may name the candidate (and, for webhooks with
        // personal data, their email): deleted; delivered ones too.
        Location("webhookOutbox", rows: ofCandidate, .delete),
        // Outcomes: the note on a hire's leaving; the day and kind stay for retention statistics.
        Location("newHireExit", rows: via("newHire", "newHireId"), .clear(["note"])),
        // Calibration: self-identified group data.
        Location("candidateGroup", rows: ofCandidate, .delete),
        // API: responses kept for Idempotency-Key replays; those of no one candidate (an import's
        // rejects may quote a record) go with any erasure.
        Location("apiIdempotency", rows: "candidateId = :candidate OR candidateId IS NULL", .delete),
    ]

    /// What erasure does to verbatim text that names the person.
    public enum VerbatimAction: Sendable, Equatable {
        /// Delete the row (a rejected record that names them).
        case delete
        /// Replace the file name in the column, after `prefix`, by `(erased)`: a feed named
        /// after the person (`ann-example.xml`) keeps others' rows but not its name.
        case replaceFileName(prefix: String)
    }

    /// A column of text kept verbatim from outside (a feed record, a file name), which no SQL
    /// condition can search reliably: erasure reads it and matches it against every form of
    /// the person's name, emails, phones and external ids (`NameForms`: case, spacing, line
    /// breaks, entities, word order and separators ignored), in any candidate's rows.
    public struct Verbatim: Sendable {
        public var table: String
        public var column: String
        public var action: VerbatimAction

        public init(_ table: String, _ column: String, _ action: VerbatimAction) {
            self.table = table
            self.column = column
            self.action = action
        }
    }

    /// Verbatim text that may name a candidate whatever row it is in.
    public static let verbatim: [Verbatim] = [
        // Import: rejected records that name the person (their XML is kept as it was).
        Verbatim("importReject", "raw", .delete),
        // Import: feed file names (stored as base names), in runs, rejects and the stage-change
        // reason of candidates a feed added.
        Verbatim("importReject", "file", .replaceFileName(prefix: "")),
        Verbatim("importRun", "file", .replaceFileName(prefix: "")),
        Verbatim("stageChange", "reason", .replaceFileName(prefix: "imported from ")),
    ]

    /// The text a file name is replaced by.
    public static let erasedFileName = "(erased)"

    /// The name a new hire's person row takes when the candidate they were is erased.
    public static let erasedPersonName = "(erased)"

    /// Tables that hold no candidate personal data, each with why. Listed so the completeness
    /// test can tell a considered table from a forgotten one.
    public static let noPersonalData: Set<String> = [
        "candidate",  // anonymised in place by erasure itself
        "auditEvent",  // ids and codes only, by rule; append-only
        "role", "roleVersion", "opening",  // the organisation's own definitions
        "person", "mentor", "mentorStrength", "personAccess",  // the hiring side; a new hire's person is anonymised by erasure itself
        "interview",  // who interviews whom in which round: ids and times
        "newHire",  // ids, dates and competency codes
        "observation",  // ratings only
        "outcome",  // imported business results: a metric code, a number and a day per candidate id
        "setting",  // workspace-wide settings such as the time zone
        "notificationOptOut",  // staff who turned reminders off: ids only; goes with the person
        "webhook",  // endpoints: URL, events, signing secret
        "webhookMilestoneOverdue",  // ids of milestones announced as overdue
        "account", "accountSession", "accountInvite",  // staff sign-in (hashes only); go with the person
        "accountSecondFactor", "accountRecoveryCode",  // staff two-step sign-in (TOTP secret, code hashes); go with the person
        "apiToken",  // staff API tokens (digests only); go with the person
        "calendarSubscription",  // a staff member's calendar address (digest only); goes with the person
        "grdb_migrations", "sqlite_sequence",
    ]
}
