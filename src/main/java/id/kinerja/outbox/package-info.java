/** Messages the bot sends on its own: queue, dispatcher, rate limits, retries, unreachable chats. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "text", "employee"})
package id.kinerja.outbox;
