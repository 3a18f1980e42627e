/** Link codes and their sheets with deep links, the Telegram account to employee binding, the linking lockout. */
@OwnsTables({"link_attempt", "link_code", "telegram_account"})
package id.kinerja.account;

import id.kinerja.OwnsTables;
