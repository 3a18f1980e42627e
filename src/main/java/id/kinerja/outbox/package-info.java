/** Messages the bot sends on its own: queue, dispatcher, rate limits, retries, unreachable chats. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "text", "employee", "audit"})
@OwnsTables({"outbox_message", "outbox_send_rate"})
package id.kinerja.outbox;

import id.kinerja.OwnsTables;
