/** The command-line tasks of HR (picocli): roster, indicator and evaluation imports, periods, link codes, recap, demo. */
package id.kinerja.admin;
