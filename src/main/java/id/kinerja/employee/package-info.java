/** Units, employees, the supervisor chain, roles and the NIP; roster import. */
@OwnsTables({"employee", "unit"})
package id.kinerja.employee;

import id.kinerja.OwnsTables;
