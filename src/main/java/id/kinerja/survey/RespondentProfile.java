package id.kinerja.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The respondent profile of the regulation (docs/DOMAIN.md §8); every item may be skipped (null). Values
 * are short codes, stored as they are; their labels are in bot-scripts/ ({@code survey.profile.<item>.<code>}).
 */
public record RespondentProfile(String sex, String ageBand, String education, String occupation) {

    public static final RespondentProfile SKIPPED = new RespondentProfile(null, null, null, null);

    /** One profile question: its key in bot-scripts/ and the codes it accepts, in the order shown. */
    public enum Item {
        SEX("sex", List.of("L", "P")),
        AGE("age", List.of("u20", "20-29", "30-39", "40-49", "50-59", "60p")),
        EDUCATION("education", List.of("SD", "SMP", "SMA", "D3", "S1", "S2", "S3")),
        OCCUPATION("occupation", List.of("PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA"));

        private final String key;
        private final List<String> codes;

        Item(String key, List<String> codes) {
            this.key = key;
            this.codes = codes;
        }

        public String key() {
            return key;
        }

        public List<String> codes() {
            return codes;
        }

        public static Optional<Item> byKey(String key) {
            return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
        }
    }

    public RespondentProfile {
        sex = valid(Item.SEX, sex);
        ageBand = valid(Item.AGE, ageBand);
        education = valid(Item.EDUCATION, education);
        occupation = valid(Item.OCCUPATION, occupation);
    }

    public String get(Item item) {
        return switch (item) {
            case SEX -> sex;
            case AGE -> ageBand;
            case EDUCATION -> education;
            case OCCUPATION -> occupation;
        };
    }

    /** This profile with one item answered (a code the item accepts) or skipped (null). */
    public RespondentProfile with(Item item, String code) {
        return switch (item) {
            case SEX -> new RespondentProfile(code, ageBand, education, occupation);
            case AGE -> new RespondentProfile(sex, code, education, occupation);
            case EDUCATION -> new RespondentProfile(sex, ageBand, code, occupation);
            case OCCUPATION -> new RespondentProfile(sex, ageBand, education, code);
        };
    }

    private static String valid(Item item, String code) {
        if (code != null && !item.codes.contains(code)) {
            throw new IllegalArgumentException("not a " + item.key + " code: " + code);
        }
        return code;
    }
}
