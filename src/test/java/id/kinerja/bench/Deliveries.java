package id.kinerja.bench;

import id.kinerja.playground.emulator.BotApiEmulator;

/** What reached the emulator, one expected message per chat: counted per chat. */
record Deliveries(int chats, int delivered, int duplicates, int lost, long lastNanos, long[] sendNanos) {

    /** Time from {@code startNanos} to the first send, in seconds. */
    double firstSendSeconds(long startNanos) {
        return sendNanos.length == 0 ? Double.NaN : (sendNanos[0] - startNanos) / 1e9;
    }

    /** The longest pauses between two sends: "after send #i: ms". */
    java.util.List<String> longestPauses(int count) {
        java.util.List<long[]> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < sendNanos.length; i++) {
            gaps.add(new long[] {i, sendNanos[i] - sendNanos[i - 1]});
        }
        gaps.sort((a, b) -> Long.compare(b[1], a[1]));
        return gaps.stream().limit(count).map(g -> "#" + g[0] + ": " + g[1] / 1_000_000 + " ms").toList();
    }

    /** Seconds lost in pauses: the part of every interval between two sends beyond {@code expectedSeconds}×2. */
    double pauseSeconds(double expectedSeconds) {
        double lost = 0;
        for (int i = 1; i < sendNanos.length; i++) {
            double gap = (sendNanos[i] - sendNanos[i - 1]) / 1e9;
            lost += gap > 2 * expectedSeconds ? gap - expectedSeconds : 0;
        }
        return lost;
    }


    static Deliveries count(BotApiEmulator telegram, long firstChat, int chats) {
        int delivered = 0;
        int duplicates = 0;
        int lost = 0;
        long last = Long.MIN_VALUE;
        java.util.List<Long> all = new java.util.ArrayList<>();
        for (long chat = firstChat; chat < firstChat + chats; chat++) {
            long[] times = telegram.messageNanos(chat);
            if (times.length == 0) {
                lost++;
                continue;
            }
            for (long time : times) {
                all.add(time);
            }
            delivered++;
            duplicates += times.length - 1;
            last = Math.max(last, times[times.length - 1]);
        }
        return new Deliveries(chats, delivered, duplicates, lost, last,
                all.stream().mapToLong(Long::longValue).sorted().toArray());
    }
}
