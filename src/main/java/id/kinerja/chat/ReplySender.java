package id.kinerja.chat;

import java.util.List;

/** The transport that carries replies to Telegram (implemented at the edge). */
public interface ReplySender {

    void send(List<Reply> replies);
}
