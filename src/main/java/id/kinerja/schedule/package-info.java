/** Quartz jobs and triggers as every module declares them: durable jobs in the clustered store, cron in the calendar's zone, fixed intervals. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kinerja.schedule;
