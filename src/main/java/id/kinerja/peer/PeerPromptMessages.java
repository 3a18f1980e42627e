package id.kinerja.peer;

import id.kinerja.appraisal.Period;
import id.kinerja.employee.Employee;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import java.util.List;

/**
 * The peer prompt as a message: the conversation (chat) draws it, with its buttons and their callback
 * data, so that this module only decides who is asked about whom.
 */
public interface PeerPromptMessages {

    /** A fresh prompt asking about these colleagues (none rated or skipped yet). */
    Message prompt(Language language, Period period, List<Employee> colleagues);

    record Message(String html, Keyboard keyboard) {}
}
