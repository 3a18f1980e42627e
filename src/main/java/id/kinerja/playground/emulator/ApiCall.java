package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One HTTP request the bot made. {@code method} is the spec spelling (e.g. "sendMessage") when the
 * method is known, otherwise the raw path segment. {@code params} are the normalized parameters
 * (form values converted to JSON). {@code errorDescription} is null for ok=true answers.
 * {@code injectedFault} marks errors the test asked for (failNext, blockBy, enforceRateLimits). {@code response} is
 * the JSON body answered (null when none was: a dropped connection, a download, a gateway's page).
 */
public record ApiCall(String method, JsonNode params, int httpStatus, String errorDescription, boolean injectedFault,
                      Instant at, JsonNode response) {

    public ApiCall(String method, JsonNode params, int httpStatus, String errorDescription, boolean injectedFault,
                   Instant at) {
        this(method, params, httpStatus, errorDescription, injectedFault, at, null);
    }

    public boolean ok() {
        return errorDescription == null;
    }

    @Override
    public String toString() {
        return method + " " + params + " -> " + httpStatus + (errorDescription == null ? "" : " " + errorDescription)
                + (injectedFault ? " (injected)" : "");
    }
}
