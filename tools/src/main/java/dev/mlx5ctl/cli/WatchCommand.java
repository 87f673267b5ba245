package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code mlx5ctl watch}: the counters read every interval on one open device file, each printed with its rate
 * over the interval. Text shows the counters that moved (all of them with {@code -a}); {@code --json} writes one
 * JSON object per interval and line, every counter in it, its value as a decimal string (no JSON consumer rounds
 * it) and its rate per second as a number.
 */
final class WatchCommand extends Subcommand {

    private final CounterOptions counters = new CounterOptions(model);

    private final Arg<Double> interval = model.option(double.class, OptionSpec.builder("-n", "--interval")
            .paramLabel("SECONDS").defaultValue("1")
            .description("Seconds between readings (default ${DEFAULT-VALUE}; fractions allowed, at least 0.1)."));

    private final Arg<Long> count = model.option(long.class, OptionSpec.builder("-c", "--count").paramLabel("N")
            .defaultValue("0").description("Stop after N readings (default 0: until interrupted)."));

    WatchCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl watch", "  mlx5ctl watch ppcnt --port 1 -n 5",
                "  mlx5ctl watch vport q --count 10 --json | jq -c '.counters[] | select(.rate > 0)'");
    }

    @Override
    int run(GlobalOptions options) {
        Counters.Selection selection = counters.selection();
        double interval = this.interval.get();
        long count = this.count.get();
        if (!(interval >= 0.1 && interval <= 86_400)) {
            throw new UsageException("--interval takes 0.1 to 86400 seconds, not " + interval);
        }
        if (count < 0) {
            throw new UsageException("--count takes 0 (forever) or more, not " + count);
        }
        GlobalOptions.Format format = options.format();
        if (format == GlobalOptions.Format.HEX || format == GlobalOptions.Format.RAW) {
            throw new UsageException("watch prints text or JSON lines; --hex and --raw do not apply");
        }
        long period = (long) (interval * 1e9);
        try (Session session = new Session(options); PrintStream sink = sink(options)) {
            String device = options.explain() ? options.device() : session.device().name();
            Counters.Snapshot previous = null;
            long next = System.nanoTime();
            for (long n = 0; count == 0 || n < count; n++) {
                Counters.Snapshot now = Counters.read(session, device, selection);
                String line = format == GlobalOptions.Format.JSON ? Json.line(json(previous, now)) + "\n"
                        : text(previous, now, options.all());
                sink.print(line);
                sink.flush();
                if (sink.checkError()) {
                    if (options.output() == null) {
                        break; // The reader went away (| head): done, as ip -s would be.
                    }
                    throw new Errors.FileException("write", options.output(), new IOException("write failed"));
                }
                previous = now;
                if (count != 0 && n + 1 == count) {
                    break;
                }
                next += period;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } else {
                    next = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private static PrintStream sink(GlobalOptions options) {
        if (options.output() == null) {
            // Not closed at the end: it is the process's stdout.
            return new PrintStream(options.out(), false, java.nio.charset.StandardCharsets.UTF_8) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        try {
            return new PrintStream(Files.newOutputStream(options.output(), StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), false,
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Errors.FileException("write", options.output(), e);
        }
    }

    /** Per second, from the previous reading of the same counter; null for the first or a counter cleared. */
    static Double rate(Counters.Reading reading, Counters.Reading before, long nanos) {
        if (before == null || !reading.monotonic() || nanos <= 0
                || Long.compareUnsigned(reading.value(), before.value()) < 0) {
            return null;
        }
        return (reading.value() - before.value()) * 1e9 / nanos;
    }

    private static Map<String, Counters.Reading> byKey(Counters.Snapshot snapshot) {
        Map<String, Counters.Reading> m = new HashMap<>();
        if (snapshot != null) {
            snapshot.readings().forEach(r -> m.put(r.key(), r));
        }
        return m;
    }

    static Map<String, Object> json(Counters.Snapshot previous, Counters.Snapshot now) {
        Map<String, Counters.Reading> before = byKey(previous);
        long nanos = previous == null ? 0 : now.nanos() - previous.nanos();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        m.put("device", now.device());
        m.put("interval_seconds", previous == null ? null : nanos / 1e9);
        List<Object> list = new ArrayList<>();
        for (Counters.Reading r : now.readings()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("source", r.source().label());
            c.put("name", r.name());
            c.put("labels", r.labels());
            c.put("value", Long.toUnsignedString(r.value()));
            c.put("rate", rate(r, before.get(r.key()), nanos));
            list.add(c);
        }
        m.put("counters", list);
        List<Object> errors = new ArrayList<>();
        now.failures().forEach(f -> errors.add(Map.of("source", f.source().label(), "message", f.message())));
        m.put("errors", errors);
        return m;
    }

    static String text(Counters.Snapshot previous, Counters.Snapshot now, boolean all) {
        Map<String, Counters.Reading> before = byKey(previous);
        long nanos = previous == null ? 0 : now.nanos() - previous.nanos();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SOURCE", "COUNTER", "LABELS", "VALUE", "RATE/S"});
        for (Counters.Reading r : now.readings()) {
            Counters.Reading b = before.get(r.key());
            boolean moved = b == null ? r.value() != 0 : b.value() != r.value();
            if (!all && !moved) {
                continue;
            }
            Double rate = rate(r, b, nanos);
            StringBuilder labels = new StringBuilder();
            r.labels().forEach((k, v) -> labels.append(labels.isEmpty() ? "" : ",").append(k).append('=').append(v));
            rows.add(new String[] {r.source().label(), r.name(), labels.isEmpty() ? "-" : labels.toString(),
                Long.toUnsignedString(r.value()), rate == null ? "-" : String.format(Locale.ROOT, "%.1f", rate)});
        }
        StringBuilder sb = new StringBuilder();
        sb.append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("  ").append(now.device());
        if (previous != null) {
            sb.append(String.format(Locale.ROOT, "  (%.2f s)", nanos / 1e9));
        }
        sb.append('\n');
        sb.append(rows.size() == 1 ? "(no counter moved)\n" : ListCommand.columns(rows));
        now.failures().forEach(f -> sb.append("error: ").append(f.source().label()).append(": ")
                .append(f.message()).append('\n'));
        return sb.append('\n').toString();
    }
}
