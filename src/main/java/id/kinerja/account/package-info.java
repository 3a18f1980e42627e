/** Link codes and their sheets with deep links, the Telegram account to employee binding, the linking lockout; data-subject requests (the /data_saya copy, correction requests). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"employee", "audit", "text", "spreadsheet", "calendar"})
@OwnsTables({"correction_request", "link_attempt", "link_code", "telegram_account"})
package id.kinerja.account;

import id.kinerja.OwnsTables;
