package id.kinerja.followup;

/**
 * Format B.1.8 "Umpan Balik Pelaksanaan Bimbingan Kinerja" (DOMAIN.md §9): nine statements the coached employee
 * answers on a scale of 1 to 4, for the supervisor's own supervisor. The statements are texts in bot-scripts
 * ({@code coaching.b18.s1} … {@code s9}), so they can be corrected without a release.
 */
public final class CoachingFeedbackForm {

    public static final int STATEMENTS = 9;
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 4;

    private CoachingFeedbackForm() {}

    public static String statementKey(int statement) {
        if (statement < 1 || statement > STATEMENTS) {
            throw new IllegalArgumentException("no statement " + statement);
        }
        return "coaching.b18.s" + statement;
    }

    public static String scoreKey(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("no score " + score);
        }
        return "coaching.b18.scale" + score;
    }

    public static boolean validScore(int score) {
        return score >= MIN_SCORE && score <= MAX_SCORE;
    }
}
