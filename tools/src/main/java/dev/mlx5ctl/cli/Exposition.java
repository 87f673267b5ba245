package dev.mlx5ctl.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counters in Prometheus' text exposition format (version 0.0.4), as node_exporter's textfile collector and a
 * scrape of {@code /metrics} read it. Names follow Prometheus' conventions: {@code mlx5ctl_} and the source, the
 * schema's name of the counter, {@code _total} for a count; the device, port, group and counter set are labels.
 * Each source also says whether it was read: {@code mlx5ctl_scrape_success{device,source}} is 1 or 0, so a refused
 * source is an alert rather than a silent gap.
 */
final class Exposition {

    /** The Content-Type of this format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private Exposition() {
    }

    /** One metric family: its samples together, under one HELP and TYPE, as the format requires. */
    private record Family(String name, String type, String help, List<String> samples) {
    }

    /** The exposition of these snapshots (one per device). */
    static String of(List<Counters.Snapshot> snapshots, List<Counters.Source> sources) {
        Map<String, Family> families = new LinkedHashMap<>();
        for (Counters.Snapshot s : snapshots) {
            for (Counters.Reading r : s.readings()) {
                String name = metricName(r);
                Family f = families.computeIfAbsent(name, n -> new Family(n, r.monotonic() ? "counter" : "gauge",
                        r.help(), new ArrayList<>()));
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("device", s.device());
                labels.putAll(r.labels());
                f.samples().add(name + labels(labels) + " " + Long.toUnsignedString(r.value()));
            }
        }
        Family success = new Family("mlx5ctl_scrape_success", "gauge",
                "1 if the source's counters were read from the device, 0 if the device refused them.",
                new ArrayList<>());
        for (Counters.Snapshot s : snapshots) {
            TreeSet<String> failed = new TreeSet<>();
            s.failures().forEach(f -> failed.add(f.source().label()));
            for (Counters.Source source : sources) {
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("device", s.device());
                labels.put("source", source.label());
                success.samples().add(success.name() + labels(labels)
                        + (failed.contains(source.label()) ? " 0" : " 1"));
            }
        }
        families.put(success.name(), success);

        StringBuilder sb = new StringBuilder();
        for (Family f : families.values()) {
            sb.append("# HELP ").append(f.name()).append(' ').append(escapeHelp(f.help())).append('\n');
            sb.append("# TYPE ").append(f.name()).append(' ').append(f.type()).append('\n');
            f.samples().forEach(line -> sb.append(line).append('\n'));
        }
        return sb.toString();
    }

    /** {@code mlx5ctl_<source>_<name>}, with {@code _total} for a count; only the characters Prometheus allows. */
    static String metricName(Counters.Reading r) {
        String name = "mlx5ctl_" + r.source().label() + "_" + r.name().replaceAll("[^a-zA-Z0-9_]", "_");
        return r.monotonic() ? name + "_total" : name;
    }

    /** Labels in their order, values escaped ({@code \\}, {@code "}, newline). */
    private static String labels(Map<String, String> labels) {
        StringBuilder sb = new StringBuilder("{");
        labels.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(k).append("=\"").append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append('"');
        });
        return sb.append('}').toString();
    }

    private static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
