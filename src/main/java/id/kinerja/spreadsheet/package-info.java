/** Spreadsheet files: CSV read and written through Apache Commons CSV, XLSX through Apache POI; no domain knowledge. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text"})
package id.kinerja.spreadsheet;
