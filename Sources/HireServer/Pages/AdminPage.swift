import Foundation
import HireKit

/// The models of the admin pages: users and workspace settings.
enum AdminPage {
    static func users(_ accounts: [AccountSummary], people: [Person], self viewer: Int64?, invited: String?, problem: String?) -> [String: Any] {
        let rows = accounts.map { account -> [String: Any] in
            [
                "personId": account.personId, "name": account.name, "email": account.email,
                "roles": account.accessRoles.map(\.rawValue).joined(separator: ", "), "status": account.status.rawValue,
                "secondFactor": account.secondFactor ? "on" : "off",
                "disabled": account.status == .disabled, "isSelf": account.personId == viewer,
            ]
        }
        let withPassword = Set(accounts.filter { $0.status != .invited }.map(\.personId))
        let invitable = people.filter { !withPassword.contains($0.id!) }.map { ["id": $0.id!, "name": $0.name] }
        return [
            "users": rows, "invitable": invitable, "canInvite": !invitable.isEmpty, "invited": invited ?? false,
            "problem": problem ?? false, "wide": true,
        ]
    }

    static func settings(_ values: [WorkspaceSettingValue], people: [Person], typed: FormData?, errors: [String: String]) -> [String: Any] {
        func value(_ key: WorkspaceSetting) -> String {
            typed?[key.rawValue] ?? values.first { $0.key == key }?.value ?? ""
        }
        func error(_ key: WorkspaceSetting) -> Any { errors[key.rawValue] ?? false }
        let contact = value(.hrContact)
        return [
            "timeZone": value(.timeZone), "dueHours": value(.scorecardDueHours),
            "people": people.map { ["id": $0.id!, "name": $0.name, "selected": String($0.id!) == contact] },
            "noContact": contact.isEmpty,
            "timeZoneError": error(.timeZone), "dueHoursError": error(.scorecardDueHours), "contactError": error(.hrContact),
            "timeZoneHint": WorkspaceSetting.timeZone.summary, "dueHoursHint": WorkspaceSetting.scorecardDueHours.summary,
            "contactHint": WorkspaceSetting.hrContact.summary,
        ]
    }
}
