import HireKit

/// The CLI's words for the library's remedies: its flags and commands, appended to the
/// library's message.
enum RemedyText {
    /// The error as the CLI prints it.
    static func message(_ error: HireError) -> String {
        error.message + suffix(error.remedy)
    }

    /// A diagnostic's text with its remedy worded for the command line.
    static func description(_ diagnostic: Diagnostic) -> String {
        diagnostic.description + suffix(diagnostic.remedy)
    }

    /// What follows the library's message.
    static func suffix(_ remedy: Remedy?) -> String {
        guard let remedy else { return "" }
        switch remedy {
        case .createWorkspace: return "; create one with `hire init` (or pass --workspace PATH)"
        case .forceOverwrite: return "; use --force to overwrite them"
        case .listCandidates: return " (see `hire candidate list`)"
        case .listScorecards: return " (see `hire scorecard list CANDIDATE`)"
        case .newScorecardForm: return "; create a new form with `hire scorecard new`"
        case .amendScorecard(let id): return "; change it with `hire scorecard amend \(id) --reason ...`"
        case .scheduleOrAllowUnscheduled: return "; schedule them with `hire interview schedule` or pass --unscheduled"
        case .removeOrAllowExtra: return "; remove it or pass --allow-extra"
        case .addPerson: return "; add them with `hire people add NAME --email ...`"
        case .addOpening(let id): return "; add it with `hire opening add \(id) --role ROLE`"
        case .addMentor(let id): return "; add them with `hire mentor add \(id) --strengths ...`"
        case .forceOverCapacity: return "; use --force with --reason to go over capacity"
        case .forceOutOfOrder: return "; finish those first or use --force with --reason"
        case .recordHire(let id): return " (record a hire with `hire decide \(id) hire`)"
        case .recordGroups: return " (record it with `hire candidate set-group`)"
        case .importOutcomes: return " (import results with `hire outcome import FILE.csv`)"
        case .decideInstead: return ": use `hire decide CANDIDATE hire --start DATE --manager PERSON`"
        case .loadRoles: return "; load role profiles with `hire roles load Scorecards/`"
        case .overrideWithReason: return "; to hire anyway, give --override REASON"
        case .forceFeedFormat: return " (--format forces one)"
        case .resetPassword: return "; use `hire user reset PERSON` (which ends their sessions)"
        case .listTokens: return "; see `hire token list`"
        case .reload: return "; read it again and decide anew"
        case .moveFirst(let id, let stage): return "; move them to \(stage.rawValue) first with `hire candidate move \(id) \(stage.rawValue) --reason ...`"
        case .setOpening(let id): return "; change it with `hire candidate set-opening \(id) OPENING --reason ...`"
        case .setRoleOrOpening(let id):
            return "; give them one with `hire candidate set-opening \(id) OPENING --reason ...` or `hire candidate set-role \(id) ROLE --reason ...`"
        case .addFirstMentor: return "; make someone one with `hire mentor add PERSON --strengths ...`"
        case .rescheduleOrAllowOverlap: return "; pick another time (--at, --duration) or pass --allow-overlap"
        case .namePersonById: return "; use their id or email"
        case .newEvidenceOrKeep: return " (--evidence COMPETENCY=\"...\", or --keep-evidence)"
        case .stopServer(let pid):
            return "; stop it first (Ctrl-C where `hire serve` runs, or `kill \(pid)`), or use --force to restore under it"
        case .supply(.amendment): return ": give --rate, --evidence, --skip, --recommend or --notes"
        case .supply(let input): return " (\(flag(input)))"
        }
    }

    private static func flag(_ input: Remedy.Input) -> String {
        switch input {
        case .reason: return "--reason"
        case .startDate: return "--start YYYY-MM-DD"
        case .manager: return "--manager PERSON"
        case .overrideReason: return "--override REASON"
        case .email: return "--email"
        case .roleOrOpening: return "--role or --opening"
        case .capacity: return "--capacity"
        case .strengths: return "--strengths, as in --strengths discovery,negotiation-closing=4"
        case .amendment: return "--rate, --evidence, --skip, --recommend or --notes"
        }
    }
}
