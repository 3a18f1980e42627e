/** The conversation: command and button routing, flows, screens, conversation state, the update pipeline. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "appraisal", "calendar", "employee", "outbox", "peer", "reminder", "text", "spreadsheet", "chart", "survey", "followup", "announcement"})
@OwnsTables({"conversation", "processed_update"})
package id.kinerja.chat;

import id.kinerja.OwnsTables;
