package id.kinerja.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.kinerja.account.AccountLanguage;
import id.kinerja.account.LinkOutcome;
import id.kinerja.account.LinkingAccount;
import id.kinerja.calendar.CalendarProperties;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkingScreensTest {

    private static final Texts TEXTS = Texts.load(Path.of("bot-scripts"));

    private static String lockedOutMessage(String zone) {
        LinkingAccount linking = mock(LinkingAccount.class);
        when(linking.link(1001L, "BADCODE"))
                .thenReturn(new LinkOutcome.LockedOut(Instant.parse("2026-12-02T01:30:00Z")));
        LinkingScreens screens = new LinkingScreens(linking, mock(ConversationStore.class),
                mock(AccountLanguage.class),
                new WorkingCalendar(new CalendarProperties(ZoneId.of(zone), null, null, null, null)));
        Incoming.TextMessage message = new Incoming.TextMessage(1, new Incoming.Sender(1001, "Siti", "en"),
                new Incoming.ChatPlace(1001, Incoming.ChatKind.PRIVATE), "/link BADCODE");
        Turn turn = new Turn(message, Language.EN, Optional.empty(), TEXTS);

        screens.tryCode(turn, "BADCODE");

        return ((Reply.SendText) turn.replies().get(0)).html();
    }

    @Test
    void the_end_of_a_lockout_is_told_in_the_calendars_time_zone() {
        assertThat(lockedOutMessage("Asia/Jakarta")).contains("locked until 08:30");
        assertThat(lockedOutMessage("Asia/Makassar")).contains("locked until 09:30");
    }
}
