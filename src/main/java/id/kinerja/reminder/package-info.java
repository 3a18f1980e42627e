/** Deadline prompts to supervisors: schedule ladder, snoozes, escalations, and the Quartz tick that plans them. */
@OwnsTables({"prompt_snooze"})
package id.kinerja.reminder;

import id.kinerja.OwnsTables;
