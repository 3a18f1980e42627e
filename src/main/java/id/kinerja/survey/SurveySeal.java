package id.kinerja.survey;

import id.kinerja.secret.InstallationSecret;
import id.kinerja.secret.SealedBox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Seals drafts and completed surveys, and derives the survey's keyed hashes. Every key is derived from the
 * installation secret with a label of its own, so none is shared with the peer ratings or another survey
 * purpose. Plaintexts are padded to a fixed size: a sealed survey with a long suggestion looks like one
 * without.
 */
@Component
class SurveySeal {

    /** Room for the largest suggestion (1,000 characters of up to 3 UTF-8 bytes each) and the rest. */
    static final int PLAIN_BYTES = 3584;

    private final SealedBox box;
    private final byte[] holderKey;
    private final byte[] respondentKey;

    SurveySeal(InstallationSecret secret) {
        this.box = new SealedBox(secret.derive("kinerja survey seal v1"));
        this.holderKey = secret.derive("kinerja survey draft holder v1");
        this.respondentKey = secret.derive("kinerja survey respondent v1");
    }

    /** Who holds a draft: HMAC(holder key, account); names the account only to whoever has the secret. */
    byte[] holder(long telegramUserId) {
        return InstallationSecret.hmac(holderKey, "holder:" + telegramUserId);
    }

    /** One response per account, unit, service and day: HMAC(respondent key, account, unit, service, day). */
    byte[] respondent(long telegramUserId, long unitId, String service, LocalDate day) {
        return InstallationSecret.hmac(respondentKey, telegramUserId + ":" + unitId + ":" + service + ":" + day);
    }

    byte[] seal(SurveyDraft draft) {
        return box.seal(pad(out -> {
            out.writeByte(1);
            out.writeUTF(draft.nonce());
            out.writeLong(draft.unitId());
            writeNullable(out, draft.service());
            out.writeBoolean(draft.askService());
            writeProfile(out, draft.profile());
            writeScores(out, draft.scores());
            out.writeInt(draft.step());
            out.writeLong(draft.startedOn().toEpochDay());
            out.writeInt(draft.cardMessageId());
        }));
    }

    Optional<SurveyDraft> openDraft(byte[] sealed) {
        return box.open(sealed).flatMap(plain -> read(plain, in -> {
            if (in.readByte() != 1) {
                throw new IOException("not a draft");
            }
            return new SurveyDraft(in.readUTF(), in.readLong(), readNullable(in), in.readBoolean(), readProfile(in),
                    readScores(in), in.readInt(), LocalDate.ofEpochDay(in.readLong()), in.readInt());
        }));
    }

    byte[] seal(CompletedSurvey survey) {
        return box.seal(pad(out -> {
            out.writeByte(2);
            out.writeLong(survey.unitId());
            out.writeUTF(survey.service());
            out.writeLong(survey.day().toEpochDay());
            writeProfile(out, survey.profile());
            writeScores(out, survey.scores());
            writeNullable(out, survey.suggestion());
        }));
    }

    Optional<CompletedSurvey> openCompleted(byte[] sealed) {
        return box.open(sealed).flatMap(plain -> read(plain, in -> {
            if (in.readByte() != 2) {
                throw new IOException("not a completed survey");
            }
            return new CompletedSurvey(in.readLong(), in.readUTF(), LocalDate.ofEpochDay(in.readLong()),
                    readProfile(in), readScores(in), readNullable(in));
        }));
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] pad(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(PLAIN_BYTES);
            DataOutputStream out = new DataOutputStream(bytes);
            writer.write(out);
            out.flush();
            if (bytes.size() > PLAIN_BYTES) {
                throw new IllegalArgumentException("sealed survey too large: " + bytes.size() + " bytes");
            }
            byte[] plain = new byte[PLAIN_BYTES];
            System.arraycopy(bytes.toByteArray(), 0, plain, 0, bytes.size());
            return plain;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Optional<T> read(byte[] plain, Reader<T> reader) {
        try {
            return Optional.of(reader.read(new DataInputStream(new ByteArrayInputStream(plain))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // another version or a corrupt row: treated as absent
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeProfile(DataOutputStream out, RespondentProfile profile) throws IOException {
        for (RespondentProfile.Item item : RespondentProfile.Item.values()) {
            writeNullable(out, profile.get(item));
        }
    }

    private static RespondentProfile readProfile(DataInputStream in) throws IOException {
        return new RespondentProfile(readNullable(in), readNullable(in), readNullable(in), readNullable(in));
    }

    /** By element name, never by position. */
    private static void writeScores(DataOutputStream out, Map<SurveyElement, Integer> scores) throws IOException {
        out.writeByte(scores.size());
        for (Map.Entry<SurveyElement, Integer> e : scores.entrySet()) {
            out.writeUTF(e.getKey().storedName());
            out.writeByte(e.getValue());
        }
    }

    private static Map<SurveyElement, Integer> readScores(DataInputStream in) throws IOException {
        Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
        int count = in.readByte();
        for (int i = 0; i < count; i++) {
            SurveyElement element = SurveyElement.byStoredName(in.readUTF())
                    .orElseThrow(() -> new IOException("unknown element"));
            scores.put(element, (int) in.readByte());
        }
        return scores;
    }
}
