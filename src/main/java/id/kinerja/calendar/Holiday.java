package id.kinerja.calendar;

import java.time.LocalDate;

/** A day off for the whole office: a national public holiday or a cuti bersama day. */
record Holiday(LocalDate date, String name, Kind kind) {

    public enum Kind { LIBUR_NASIONAL, CUTI_BERSAMA }
}
