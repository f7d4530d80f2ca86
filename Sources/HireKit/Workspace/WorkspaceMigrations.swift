import GRDB

/// The named, ordered schema migrations of a workspace. Each feature owns its tables;
/// a new schema change is a new migration appended here, never an edit of an old one.
enum WorkspaceMigrations {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-roles-candidates", migrate: FoundationSchema.create)
        migrator.registerMigration("scorecards-v1", migrate: ScorecardSchema.create)
        migrator.registerMigration("onboarding-v1", migrate: OnboardingSchema.create)
        migrator.registerMigration("import-v1", migrate: ImportSchema.create)
        migrator.registerMigration("calibration-v1", migrate: CalibrationSchema.create)
        migrator.registerMigration("settings-v1", migrate: WorkspaceSettings.create)
        migrator.registerMigration("import-v2-reject-index", migrate: ImportSchema.indexRejects)
        migrator.registerMigration("import-v3-details-by-candidate", migrate: ImportSchema.keyDetailsByCandidate)
        migrator.registerMigration("candidates-v2-drop-redundant-role-index", migrate: FoundationSchema.dropRedundantRoleIndex)
        migrator.registerMigration("access-v1", migrate: AccessSchema.create)
        migrator.registerMigration("decisions-v2-late-start", migrate: Decision.addLateStartReason)
        migrator.registerMigration("openings-v2-headcount", migrate: Opening.addHeadcount)
        migrator.registerMigration("interviews-v2-duration", migrate: Interview.addDuration)
        migrator.registerMigration("people-v2-retired", migrate: Person.addRetired)
        migrator.registerMigration("import-v4-file-base-names", migrate: ImportSchema.storeBaseNames)
        migrator.registerMigration("accounts-v1", migrate: AccountSchema.create)
        migrator.registerMigration("scorecards-v2-drafts", migrate: ScorecardDraftSchema.create)
        migrator.registerMigration("checkins-v2-answers", migrate: OnboardingSchema.addCheckInAnswers)
        migrator.registerMigration("accounts-v2-second-factor", migrate: SecondFactorSchema.create)
        migrator.registerMigration("api-v1", migrate: APISchema.create)
        migrator.registerMigration("onboarding-v3-new-hire-person", migrate: OnboardingSchema.addNewHirePerson)
        migrator.registerMigration("interviews-v3-calendar", migrate: CalendarSchema.create)
        migrator.registerMigration("reminders-v1", migrate: ReminderSchema.create)
        migrator.registerMigration("webhooks-v1", migrate: WebhookSchema.create)
        migrator.registerMigration("outcomes-v1", migrate: OutcomeSchema.create)
        migrator.registerMigration("calendars-v2-subscriptions", migrate: CalendarSchema.createSubscriptions)
        return migrator
    }()
}
