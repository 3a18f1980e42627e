/** Spreadsheet files: CSV read and written through Apache Commons CSV, XLSX through Apache POI; no domain knowledge. */
package id.kinerja.spreadsheet;
