/** The command-line shell of HR (picocli): parses a command, calls the use cases of the modules, prints the result. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "appraisal", "audit", "calendar", "database", "demo", "employee", "outbox", "peer", "playground", "reminder", "spreadsheet", "survey", "text"})
package id.kinerja.admin;
