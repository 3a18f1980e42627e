package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Minimal multipart/form-data parser: text parts become parameters, file parts become attachments. */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private Multipart() {
    }

    /**
     * @param params      receives text parts (and, for a file part whose name is itself a parameter,
     *                    {@code attach://<name>})
     * @param attachments receives file parts: part name -> file name
     */
    static void parse(byte[] body, String contentType, ObjectNode params, Map<String, String> attachments) {
        parse(body, contentType, params, attachments, new java.util.HashMap<>());
    }

    /** As above; {@code contents} also receives the bytes of each file part: part name -> content. */
    static void parse(byte[] body, String contentType, ObjectNode params, Map<String, String> attachments,
                      Map<String, byte[]> contents) {
        Matcher bm = BOUNDARY.matcher(contentType);
        if (!bm.find()) {
            throw bad("multipart body without boundary");
        }
        byte[] delimiter = ("--" + bm.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] separator = ("\r\n--" + bm.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw bad("multipart boundary not found");
        }
        pos += delimiter.length;
        while (true) {
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return; // closing delimiter
            }
            if (pos + 1 < body.length && body[pos] == '\r' && body[pos + 1] == '\n') {
                pos += 2;
            }
            int end = indexOf(body, separator, pos);
            if (end < 0) {
                throw bad("unterminated multipart part");
            }
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            if (headerEnd < 0 || headerEnd > end) {
                throw bad("multipart part without headers");
            }
            String headers = new String(body, pos, headerEnd - pos, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headerEnd + 4, end);
            String disposition = null;
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-disposition:")) {
                    disposition = line;
                }
            }
            if (disposition == null) {
                throw bad("multipart part without Content-Disposition");
            }
            Matcher nm = NAME.matcher(disposition);
            if (!nm.find()) {
                throw bad("multipart part without name");
            }
            String name = nm.group(1);
            Matcher fm = FILENAME.matcher(disposition);
            if (fm.find()) {
                attachments.put(name, fm.group(1));
                contents.put(name, content);
            } else {
                params.put(name, new String(content, StandardCharsets.UTF_8));
            }
            pos = end + separator.length;
        }
    }

    /** After parsing: file parts named like a parameter stand for that parameter (curl -F photo=@x.png). */
    static void bindFileParameters(ObjectNode params, Map<String, String> attachments, Iterable<String> fieldNames) {
        for (String field : fieldNames) {
            if (attachments.containsKey(field) && !params.has(field)) {
                params.put(field, "attach://" + field);
            }
        }
    }

    private static ApiError bad(String what) {
        return new ApiError(400, "Bad Request: " + what);
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
