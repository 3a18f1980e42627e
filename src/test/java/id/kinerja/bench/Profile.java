package id.kinerja.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the time goes during one phase: stack samples of the bot's update lanes (every 20 ms, classified as
 * waiting for PostgreSQL, waiting for the Bot API, idle, or running our code) and the CPU used by the machine,
 * this JVM and the benchmark's PostgreSQL (from /proc).
 */
final class Profile implements AutoCloseable {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final String threadPrefix;
    private final long postmasterPid;
    private final Map<String, Integer> states = new TreeMap<>();
    private final Map<String, Integer> hotFrames = new TreeMap<>();
    private final Thread sampler;
    private final long[] machineStart = machineTicks();
    private final long jvmStart = processTicks(ProcessHandle.current().pid());
    private final long pgStart;
    private final long startNanos = System.nanoTime();
    private final Map<String, Long> threadCpuStart = threadCpu();
    private final long gcMillisStart = gcMillis();
    private volatile boolean running = true;
    private int samples;
    private Map<String, Object> result;

    Profile(String threadPrefix, long postmasterPid) {
        this.threadPrefix = threadPrefix;
        this.postmasterPid = postmasterPid;
        this.pgStart = postgresTicks();
        sampler = new Thread(this::sample, "bench-profiler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        while (running) {
            for (ThreadInfo info : threads.dumpAllThreads(false, false, 24)) {
                if (info != null && info.getThreadName().startsWith(threadPrefix)) {
                    record(info);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(ThreadInfo info) {
        samples++;
        String state = classify(info.getStackTrace(), info.getThreadState());
        states.merge(state, 1, Integer::sum);
        if (state.equals("running bot code")) {
            hotFrames.merge(firstOwnFrame(info.getStackTrace()), 1, Integer::sum);
        }
    }

    static String classify(StackTraceElement[] stack, Thread.State state) {
        String all = Stream.of(stack).map(f -> f.getClassName() + "." + f.getMethodName())
                .reduce("", (a, b) -> a + "|" + b);
        if (stack.length == 0 || all.contains("ThreadPoolExecutor.getTask")) {
            return "idle (waiting for the next batch)";
        }
        if (all.contains("HikariPool.getConnection") && state != Thread.State.RUNNABLE) {
            return "waiting for a pool connection";
        }
        if (all.contains("okhttp3") || all.contains("TelegramReplySender")) {
            return all.contains("SocketInputStream") || all.contains("NioSocketImpl") || all.contains("socketRead")
                    ? "waiting for the Bot API (HTTP reply)" : "sending the reply (OkHttp, JSON)";
        }
        if (all.contains("org.postgresql")) {
            if (!(all.contains("NioSocketImpl") || all.contains("SocketInputStream") || all.contains("socketRead"))) {
                return "JDBC driver (encoding, parsing)";
            }
            return all.contains("commit") ? "waiting for PostgreSQL: commit" : "waiting for PostgreSQL: statements";
        }
        return state == Thread.State.RUNNABLE ? "running bot code" : "blocked/waiting (" + state + ")";
    }

    private static String firstOwnFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("id.kinerja")) {
                return frame.getClassName().replace("id.kinerja.", "") + "." + frame.getMethodName();
            }
        }
        return stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
    }

    @Override
    public synchronized void close() {
        if (result != null) {
            return;
        }
        running = false;
        sampler.interrupt();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long[] machineEnd = machineTicks();
        double busy = machineEnd[0] - machineStart[0];
        double total = machineEnd[1] - machineStart[1];
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seconds", round(seconds));
        out.put("machine_cpu_busy_pct", round(total == 0 ? 0 : 100 * busy / total));
        out.put("jvm_cpu_cores", hundredths((processTicks(ProcessHandle.current().pid()) - jvmStart)
                / (double) TICKS_PER_SECOND / seconds));
        out.put("postgres_cpu_cores", hundredths((postgresTicks() - pgStart) / (double) TICKS_PER_SECOND / seconds));
        out.put("machine_load_1min", loadAverage());
        out.put("gc_pause_ms_per_s", round((gcMillis() - gcMillisStart) / seconds));
        out.put("jvm_thread_cpu_cores", threadGroups(seconds));
        Map<String, Object> lanes = new LinkedHashMap<>();
        states.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> lanes.put(e.getKey(), round(100.0 * e.getValue() / Math.max(1, samples))));
        out.put("lane_samples", samples);
        out.put("lane_time_pct", lanes);
        Map<String, Object> hot = new LinkedHashMap<>();
        hotFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(e -> hot.put(e.getKey(), round(100.0 * e.getValue() / Math.max(1, samples))));
        out.put("lane_hot_frames_pct", hot);
        result = out;
    }

    synchronized Map<String, Object> result() {
        close();
        return result;
    }

    /** CPU of this JVM's threads (GC and JIT included) during the phase, grouped by name (digits dropped), in cores. */
    private Map<String, Object> threadGroups(double seconds) {
        Map<String, Long> groups = new java.util.HashMap<>();
        threadCpu().forEach((task, ticks) -> groups.merge(task.substring(task.indexOf(':') + 1),
                ticks - threadCpuStart.getOrDefault(task, 0L), Long::sum));
        Map<String, Object> out = new LinkedHashMap<>();
        groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() / (double) TICKS_PER_SECOND / seconds * 100)
                        / 100.0));
        return out;
    }

    /** "tid:name" → CPU ticks of every thread of this process (from /proc/self/task). */
    private static Map<String, Long> threadCpu() {
        Map<String, Long> cpu = new java.util.HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String line = Files.readString(task.resolve("stat"));
                    String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')')).replaceAll("\\d+", "#");
                    String[] stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    cpu.put(task.getFileName() + ":" + name, Long.parseLong(stat[11]) + Long.parseLong(stat[12]));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return cpu;
        }
        return cpu;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private long postgresTicks() {
        if (postmasterPid <= 0) {
            return 0;
        }
        long sum = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] stat = stat(proc);
                if (stat != null && (Long.parseLong(name) == postmasterPid || Long.parseLong(stat[1]) == postmasterPid)) {
                    sum += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return sum;
        }
        return sum;
    }

    private static long processTicks(long pid) {
        String[] stat = stat(Path.of("/proc", String.valueOf(pid)));
        return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** Fields after the command name of /proc/pid/stat: [0]=state, [1]=ppid, [11]=utime, [12]=stime. */
    private static String[] stat(Path proc) {
        try {
            String line = Files.readString(proc.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {busy, total} jiffies of all CPUs. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    static String loadAverage() {
        try {
            List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
            return parts.get(0);
        } catch (IOException e) {
            return "?";
        }
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
