package id.kinerja.chat;

import id.kinerja.account.PersonalDataCopy;
import id.kinerja.employee.Employee;
import org.springframework.stereotype.Component;

/**
 * /data_saya: the copy of everything stored about the linked person (UU 27/2022 Pasal 7, 13, 32), as a JSON
 * document and an XLSX workbook, in their private chat only (the router answers a command in a group with a
 * button to the private chat). Each file is audited once it reached the chat.
 */
@Component
class MyDataScreens {

    private final PersonalDataCopy copies;

    MyDataScreens(PersonalDataCopy copies) {
        this.copies = copies;
    }

    void copy(Turn turn) {
        Employee me = turn.me().orElseThrow();
        PersonalDataCopy.Outcome outcome = copies.prepare(me);
        if (outcome instanceof PersonalDataCopy.Outcome.TooMany tooMany) {
            turn.say(turn.text("mydata.copy_limit", "limit", tooMany.limit()));
            return;
        }
        PersonalDataCopy.Outcome.Ready ready = (PersonalDataCopy.Outcome.Ready) outcome;
        turn.say(turn.text("mydata.copy_intro"));
        String base = "data-saya-" + me.nip().value();
        for (String[] file : new String[][] {{base + ".json", "mydata.copy_caption_json"},
                {base + ".xlsx", "mydata.copy_caption_xlsx"}}) {
            byte[] content = file[0].endsWith(".json") ? ready.json() : ready.xlsx();
            String fileName = file[0];
            turn.send(new Reply.SendDocument(turn.chatId(), fileName, content, turn.text(file[1]),
                    turn.text("mydata.copy_undelivered"), () -> copies.delivered(me, fileName, ready.sections())));
        }
    }
}
