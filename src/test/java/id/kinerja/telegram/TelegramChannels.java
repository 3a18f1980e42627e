package id.kinerja.telegram;

import id.kinerja.outbox.OutboundChannel;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The outbox's channel over a real TelegramBots client, for tests that run the dispatcher without the whole bot. */
public final class TelegramChannels {

    private TelegramChannels() {}

    public static OutboundChannel over(TelegramClient client) {
        return new TelegramOutboundChannel(client);
    }
}
