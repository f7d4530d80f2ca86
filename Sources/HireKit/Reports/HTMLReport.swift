import Foundation
import Mustache

/// Renders the self-contained HTML reports: inline CSS and SVG, no scripts, nothing fetched.
///
/// Pages are assembled by Mustache templates (``ReportTemplates``), which escape every value;
/// the charts are SVG built by this library, which escapes every user string it places in them.
public enum HTMLReport {
    /// What every page states about its making.
    public struct Context: Sendable {
        /// When the report was generated, as shown in its footer.
        public var generated: String
        /// The time zone of the dates and times shown.
        public var timeZone: TimeZone
        /// What the data is, said under the title of the analytics reports (the demo's: generated and fictional).
        public var note: String?

        public init(generated: String, timeZone: TimeZone = .current) {
            self.generated = generated
            self.timeZone = timeZone
        }

        /// Generated now, in the local time zone.
        public static func now(timeZone: TimeZone = .current) -> Context {
            Context(generated: DateLabel.timestamp(Date(), timeZone: timeZone), timeZone: timeZone)
        }
    }

    /// The compiled templates. They are constants of this library, so a parse error is a bug (the tests render every one).
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        let templates = [
            ("page", ReportTemplates.page), ("badge", ReportTemplates.badge), ("candidate", ReportTemplates.candidate),
            ("slate", ReportTemplates.slate), ("slateHead", ReportTemplates.slateHead), ("slateRow", ReportTemplates.slateRow),
            ("ramp", ReportTemplates.ramp), ("calibration", ReportTemplates.calibration),
            ("funnel", ReportTemplates.funnel), ("validity", ReportTemplates.validity),
        ]
        for (name, text) in templates {
            do { try library.register(text, named: name) } catch { fatalError("report template '\(name)' does not parse: \(error)") }
        }
        return library
    }()

    static func render(_ model: Any, template: String) -> String {
        guard let html = library.render(model, withTemplate: template) else { fatalError("no report template '\(template)'") }
        return html
    }

    /// A labelled, classed badge: the word (and symbol) carries the meaning, the colour repeats it.
    struct Badge {
        var text: String
        var cls: String

        static func mustHaves(_ status: MustHaveStatus) -> Badge {
            switch status {
            case .met: Badge(text: "✓ met", cls: "ok")
            case .pending: Badge(text: "? pending", cls: "warn")
            case .failed: Badge(text: "✗ not met", cls: "bad")
            }
        }
    }
}

/// Dates and times as the reports show them.
enum DateLabel {
    static func timestamp(_ date: Date, timeZone: TimeZone) -> String {
        DateFormatting.string(date, .minute, in: timeZone)
    }
}
