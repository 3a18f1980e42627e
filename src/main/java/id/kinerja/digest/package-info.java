/** The weekly digest: HR admins and unit heads get their scope's progress per unit, the late supervisors and who is not linked, once a week. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"appraisal", "employee", "account", "outbox", "schedule", "calendar", "text"})
@OwnsTables({"digest_sent"})
package id.kinerja.digest;

import id.kinerja.OwnsTables;
