/** Retention: records kept only as long as they serve their purpose are removed every night. */
package id.kinerja.housekeeping;
