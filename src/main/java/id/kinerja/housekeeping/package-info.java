/** Retention: records kept only as long as they serve their purpose are removed every night. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "account", "chat", "outbox", "survey", "employee", "schedule", "audit"})
package id.kinerja.housekeeping;
