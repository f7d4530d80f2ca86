import GRDB

/// Tables for new hires, their ramp milestones, mentors, check-ins and observations.
enum OnboardingSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "newHire") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("candidate", onDelete: .cascade).notNull().unique()
            t.column("roleId", .text).notNull()
            t.column("roleVersion", .integer).notNull()
            t.column("hiredOn", .text).notNull()
            t.column("startDate", .text).notNull()
            t.column("managerId", .integer).notNull().references("person")
            t.column("mentorId", .integer).references("person")
            t.column("businessDays", .boolean).notNull()
            t.column("focusAreas", .jsonText).notNull()
            t.column("quadrant", .text)
            t.column("coachingStyle", .text)
            t.column("rampedOn", .text)
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(index: "newHire_manager", on: "newHire", columns: ["managerId"])
        try db.create(index: "newHire_mentor", on: "newHire", columns: ["mentorId"])
        try db.create(table: "rampMilestone") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("newHire", onDelete: .cascade).notNull()
            t.column("milestoneId", .text).notNull()
            t.column("title", .text).notNull()
            t.column("owner", .text).notNull()
            t.column("ownerPersonId", .integer).references("person")
            t.column("dueDate", .text).notNull()
            t.column("competencies", .jsonText).notNull()
            t.column("after", .jsonText).notNull()
            t.column("priority", .boolean).notNull()
            t.column("state", .text).notNull()
            t.column("completedOn", .text)
            t.column("note", .text)
            t.column("reason", .text)
            t.column("updatedBy", .text)
            t.uniqueKey(["newHireId", "milestoneId"])
        }
        try db.create(table: "mentor") { t in
            t.primaryKey("personId", .integer).references("person", onDelete: .cascade)
            t.column("capacity", .integer).notNull()
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "mentorStrength") { t in
            t.column("personId", .integer).notNull().references("mentor", onDelete: .cascade)
            t.column("competencyId", .text).notNull()
            t.column("rating", .double)
            t.primaryKey(["personId", "competencyId"])
        }
        try db.create(table: "mentorAssignment") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("newHire", onDelete: .cascade).notNull()
            t.column("mentorId", .integer).notNull().references("person")
            t.column("assignedOn", .text).notNull()
            t.column("endedOn", .text)
            t.column("reason", .text)
            t.column("forced", .boolean).notNull()
            t.column("actor", .text).notNull()
        }
        try db.create(table: "checkIn") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("newHire", onDelete: .cascade).notNull()
            t.column("on", .text).notNull()
            t.column("notes", .text)
            t.column("results", .text)
            t.column("newOpportunities", .text)
            t.column("progress", .text)
            t.column("forecast", .text)
            t.column("nextSteps", .text)
            t.column("actor", .text).notNull()
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "observation") { t in
            t.belongsTo("checkIn", onDelete: .cascade).notNull()
            t.column("competencyId", .text).notNull()
            t.column("rating", .double).notNull()
            t.primaryKey(["checkInId", "competencyId"])
        }
    }

    /// A new hire is also a person of the workspace (made or found when hired), kept here.
    static func addNewHirePerson(_ db: Database) throws {
        try db.alter(table: "newHire") { t in
            t.add(column: "personId", .integer).references("person", onDelete: .setNull)
        }
        try db.create(index: "newHire_person", on: "newHire", columns: ["personId"])
    }

    /// Check-ins keep their answers to the role's own questions, with the wording asked (JSON).
    static func addCheckInAnswers(_ db: Database) throws {
        try db.alter(table: "checkIn") { t in
            t.add(column: "answers", .jsonText)
        }
    }
}
