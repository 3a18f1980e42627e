/** The installation secret outside the database, keys derived from it per purpose, and sealing with them. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kinerja.secret;
