/** Units, employees, the supervisor chain, the NIP, HR rights and who is asking (requester); the roster import. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "text", "spreadsheet", "calendar"})
@OwnsTables({"employee", "unit"})
package id.kinerja.employee;

import id.kinerja.OwnsTables;
