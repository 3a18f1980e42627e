/** Everything org.telegram.*: long polling, the Bot API client, escaping limits and splitting. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"chat", "outbox", "text"})
package id.kinerja.telegram;
