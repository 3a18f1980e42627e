package id.kinerja.peer;

import id.kinerja.schedule.Schedules;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ballot job in the clustered Quartz store, every {@code kinerja.peer.ballot-interval} (1 minute by default). */
@Configuration(proxyBeanMethods = false)
class PeerBallotScheduling {

    static final String NAME = "peer-ballots";

    @Bean
    JobDetail peerBallotJobDetail() {
        // a batch is one transaction: a crash leaves the ballots pending, and the job runs again
        return Schedules.job(PeerBallotJob.class, NAME, "Writes sealed peer ballots as ratings in shuffled batches", true);
    }

    @Bean
    Trigger peerBallotTrigger(JobDetail peerBallotJobDetail, PeerProperties properties) {
        return Schedules.every(peerBallotJobDetail, properties.ballotInterval());
    }
}
