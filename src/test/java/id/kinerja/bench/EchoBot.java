package id.kinerja.bench;

import id.kinerja.playground.emulator.BotApiEmulator;
import java.util.concurrent.atomic.AtomicInteger;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The baseline: the smallest bot TelegramBots makes possible — long polling, the library's default consumer (one
 * update after the other), the OkHttp client answering each text with the same text. No database.
 */
final class EchoBot implements AutoCloseable {

    private final TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
    private final AtomicInteger failures = new AtomicInteger();

    EchoBot(BotApiEmulator telegram) throws TelegramApiException {
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
        TelegramClient client = new OkHttpTelegramClient(telegram.token(), url);
        application.registerBot(telegram.token(), () -> url, new DefaultGetUpdatesGenerator(),
                new DefaultLongPollingUpdateConsumer() {
                    @Override
                    public void consume(Update update) {
                        if (update.hasMessage() && update.getMessage().hasText()) {
                            try {
                                client.execute(new SendMessage(update.getMessage().getChatId().toString(),
                                        update.getMessage().getText()));
                            } catch (TelegramApiException e) {
                                failures.incrementAndGet();
                            }
                        }
                    }
                });
    }

    int failures() {
        return failures.get();
    }

    @Override
    public void close() throws Exception {
        application.close();
    }
}
