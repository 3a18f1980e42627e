/** The command-line shell of HR (picocli): parses a command, calls the use cases of the modules, prints the result. */
package id.kinerja.admin;
