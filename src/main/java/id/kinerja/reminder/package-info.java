/** Deadline prompts to supervisors: schedule ladder, snoozes, escalations, and the Quartz tick that plans them. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "appraisal", "employee", "account", "calendar", "outbox", "text", "schedule", "audit"})
@OwnsTables({"prompt_snooze"})
package id.kinerja.reminder;

import id.kinerja.OwnsTables;
