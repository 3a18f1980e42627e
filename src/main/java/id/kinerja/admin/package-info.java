/** The command-line tasks of HR (picocli): roster, indicator and evaluation imports, periods, link codes, recap, demo. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account", "appraisal", "audit", "calendar", "database", "employee", "outbox", "peer", "reminder", "text"})
package id.kinerja.admin;
