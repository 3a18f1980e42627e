/** Units, employees, the supervisor chain, roles and the NIP; roster import. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "text"})
@OwnsTables({"employee", "unit"})
package id.kinerja.employee;

import id.kinerja.OwnsTables;
