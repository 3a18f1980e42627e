package id.kinerja.announcement;

import java.time.Instant;

/**
 * An announcement as stored: a draft while HR writes it and picks the audience, then sent once. {@code unitId} is
 * the top of the subtree it goes to (null: the whole organisation); {@code audience} is null until chosen.
 */
public record Announcement(long id, long authorId, String body, Audience audience, Long unitId, boolean withAck,
                           Status status, Instant createdAt, Instant sentAt, int recipients) {

    public enum Status { DRAFT, SENT, CANCELLED }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
