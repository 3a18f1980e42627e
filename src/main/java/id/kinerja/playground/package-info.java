/** The playground: without a Telegram token, the bot runs against a Bot API emulator inside the application, tried in a browser. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kinerja.playground;
