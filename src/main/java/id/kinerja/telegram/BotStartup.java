package id.kinerja.telegram;

import id.kinerja.chat.BotIdentity;
import id.kinerja.chat.CommandMenu;
import id.kinerja.text.Language;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** At start: learn the bot's username (getMe) and publish each language's command menu. */
@Component
class BotStartup {

    private static final Logger log = LoggerFactory.getLogger(BotStartup.class);

    private final TelegramClient client;
    private final BotIdentity identity;
    private final CommandMenu menu;
    private final TelegramProperties properties;

    BotStartup(TelegramClient client, BotIdentity identity, CommandMenu menu, TelegramProperties properties) {
        this.client = client;
        this.identity = identity;
        this.menu = menu;
        this.properties = properties;
    }

    void introduce() {
        identity.lookUpWith(this::getMe);
        try {
            User me = client.execute(new GetMe());
            identity.learnt(me.getUserName());
            log.info("Connected to Telegram as @{}", me.getUserName());
        } catch (TelegramApiRequestException e) {
            if (e.getErrorCode() != null && (e.getErrorCode() == 401 || e.getErrorCode() == 404)) {
                throw new TelegramUnavailable(TelegramUnavailable.Reason.TOKEN_REJECTED, properties.apiUrl(),
                        "Telegram rejected TELEGRAM_BOT_TOKEN (" + e.getErrorCode()
                        + "): check the token BotFather gave you", e);
            }
            log.warn("getMe failed, continuing: {}", TelegramReplySender.describe(e));
        } catch (TelegramApiException e) {
            if (unreachable(e)) {
                // no answer at all (refused, unknown host, timeout): polling could only fail the same way
                throw new TelegramUnavailable(TelegramUnavailable.Reason.UNREACHABLE, properties.apiUrl(),
                        "Telegram is not reachable at " + properties.apiUrl() + ": " + e.getMessage(), e);
            }
            log.warn("Telegram not reachable yet, continuing: {}", e.getMessage());
        }
        publishMenus();
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** getMe again, for a username still unknown (see {@link BotIdentity}); null when it fails. */
    private String getMe() {
        try {
            String name = client.execute(new GetMe()).getUserName();
            log.info("Learnt the bot's username: @{}", name);
            return name;
        } catch (TelegramApiException e) {
            log.warn("getMe failed again; t.me links wait for the bot's username: {}", TelegramReplySender.describe(e));
            return null;
        }
    }

    private void publishMenus() {
        for (Map.Entry<Language, List<CommandMenu.Entry>> entry : menu.entries().entrySet()) {
            Language language = entry.getKey();
            try {
                client.execute(SetMyCommands.builder()
                        .commands(entry.getValue().stream()
                                .map(e -> new BotCommand(e.command(), e.description())).toList())
                        .languageCode(language == Language.ID ? null : language.code())
                        .build());
            } catch (TelegramApiException e) {
                log.warn("setMyCommands for {} failed (the menu stays as it was): {}", language,
                        TelegramReplySender.describe(e));
            }
        }
    }
}
