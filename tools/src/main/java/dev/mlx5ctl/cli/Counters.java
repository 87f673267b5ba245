package dev.mlx5ctl.cli;

import dev.mlx5ctl.device.DeviceException;
import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.layout.FieldInfo;
import dev.mlx5ctl.layout.LayoutInfo;
import dev.mlx5ctl.layout.Node;
import dev.mlx5ctl.layout.RegisterInfo;
import dev.mlx5ctl.layout.Selector;
import dev.mlx5ctl.prm.Prm;
import dev.mlx5ctl.prm.QueryDiagnosticCounters;
import dev.mlx5ctl.prm.QueryDiagnosticParams;
import dev.mlx5ctl.prm.QueryQCounter;
import dev.mlx5ctl.prm.QueryVportCounter;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A device's counters as {@code watch} and {@code metrics} read them, named by the schema: the vport's traffic
 * (QUERY_VPORT_COUNTER), queue counter sets (QUERY_Q_COUNTER), the port's PPCNT groups and the newest sample of each
 * chosen diagnostic counter. A PPCNT counter the PRM splits into {@code _high} and {@code _low} halves is read as the
 * one 64-bit value it is. A source the device refuses (a firmware status, an errno) is a {@link Failure}, and the
 * other sources are still read.
 */
final class Counters {

    private Counters() {
    }

    /** Where counters come from; the name is the CLI's and the metric names' prefix. */
    enum Source {
        VPORT, Q, PPCNT, DIAG;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Source parse(String name) {
            for (Source s : values()) {
                if (s.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new UsageException("unknown counter source '" + name + "' (vport, q, ppcnt, diag)");
        }
    }

    /**
     * The PPCNT groups the schema lays out, by name, with the union member each is read through: the schema's
     * {@code select:} of ppcnt_reg's counter_set, by grp.
     */
    static final Map<String, String> PPCNT_GROUPS = ppcntGroups();

    private static Map<String, String> ppcntGroups() {
        Selector select = Fields.layout("ppcnt_reg").field("counter_set").flatMap(FieldInfo::selector).orElseThrow();
        EnumInfo grp = Prm.REGISTRY.enumInfo("ppcnt_grp").orElseThrow();
        Map<String, String> groups = new TreeMap<>();
        select.members().forEach((value, member) -> groups.put(grp.byValue(value).orElseThrow().name(), member));
        return Collections.unmodifiableMap(groups);
    }

    /**
     * One counter's value.
     *
     * @param name      the schema's name within its source and group ({@code ieee_802_3_a_frames_transmitted_ok})
     * @param labels    what tells this reading from others of the same name: port, counter set, counter id
     * @param monotonic true for a count that only grows (until cleared); false for a sampled value (diag)
     * @param help      the schema's doc of the field, or of its layout
     */
    record Reading(Source source, String name, Map<String, String> labels, long value, boolean monotonic,
            String help) {

        Reading {
            labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }

        /** Identifies the counter across snapshots, for rates. */
        String key() {
            return source.label() + "/" + name + labels;
        }
    }

    /** A source the device did not answer; {@code message} is what the CLI would have said. */
    record Failure(Source source, String message) {
    }

    /** Everything read from one device at one instant ({@code nanos}: System.nanoTime()). */
    record Snapshot(String device, long nanos, List<Reading> readings, List<Failure> failures) {
    }

    /**
     * What to read: the sources, the ports of PPCNT (local_port) and the Q counter sets.
     */
    record Selection(Set<Source> sources, List<Integer> ports, List<Integer> qCounterSets) {

        Selection {
            sources = sources.isEmpty() ? EnumSet.allOf(Source.class) : EnumSet.copyOf(sources);
            ports = List.copyOf(ports.isEmpty() ? List.of(1) : ports);
            qCounterSets = List.copyOf(qCounterSets.isEmpty() ? List.of(0) : qCounterSets);
        }
    }

    /** Reads the selected counters through {@code session}. */
    static Snapshot read(Session session, String device, Selection selection) {
        List<Reading> readings = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Source source : selection.sources()) {
            try {
                switch (source) {
                    case VPORT -> vport(session, readings);
                    case Q -> {
                        for (int set : selection.qCounterSets()) {
                            q(session, set, readings);
                        }
                    }
                    case PPCNT -> {
                        for (int port : selection.ports()) {
                            for (String group : PPCNT_GROUPS.keySet()) {
                                ppcnt(session, port, group, readings);
                            }
                        }
                    }
                    case DIAG -> diag(session, readings);
                }
            } catch (DeviceException e) {
                failures.add(new Failure(source, e.getMessage()));
            }
        }
        return new Snapshot(device, System.nanoTime(), readings, failures);
    }

    private static void vport(Session session, List<Reading> readings) {
        CommandInfo command = QueryVportCounter.INFO;
        byte[] out = session.call(session.input(command, 0), session.outBytes(command));
        fields(Source.VPORT, "", "", command.out(), MemorySegment.ofArray(out), 0, Map.of(), readings);
    }

    private static void q(Session session, int set, List<Reading> readings) {
        CommandInfo command = QueryQCounter.INFO;
        MemorySegment in = session.input(command, 0);
        session.codec.set(command.in(), in, "counter_set_id", set);
        byte[] out = session.call(in, session.outBytes(command));
        fields(Source.Q, "", "", command.out(), MemorySegment.ofArray(out), 0,
                Map.of("counter_set", Integer.toString(set)), readings);
    }

    private static void ppcnt(Session session, int port, String group, List<Reading> readings) {
        RegisterInfo ppcnt = RegCommand.register("PPCNT");
        RegCommand.Access access = RegCommand.Access.of(session, ppcnt, port, Map.of("grp",
                Prm.REGISTRY.enumInfo("ppcnt_grp").flatMap(e -> e.byName(group)).orElseThrow().value()));
        byte[] out = access.read();
        long set = access.dataOut() * 8 + Fields.layout(ppcnt.layout()).field("counter_set").orElseThrow().offset();
        fields(Source.PPCNT, group + "_", "", PPCNT_GROUPS.get(group), MemorySegment.ofArray(out), set,
                Map.of("port", Integer.toString(port)), readings);
    }

    private static void diag(Session session, List<Reading> readings) {
        String context = "diagnostic_params_context.";
        MemorySegment params = MemorySegment.ofArray(DiagCommand.params(session));
        String paramsOut = QueryDiagnosticParams.INFO.out();
        long counters = session.codec.get(paramsOut, params, context + "num_of_counters");
        if (counters == 0) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < counters; i++) {
            ids.add(session.codec.get(paramsOut, params, context + "counter_id[" + i + "].counter_id"));
        }
        long samples = 1L << session.codec.get(paramsOut, params, context + "log_num_of_samples");
        CommandInfo command = QueryDiagnosticCounters.INFO;
        long each = session.codec.registry().requireLayout("diagnostic_cntr_struct").sizeBytes();
        MemorySegment in = session.input(command, 0);
        session.codec.set(command.in(), in, "num_of_samples", samples * counters);
        byte[] out = session.call(in, session.outBytes(command) + samples * counters * each);
        MemorySegment seg = MemorySegment.ofArray(out);
        // The newest sample of each counter: the one with the highest sample_id.
        Map<Long, long[]> newest = new LinkedHashMap<>();
        ids.forEach(id -> newest.put(id, null));
        for (int i = 0; i < samples * counters; i++) {
            String at = "diag_counter[" + i + "].";
            long id = session.codec.get(command.out(), seg, at + "counter_id");
            long sample = session.codec.get(command.out(), seg, at + "sample_id");
            long value = session.codec.get(command.out(), seg, at + "counter_value_h") << 32
                    | session.codec.get(command.out(), seg, at + "counter_value_l");
            long[] seen = newest.get(id);
            if (newest.containsKey(id) && (seen == null || sample >= seen[0])) {
                newest.put(id, new long[] {sample, value});
            }
        }
        newest.forEach((id, v) -> {
            if (v != null) {
                readings.add(new Reading(Source.DIAG, "sample", Map.of("counter_id", Long.toString(id)), v[1],
                        false, "The newest sample of a diagnostic counter (mlx5ctl diag set chooses them)."));
            }
        });
    }

    /**
     * Every scalar of {@code layout} at bit {@code base} of {@code seg}, nested layouts flattened with
     * {@code _} and {@code X_high}/{@code X_low} pairs joined into X. The command header is left out. A field's
     * help is its doc after {@code context}, the doc of the field it is nested in.
     */
    static void fields(Source source, String prefix, String context, String layout, MemorySegment seg, long base,
            Map<String, String> labels, List<Reading> readings) {
        LayoutInfo info = Fields.layout(layout);
        List<FieldInfo> fields = info.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldInfo f = fields.get(i);
            String name = prefix + f.name();
            switch (f.kind()) {
                case SCALAR -> {
                    if (f.name().equals("status") || f.name().equals("syndrome")) {
                        continue;
                    }
                    long value = Bits.get(seg, base + f.offset(), f.width());
                    String help = (context + " " + (f.doc().isEmpty() ? info.doc() : f.doc())).strip();
                    Optional<String> whole = i + 1 < fields.size() ? Node.joinedName(f, fields.get(i + 1))
                            : Optional.empty();
                    if (whole.isPresent()) {
                        value = value << 32 | Bits.get(seg, base + fields.get(i + 1).offset(), 32);
                        name = prefix + whole.get();
                        help = info.doc().replaceAll("\\.$", "") + ": " + whole.get() + ".";
                        i++;
                    }
                    readings.add(new Reading(source, name, labels, value, true, help));
                }
                case NESTED -> fields(source, name + "_", f.doc().isEmpty() ? f.name() + ":" : f.doc(),
                        f.layout().orElseThrow(), seg, base + f.offset(), labels, readings);
                default -> {
                    // Arrays and gaps are no counters.
                }
            }
        }
    }
}
