package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static id.kinerja.playground.emulator.JsonShapes.JSON;
import static id.kinerja.playground.emulator.JsonShapes.NODES;

/** Reads a Bot API request from HTTP: token, method (case-insensitive, as Telegram), parameters, validation. */
final class RequestReader {

    private final EmulatorState state;
    private final ApiSpec spec;
    private final SpecValidator validator;

    RequestReader(EmulatorState state, ApiSpec spec) {
        this.state = state;
        this.spec = spec;
        this.validator = new SpecValidator(spec);
    }

    /**
     * {@code /bot<token>/<method>} with parameters in the query string and a JSON, form or multipart body. Refusals
     * of a known, readable request carry it (raw parameters), so the call is recorded under the method's name.
     */
    Request read(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (!path.startsWith("/bot")) {
            throw new ApiError(404, "Not Found");
        }
        String rest = path.substring(4);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new ApiError(404, "Not Found");
        }
        String tok = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
        String methodName = rest.substring(slash + 1);
        if (!tok.equals(state.token)) {
            throw new ApiError(401, "Unauthorized");
        }
        ApiSpec.Method method = spec.method(methodName);
        if (method == null) {
            throw new ApiError(404, "Not Found");
        }
        ObjectNode raw = NODES.objectNode();
        Map<String, String> attachments = new HashMap<>();
        Map<String, byte[]> attachmentContents = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            parseUrlEncoded(query, raw);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length > 0) {
            if (ct.startsWith("application/json")) {
                JsonNode json;
                try {
                    json = JSON.readTree(body);
                } catch (IOException e) {
                    throw new ApiError(400, "Bad Request: can't parse JSON object");
                }
                if (json == null || !json.isObject()) {
                    throw new ApiError(400, "Bad Request: can't parse JSON object");
                }
                json.fields().forEachRemaining(e -> raw.set(e.getKey(), e.getValue()));
            } else if (ct.startsWith("application/x-www-form-urlencoded")) {
                parseUrlEncoded(new String(body, StandardCharsets.ISO_8859_1), raw);
            } else if (ct.startsWith("multipart/form-data")) {
                Multipart.parse(body, contentType, raw, attachments, attachmentContents);
                Multipart.bindFileParameters(raw, attachments, method.fields().keySet());
            } else {
                throw new ApiError(400, "Bad Request: unsupported Content-Type " + contentType);
            }
        }
        // The Java library serializes its own "method" property into JSON bodies; Telegram ignores it.
        JsonNode m = raw.get("method");
        if (m != null && m.isTextual() && m.asText().equalsIgnoreCase(methodName)) {
            raw.remove("method");
        }
        Request request = new Request(method.name(), raw, attachments, attachmentContents);
        if (!MethodDispatcher.implemented(method.name())) {
            throw new ApiError(400, "Bad Request: method " + method.name() + " is not implemented by the emulator")
                    .with(request);
        }
        try {
            request.params = validator.validate(method, raw);
        } catch (ApiError e) {
            throw e.with(request);
        }
        return request;
    }

    private static void parseUrlEncoded(String s, ObjectNode into) {
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.put(k, v);
        }
    }
}
