package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.kinerja.playground.emulator.BotApiEmulator.GatewayFault;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static id.kinerja.playground.emulator.BotApiEmulator.CONFLICT_OTHER_POLL;
import static id.kinerja.playground.emulator.BotApiEmulator.DOWNLOAD;
import static id.kinerja.playground.emulator.JsonShapes.JSON;
import static id.kinerja.playground.emulator.JsonShapes.NODES;

/**
 * The HTTP server on 127.0.0.1: routes {@code /bot<token>/<method>} to the method handlers (after the injected
 * faults had their say) and {@code /file/bot<token>/<path>} to the files users sent, records every call and
 * answers in Telegram's JSON shape.
 */
final class HttpEndpoint {

    static {
        // Must be set before the first HttpServer is created, otherwise every response waits for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final EmulatorState state;
    private final RequestReader reader;
    private final FaultInjection faults;
    private final MethodDispatcher dispatcher;
    private final HttpServer server;
    private final ExecutorService executor;

    HttpEndpoint(EmulatorState state, FaultInjection faults, MethodDispatcher dispatcher) {
        this.state = state;
        this.reader = new RequestReader(state, ApiSpec.shared());
        this.faults = faults;
        this.dispatcher = dispatcher;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bot-api-emulator-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        if (exchange.getRequestURI().getRawPath().startsWith("/file/")) {
            download(exchange);
            return;
        }
        try (exchange) {
            Answer answer;
            String path = exchange.getRequestURI().getRawPath();
            String method = path.substring(path.lastIndexOf('/') + 1);
            JsonNode params = NODES.objectNode();
            try {
                Request request = reader.read(exchange);
                method = request.method;
                params = request.params;
                if (faults.takeDisconnect(request.method)) {
                    synchronized (state) {
                        state.record(new ApiCall(method, params, 0, "connection closed without an answer", true,
                                state.clock.instant()));
                    }
                    return; // closing the exchange before any response header drops the connection
                }
                GatewayFault gateway = faults.takeGatewayFault(request.method);
                if (gateway != null) {
                    faults.answerAsGateway(exchange, request, gateway, dispatcher);
                    return;
                }
                answer = Answer.ok(dispatcher.process(request));
            } catch (ApiError e) {
                if (e.request != null) {
                    method = e.request.method;
                    params = e.request.params;
                }
                answer = Answer.error(e);
            } catch (RuntimeException | Error e) {
                answer = Answer.error(new ApiError(500, "Internal Server Error: emulator failure: " + e));
            }
            Duration delay;
            synchronized (state) {
                if (answer.status == 429) {
                    state.tooManyRequestsServed++;
                }
                if (CONFLICT_OTHER_POLL.equals(answer.error)) {
                    state.conflictingPolls++;
                }
                delay = faults.responseDelay(method);
                state.record(new ApiCall(method, params, answer.status, answer.error, answer.injected,
                        state.clock.instant(), answer.body));
            }
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = JSON.writeValueAsBytes(answer.body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // client went away (e.g. long poll abandoned on shutdown)
        }
    }

    /** {@code GET /file/bot<token>/<file_path>}: the bytes of a file users sent, as Telegram serves them. */
    private void download(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String rest = path.substring("/file/".length());
            int slash = rest.indexOf('/');
            String tok = slash < 0 || !rest.startsWith("bot") ? null
                    : URLDecoder.decode(rest.substring(3, slash), StandardCharsets.UTF_8);
            String filePath = slash < 0 ? "" : URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
            byte[] body;
            int status;
            synchronized (state) {
                StoredFile file = state.files.values().stream().filter(f -> f.path().equals(filePath)).findFirst()
                        .orElse(null);
                if (!"GET".equals(exchange.getRequestMethod())) {
                    status = 405;
                } else if (!state.token.equals(tok)) {
                    status = 401;
                } else if (file == null) {
                    status = 404;
                } else {
                    status = 200;
                }
                body = status == 200 ? file.content() : "Not Found".getBytes(StandardCharsets.UTF_8);
                ObjectNode params = NODES.objectNode().put("file_path", filePath);
                state.record(new ApiCall(DOWNLOAD, params, status, status == 200 ? null : "download answered " + status,
                        false, state.clock.instant()));
            }
            exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/octet-stream" : "text/plain");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // client went away
        }
    }

    private record Answer(int status, ObjectNode body, String error, boolean injected) {
        static Answer ok(JsonNode result) {
            ObjectNode body = NODES.objectNode();
            body.put("ok", true);
            body.set("result", result);
            return new Answer(200, body, null, false);
        }

        static Answer error(ApiError e) {
            ObjectNode body = NODES.objectNode();
            body.put("ok", false);
            body.put("error_code", e.code);
            body.put("description", e.description);
            if (e.retryAfter != null) {
                body.putObject("parameters").put("retry_after", e.retryAfter);
            }
            return new Answer(e.code, body, e.description, e.injected);
        }
    }
}
