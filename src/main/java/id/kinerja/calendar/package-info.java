/** The working calendar: time zone, working days, holidays and cuti bersama, quiet hours. */
package id.kinerja.calendar;
