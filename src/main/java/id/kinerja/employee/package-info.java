/** Units, employees, the supervisor chain, roles and the NIP; roster import. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "text"})
package id.kinerja.employee;
