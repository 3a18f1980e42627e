/** Link codes and their sheets with deep links, the Telegram account to employee binding, the linking lockout. */
package id.kinerja.account;
