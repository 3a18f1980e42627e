/** Database wiring: an embedded PostgreSQL in {@code KINERJA_DATA_DIR} unless SPRING_DATASOURCE_URL points elsewhere. */
package id.kinerja.database;
