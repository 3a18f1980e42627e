/** Link codes, the Telegram account to employee binding, and the linking lockout. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"employee", "audit", "text"})
package id.kinerja.account;
