package id.kinerja.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kinerja.chat.Reply;
import id.kinerja.outbox.OutboundChannel;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.outbox.SendResult;
import id.kinerja.text.Keyboard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** A long reply that fails in the middle is retried from the part that failed, never from the first. */
class TelegramReplySenderTest {

    private static final String FIRST = "Satu. ".repeat(600);
    private static final String SECOND = "Dua. ".repeat(600);
    private static final String LONG = FIRST + "\n\n" + SECOND;
    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    private final OutboundChannel channel = mock(OutboundChannel.class);
    private final Outbox outbox = mock(Outbox.class);
    private final TelegramReplySender sender = new TelegramReplySender(mock(TelegramClient.class), channel, outbox,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_retry_goes_on_after_the_parts_telegram_accepted() {
        when(channel.send(eq(7L), eq(LONG), any(), eq(0), any())).thenAnswer(call -> {
            call.getArgument(4, IntConsumer.class).accept(1);
            return new SendResult.Transient("502 Bad Gateway (part 2 of 2)");
        });
        when(channel.send(eq(7L), eq(LONG), any(), eq(1), any())).thenReturn(new SendResult.Sent(11));

        sender.send(List.of(new Reply.SendText(7, LONG, Keyboard.NONE)));

        verify(channel).send(eq(7L), eq(LONG), any(), eq(1), any());
        verify(outbox, never()).enqueue(any());
    }

    @Test
    void what_is_handed_to_the_outbox_is_only_the_parts_not_yet_accepted() {
        when(channel.send(anyLong(), anyString(), any(), anyInt(), any())).thenAnswer(call -> {
            if (call.getArgument(3, Integer.class) == 0) {
                call.getArgument(4, IntConsumer.class).accept(1);
            }
            return new SendResult.Transient("502 Bad Gateway");
        });

        sender.send(List.of(new Reply.SendText(7, LONG, Keyboard.NONE)));

        ArgumentCaptor<OutgoingMessage> queued = ArgumentCaptor.forClass(OutgoingMessage.class);
        verify(outbox).enqueue(queued.capture());
        assertThat(queued.getValue().html()).isEqualTo(MessageSplitter.split(LONG, MessageSplitter.TEXT_LIMIT).get(1))
                .startsWith("Dua.").doesNotContain("Satu.");
    }

    @Test
    void a_reply_refused_with_a_retry_after_longer_than_the_wait_in_place_goes_to_the_outbox_after_it() {
        when(channel.send(anyLong(), anyString(), any(), anyInt(), any()))
                .thenReturn(new SendResult.RetryAfter(Duration.ofSeconds(40)));

        sender.send(List.of(new Reply.SendText(7, "Halo", Keyboard.NONE)));

        ArgumentCaptor<OutgoingMessage> queued = ArgumentCaptor.forClass(OutgoingMessage.class);
        verify(outbox).enqueue(queued.capture());
        assertThat(queued.getValue().html()).isEqualTo("Halo");
        assertThat(queued.getValue().notBefore()).isEqualTo(NOW.plusSeconds(40));
    }

    @Test
    void a_success_answer_that_cannot_be_read_is_neither_sent_again_nor_queued() {
        when(channel.send(anyLong(), anyString(), any(), anyInt(), any()))
                .thenReturn(new SendResult.Unconfirmed("HTTP 200 with a text/html body"));

        sender.send(List.of(new Reply.SendText(7, "Halo", Keyboard.NONE)));

        verify(channel).send(anyLong(), anyString(), any(), anyInt(), any());
        verify(outbox, never()).enqueue(any());
    }
}
