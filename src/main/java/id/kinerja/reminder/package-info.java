/** Deadline prompts to supervisors: schedule ladder, snoozes, escalations, and the Quartz tick that plans them. */
package id.kinerja.reminder;
