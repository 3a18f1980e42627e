/** Database wiring: an embedded PostgreSQL in {@code KINERJA_DATA_DIR} unless SPRING_DATASOURCE_URL points elsewhere. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text"})
package id.kinerja.database;
