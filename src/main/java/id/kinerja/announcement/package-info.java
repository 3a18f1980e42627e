/** Announcements (sosialisasi) of HR to the people of its scope: drafts, audiences, sending through the outbox, acknowledgements. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"employee", "account", "outbox", "audit", "text", "calendar"})
@OwnsTables({"announcement", "announcement_recipient"})
package id.kinerja.announcement;

import id.kinerja.OwnsTables;
