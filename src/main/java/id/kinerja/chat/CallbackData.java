package id.kinerja.chat;

/**
 * What an inline button carries, typed: each flow has one codec that both builds ({@link #encode()}) and
 * parses its data, and {@link Callbacks} is the one registry the router parses a tap with. Data that no
 * codec accepts (forged, garbage, or from a button of another version) parses to nothing and changes
 * nothing: the router answers it as a stale button.
 */
sealed interface CallbackData permits ScoreCallback, AccountCallback, LinkSwitchCallback, EvaluationCallback,
        SnoozeCallback, PeerCallback, RecapExportCallback, SurveyCallback,
        IkmCallback, CoachingCallback, DevelopmentCallback, RecognitionCallback, ObjectionCallback,
        CorrectionCallback, AnnouncementCallback, AdminCallback {

    /** The callback data of a button, at most {@link Callbacks#MAX_BYTES} bytes. */
    String encode();
}
