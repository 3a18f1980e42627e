/** Link codes, the Telegram account to employee binding, and the linking lockout. */
package id.kinerja.account;
