/** The working calendar: time zone, working days, holidays and cuti bersama, quiet hours. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kinerja.calendar;
