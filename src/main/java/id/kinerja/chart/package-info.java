/** Charts as PNG images readable on a phone, drawn with XChart; no domain knowledge. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kinerja.chart;
