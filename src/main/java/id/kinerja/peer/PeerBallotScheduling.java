package id.kinerja.peer;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ballot job in the clustered Quartz store, every {@code kinerja.peer.ballot-interval} (1 minute by default). */
@Configuration(proxyBeanMethods = false)
class PeerBallotScheduling {

    static final String NAME = "peer-ballots";
    static final String GROUP = "kinerja";

    @Bean
    JobDetail peerBallotJobDetail() {
        return JobBuilder.newJob(PeerBallotJob.class)
                .withIdentity(NAME, GROUP)
                .withDescription("Writes sealed peer ballots as ratings in shuffled batches")
                .storeDurably()
                .requestRecovery() // a batch is one transaction: a crash leaves the ballots pending
                .build();
    }

    @Bean
    Trigger peerBallotTrigger(JobDetail peerBallotJobDetail, PeerProperties properties) {
        return TriggerBuilder.newTrigger()
                .forJob(peerBallotJobDetail)
                .withIdentity(NAME, GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.ballotInterval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
