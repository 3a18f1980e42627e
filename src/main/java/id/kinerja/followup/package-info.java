/** What follows the appraisal: coaching after a low predicate, competence development, recognition. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account", "appraisal", "audit", "calendar", "employee", "outbox", "reminder", "schedule", "spreadsheet", "text"})
@OwnsTables({"coaching_feedback", "coaching_session", "development_activity", "recognition"})
package id.kinerja.followup;

import id.kinerja.OwnsTables;
