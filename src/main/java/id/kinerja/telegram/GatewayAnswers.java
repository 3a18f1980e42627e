package id.kinerja.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Answers that did not come from the Bot API itself, made into something the rest can judge. The TelegramBots
 * client reads only the body, so a gateway's {@code 502 Bad Gateway} HTML page would surface as an unreadable
 * answer with error code 0, indistinguishable from a {@code 200} whose body was cut: here the HTTP status is
 * still known. A non-JSON answer becomes a Bot API error with that status as its code, so a 5xx is a passing
 * fault like any other. The Bot API itself only ever answers JSON, so a non-JSON answer with a success status
 * (a proxy's maintenance or captive page) is the gateway speaking instead of it: it counts as a 502, retried,
 * never as delivered. (A JSON answer that says ok but cannot be read is judged by the channel: unconfirmed.)
 */
final class GatewayAnswers implements Interceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final int BAD_GATEWAY = 502;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (chain.request().url().encodedPath().startsWith("/file/") || isJson(response)) {
            return response;
        }
        int status = response.code();
        String what = "HTTP " + status + " with a " + contentType(response) + " body, not a Bot API answer";
        response.close();
        int code = status >= 200 && status < 300 ? BAD_GATEWAY : status;
        ObjectNode body = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", what);
        return response.newBuilder()
                .body(ResponseBody.create(JSON.writeValueAsString(body), JSON_TYPE))
                .build();
    }

    private static boolean isJson(Response response) {
        return contentType(response).contains("json");
    }

    private static String contentType(Response response) {
        String type = response.header("Content-Type");
        return type == null ? "untyped" : type.toLowerCase(Locale.ROOT);
    }
}
