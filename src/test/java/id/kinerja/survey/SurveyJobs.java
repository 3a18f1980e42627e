package id.kinerja.survey;

import org.springframework.context.ApplicationContext;

/** The survey module's scheduled work, run by a test when it chooses (the Quartz job does the same on its schedule). */
public final class SurveyJobs {

    private final SurveyBallots ballots;

    public SurveyJobs(ApplicationContext context) {
        this.ballots = context.getBean(SurveyBallots.class);
    }

    /** What the ballot job does: the number of completed surveys written as responses (0 below the threshold). */
    public int writePendingBallots() {
        return ballots.writePending();
    }
}
