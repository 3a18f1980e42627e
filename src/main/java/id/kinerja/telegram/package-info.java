/** Everything org.telegram.*: long polling, the Bot API client, escaping limits and splitting. */
package id.kinerja.telegram;
