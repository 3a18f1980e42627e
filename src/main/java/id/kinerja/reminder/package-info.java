/** Deadline prompts to supervisors: schedule ladder, snoozes, escalations, and the Quartz tick that plans them. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "appraisal", "employee", "account", "calendar", "outbox", "text"})
package id.kinerja.reminder;
