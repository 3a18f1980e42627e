/** Units, employees, the supervisor chain, roles and the NIP; roster import. */
package id.kinerja.employee;
