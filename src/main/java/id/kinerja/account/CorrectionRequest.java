package id.kinerja.account;

import java.time.Instant;

/**
 * A recorded correction request (UU 27/2022 Pasal 14, 30): its number ({@code KR-2026-0001}), who filed it, what
 * about, when, until when HR is to answer, and the answer. {@code reason} is HR's reason for a refusal.
 */
public record CorrectionRequest(long id, String number, long employeeId, CorrectionField field, String wrong,
                                String wanted, Instant filedAt, Instant dueAt, Status status, Instant answeredAt,
                                String reason) {

    public enum Status { OPEN, CORRECTED, REFUSED }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    static String number(int year, int seq) {
        return String.format("KR-%d-%04d", year, seq);
    }
}
