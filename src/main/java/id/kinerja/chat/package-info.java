/** The conversation: command and button routing, flows, screens, conversation state, the update pipeline. */
package id.kinerja.chat;
