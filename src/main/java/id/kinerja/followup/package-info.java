/** Follow-up of the appraisal: coaching, competence development, recognition. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"employee", "appraisal", "audit", "text", "calendar", "spreadsheet"})
@OwnsTables({"development_activity", "recognition"})
package id.kinerja.followup;

import id.kinerja.OwnsTables;
