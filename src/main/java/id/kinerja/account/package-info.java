/** Link codes, the Telegram account to employee binding, and the linking lockout. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"employee", "audit", "text"})
@OwnsTables({"link_attempt", "link_code", "telegram_account"})
package id.kinerja.account;

import id.kinerja.OwnsTables;
