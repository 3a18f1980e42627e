package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** A Bot API request after parsing: the spec spelling of the method and its (validated) parameters. */
final class Request {
    final String method;
    ObjectNode params;
    /** multipart file parts: part name -> file name */
    final Map<String, String> attachments;

    /** multipart file parts: part name -> content */
    final Map<String, byte[]> attachmentContents;

    Request(String method, ObjectNode params, Map<String, String> attachments,
            Map<String, byte[]> attachmentContents) {
        this.method = method;
        this.params = params;
        this.attachments = attachments;
        this.attachmentContents = attachmentContents;
    }
}
