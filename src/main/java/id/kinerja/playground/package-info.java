/** The playground: without a Telegram token, the bot runs against a Bot API emulator inside the application, tried in a browser. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "demo", "employee", "account", "survey", "reminder", "peer", "appraisal", "calendar", "outbox", "followup", "digest"})
package id.kinerja.playground;
