package id.kinerja.playground.emulator;

import com.sun.net.httpserver.HttpExchange;
import id.kinerja.playground.emulator.BotApiEmulator.GatewayFault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Faults a test asks for: Bot API errors (failNext, failAfter), dropped connections, a gateway's answers instead of
 * the Bot API's (HTML 502, a non-JSON 200, stalls), blocked users, rate limits (429 with retry_after) and slow
 * answers. Its fields are guarded by the {@link EmulatorState} monitor.
 */
final class FaultInjection {

    private final EmulatorState state;
    private final List<FailRule> failRules = new ArrayList<>();
    private final List<FailRule> disconnectRules = new ArrayList<>();
    private final List<GatewayRule> gatewayRules = new ArrayList<>();
    private final Set<Long> blockedUsers = new HashSet<>();
    private Duration responseDelay = Duration.ZERO;
    private boolean rateLimits;
    private final Deque<Long> globalSends = new ArrayDeque<>();
    private final Map<Long, Deque<Long>> chatSends = new HashMap<>();

    FaultInjection(EmulatorState state) {
        this.state = state;
    }

    void failNext(String method, int times, int errorCode, String description, Integer retryAfter) {
        String desc = description != null ? description : switch (errorCode) {
            case 429 -> "Too Many Requests: retry after " + (retryAfter == null ? 1 : retryAfter);
            case 403 -> "Forbidden: bot was blocked by the user";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 409 -> BotApiEmulator.CONFLICT_OTHER_POLL;
            case 502 -> "Bad Gateway";
            default -> "Internal Server Error";
        };
        synchronized (state) {
            failRules.add(new FailRule(method, times, errorCode, desc, retryAfter));
        }
    }

    void failAfter(String method, int passing, int times, int errorCode, String description) {
        failNext(method, times, errorCode, description, null);
        synchronized (state) {
            failRules.get(failRules.size() - 1).passing = passing;
        }
    }

    /** Throws the injected error of the first failNext rule for this method, if one applies; holds the monitor. */
    void throwIfFailing(String method) {
        for (Iterator<FailRule> it = failRules.iterator(); it.hasNext(); ) {
            FailRule rule = it.next();
            if (rule.matches(method)) {
                if (rule.passing > 0) {
                    rule.passing--;
                    break;
                }
                if (--rule.remaining <= 0) {
                    it.remove();
                }
                throw new ApiError(rule.code, rule.description, rule.retryAfter, true);
            }
        }
    }

    void disconnectNext(String method, int times) {
        synchronized (state) {
            disconnectRules.add(new FailRule(method, times, 0, "connection closed without an answer", null));
        }
    }

    /** Whether this request is to be dropped without an answer (consumes one disconnectNext). */
    boolean takeDisconnect(String method) {
        synchronized (state) {
            for (Iterator<FailRule> it = disconnectRules.iterator(); it.hasNext(); ) {
                FailRule rule = it.next();
                if (rule.matches(method)) {
                    if (--rule.remaining <= 0) {
                        it.remove();
                    }
                    return true;
                }
            }
            return false;
        }
    }

    void gatewayFaultNext(String method, int times, GatewayFault fault) {
        synchronized (state) {
            gatewayRules.add(new GatewayRule(method == null ? "*" : method, times, fault));
        }
    }

    /** The gateway fault this request gets instead of the Bot API's answer, or null (consumes one). */
    GatewayFault takeGatewayFault(String method) {
        synchronized (state) {
            for (Iterator<GatewayRule> it = gatewayRules.iterator(); it.hasNext(); ) {
                GatewayRule rule = it.next();
                if (rule.method.equals("*") || rule.method.equalsIgnoreCase(method)) {
                    if (--rule.remaining <= 0) {
                        it.remove();
                    }
                    return rule.fault;
                }
            }
            return null;
        }
    }

    /** Answers as the gateway would, after carrying the request out if the fault says it reached the Bot API. */
    void answerAsGateway(HttpExchange exchange, Request request, GatewayFault fault, MethodDispatcher dispatcher)
            throws IOException {
        if (fault.processed()) {
            try {
                dispatcher.process(request);
            } catch (ApiError e) {
                // the garbled answer hides the Bot API's refusal as well
            }
        }
        synchronized (state) {
            state.record(new ApiCall(request.method, request.params, fault.status(), "gateway: "
                    + (fault.stall().isZero() ? fault.status() + " " + fault.contentType() : "no answer for "
                    + fault.stall()), true, state.clock.instant()));
        }
        if (!fault.stall().isZero()) {
            try {
                Thread.sleep(fault.stall().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return; // closing the exchange before any response header drops the connection
        }
        byte[] bytes = fault.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", fault.contentType());
        exchange.sendResponseHeaders(fault.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void blockBy(long userId) {
        synchronized (state) {
            blockedUsers.add(userId);
        }
    }

    void unblockBy(long userId) {
        synchronized (state) {
            blockedUsers.remove(userId);
        }
    }

    void delayResponses(Duration delay) {
        synchronized (state) {
            responseDelay = delay == null ? Duration.ZERO : delay;
        }
    }

    /** How long the answer to this method waits (getUpdates never does); holds the monitor. */
    Duration responseDelay(String method) {
        return "getUpdates".equals(method) ? Duration.ZERO : responseDelay;
    }

    void enforceRateLimits(boolean enforce) {
        synchronized (state) {
            rateLimits = enforce;
            globalSends.clear();
            chatSends.clear();
        }
    }

    /** Blocked user and rate limits: both are injected faults. Records the send on success; holds the monitor. */
    void checkDeliverable(ChatState chat) {
        if (chat.type.equals("private") && blockedUsers.contains(chat.id)) {
            throw new ApiError(403, "Forbidden: bot was blocked by the user", null, true);
        }
        long now = System.nanoTime() / 1_000_000L;
        Deque<Long> perChat = chatSends.computeIfAbsent(chat.id, k -> new ArrayDeque<>());
        if (rateLimits) {
            prune(globalSends, now);
            prune(perChat, now);
            Long oldest = null;
            if (perChat.size() >= 1) {
                oldest = perChat.peekFirst();
            }
            if (globalSends.size() >= 30) {
                oldest = oldest == null ? globalSends.peekFirst() : Math.max(oldest, globalSends.peekFirst());
            }
            if (oldest != null) {
                int retry = (int) Math.max(1, (oldest + 1000 - now + 999) / 1000);
                throw new ApiError(429, "Too Many Requests: retry after " + retry, retry, true);
            }
        }
        perChat.addLast(now);
        globalSends.addLast(now);
        prune(globalSends, now);
        prune(perChat, now);
    }

    private static void prune(Deque<Long> window, long now) {
        while (!window.isEmpty() && window.peekFirst() <= now - 1000) {
            window.removeFirst();
        }
    }

    /** Forgets every fault, block, delay and rate-limit window; holds the monitor. */
    void reset() {
        failRules.clear();
        disconnectRules.clear();
        gatewayRules.clear();
        blockedUsers.clear();
        responseDelay = Duration.ZERO;
        rateLimits = false;
        globalSends.clear();
        chatSends.clear();
    }

    private static final class FailRule {
        final String method;
        int remaining;
        int passing; // calls let through before the rule starts failing
        final int code;
        final String description;
        final Integer retryAfter;

        FailRule(String method, int remaining, int code, String description, Integer retryAfter) {
            this.method = method == null ? "*" : method;
            this.remaining = remaining;
            this.code = code;
            this.description = description;
            this.retryAfter = retryAfter;
        }

        boolean matches(String requested) {
            return method.equals("*") || method.equalsIgnoreCase(requested);
        }
    }

    private static final class GatewayRule {
        final String method;
        int remaining;
        final GatewayFault fault;

        GatewayRule(String method, int remaining, GatewayFault fault) {
            this.method = method;
            this.remaining = remaining;
            this.fault = fault;
        }
    }
}
