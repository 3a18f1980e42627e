/** The conversation: command and button routing, flows, screens, conversation state, the update pipeline. */
@OwnsTables({"conversation", "processed_update"})
package id.kinerja.chat;

import id.kinerja.OwnsTables;
