/**
 * The Bot API emulator: the subset of Telegram's Bot API the bot uses, validated against the official description.
 * The playground runs the bot against it; the tests do too.
 */
package id.kinerja.playground.emulator;
