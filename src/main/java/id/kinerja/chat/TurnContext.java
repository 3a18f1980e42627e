package id.kinerja.chat;

import id.kinerja.employee.Employee;
import id.kinerja.text.Language;
import java.util.Optional;

/** What routing an update starts from: the account's language, its linked employee and its conversation. */
record TurnContext(Language language, Optional<Employee> me, Optional<ConversationStore.State> conversation) {

    /** A channel speaks as itself: no account, no language of its own, never anyone's data. */
    static final TurnContext CHANNEL = new TurnContext(Language.ID, Optional.empty(), Optional.empty());
}
