/** Charts as PNG images readable on a phone, drawn with XChart; no domain knowledge. */
package id.kinerja.chart;
