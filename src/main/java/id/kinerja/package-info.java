/**
 * Kinerja Bot: one module per direct sub-package (docs/ARCHITECTURE.md). Quartz's job store (V2) and
 * Spring Modulith's event publication registry keep their own tables.
 */
@FrameworkTables({"qrtz_*", "event_publication"})
package id.kinerja;
