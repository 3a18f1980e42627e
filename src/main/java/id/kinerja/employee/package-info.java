/** Units, employees, the supervisor chain, the NIP, HR rights and who is asking (requester); the roster import. */
package id.kinerja.employee;
