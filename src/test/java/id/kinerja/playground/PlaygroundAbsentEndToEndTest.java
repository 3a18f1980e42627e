package id.kinerja.playground;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.e2e.EndToEndTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** With a token (the shared end-to-end context), nothing of the playground exists. */
class PlaygroundAbsentEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void with_a_token_the_playground_s_endpoints_and_beans_do_not_exist() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : new String[] {"/playground/api/personas", "/playground/api/clock", "/",
                "/playground/index.html", "/playground/playground.js"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<String> reset = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/playground/api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reset.statusCode()).isEqualTo(404);
        assertThat(context.getBeanNamesForType(PlaygroundClock.class)).isEmpty();
        assertThat(context.getBeanNamesForType(Clock.class)).containsExactly("clock");
    }
}
