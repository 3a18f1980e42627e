/** Messages the bot sends on its own: queue, dispatcher, rate limits, retries, unreachable chats. */
package id.kinerja.outbox;
