package id.kinerja.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.chat.UpdateProcessing;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram posts each update here. The secret header is compared in constant time
 * before anything of the body is read; a body over {@link #MAX_BODY_BYTES} is refused (413), one
 * that is not an update (empty, {@code null}, malformed) is a 400. The raw body is read with the TelegramBots library's own Jackson 2 mapper (never Spring's); the
 * update goes through the same at-most-once pipeline as polling and is acknowledged (200) only
 * after its effects are committed. While the database is unreachable the answer is 503, so
 * Telegram delivers the update again later.
 */
@RestController
@ConditionalOnProperty(name = "kinerja.telegram.mode", havingValue = "webhook")
class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are a few kilobytes; a larger post is refused without being read into memory. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final ObjectMapper telegramJson = new ObjectMapper();
    private final UpdateProcessing processing;
    private final byte[] secret;

    WebhookController(UpdateProcessing processing, TelegramProperties properties) {
        this.processing = processing;
        this.secret = properties.webhookSecret() == null ? new byte[0]
                : properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(path = "${kinerja.telegram.webhook-path:/telegram/webhook}")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                 HttpServletRequest request) {
        // the secret first: a post without it does not get a single byte of its body read
        if (given == null || secret.length == 0
                || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            log.warn("Webhook body could not be read: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        if (body.length > MAX_BODY_BYTES) { // chunked, without a Content-Length
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Update update;
        try {
            update = body.length == 0 ? null : telegramJson.readValue(body, Update.class);
        } catch (IOException e) {
            log.warn("Webhook body is not an update: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        if (update == null || update.getUpdateId() == null) {
            log.warn("Webhook body is not an update: {}", body.length == 0 ? "empty" : "no update_id");
            return ResponseEntity.badRequest().build();
        }
        try {
            UpdateTranslator.translate(update).ifPresent(processing::process);
            return ResponseEntity.ok().build();
        } catch (RuntimeException e) {
            if (UpdateProcessing.isDatabaseOutage(e)) {
                log.warn("Database unavailable, update {} will be redelivered: {}", update.getUpdateId(), e.getMessage());
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").build();
            }
            log.error("Update {} could not be handled", update.getUpdateId(), e);
            return ResponseEntity.ok().build();
        }
    }
}
