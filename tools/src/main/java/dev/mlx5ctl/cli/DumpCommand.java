package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.device.Device;
import dev.mlx5ctl.device.DeviceException;
import dev.mlx5ctl.device.Umem;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.Node;
import dev.mlx5ctl.layout.RegisterInfo;
import dev.mlx5ctl.prm.AccessReg;
import dev.mlx5ctl.prm.AllocPd;
import dev.mlx5ctl.prm.CreateMkey;
import dev.mlx5ctl.prm.DeallocPd;
import dev.mlx5ctl.prm.DestroyMkey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code mlx5ctl dump}: a resource dump (the RESOURCE_DUMP register), into a file ({@code -o}) as the device
 * streams it, or decoded: the menu as the table of what the device can dump, any other dump as its segments. By
 * default the device writes each step straight into user memory: the tool registers a umem, allocates a protection
 * domain and an mkey over the umem, and each ACCESS_REG step then moves up to the whole buffer (one round trip
 * instead of one per 208 bytes); {@code --inline} uses the register's inline data instead. Steps repeat while the
 * device sets more_dump, sending back the register as it came (its device_opaque and seq_num carry the position).
 * A segment is named by number or by the name the menu gives it. On a terminal, progress goes to stderr.
 */
final class DumpCommand extends Subcommand {

    /** The menu: the segment type that lists the types a device can dump. */
    static final int MENU = 0xffff;
    /** The variant byte of the mkey this tool creates (any value works; it makes the key less guessable). */
    private static final int MKEY_VARIANT = 0x5d;
    /** A dump that never ends is a device bug; this many steps is far beyond any real dump. */
    private static final int MAX_STEPS = 1 << 20;

    private final Arg<String> type = model.option(String.class, OptionSpec.builder("--type").paramLabel("TYPE")
            .defaultValue("menu")
            .description("Segment type to dump: menu (the list of types, the default) or a number (0x1004)."));

    private final Arg<String> segment = model.option(String.class, OptionSpec.builder("--segment").paramLabel("NAME")
            .description("Segment to dump, by the name the device's menu gives it (FW_TRACE)."));

    private final Arg<Long> index1 = model.option(long.class, OptionSpec.builder("--index1").paramLabel("N")
            .defaultValue("0").description("First object (default 0)."));

    private final Arg<Integer> num = model.option(int.class, OptionSpec.builder("--num").paramLabel("N")
            .defaultValue("0").description("Objects to dump (0: all)."));

    private final Arg<Integer> vhcaId = model.option(int.class, OptionSpec.builder("--vhca-id").paramLabel("ID")
            .defaultValue("0").description("Function to dump."));

    private final Arg<Boolean> inline = model.flag("Move the data in the register itself (208 bytes a step) "
            + "instead of through a umem.", "--inline");

    private final Arg<Integer> buffer = model.option(int.class, OptionSpec.builder("--buffer").paramLabel("BYTES")
            .defaultValue("262144").description("Size of the umem each step writes into (default ${DEFAULT-VALUE})."));

    DumpCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl dump", "  mlx5ctl dump --segment FW_TRACE -o trace.bin",
                "  mlx5ctl dump --segment SIM_UCTX --json", "  mlx5ctl dump --type 0x1004 -o trace.bin",
                "  mlx5ctl dump --inline --type 0x1000 --raw | xxd");
    }

    private record Result(int steps, long bytes, String mode) {
    }

    @Override
    int run(GlobalOptions options) {
        String segment = this.segment.get();
        if (segment != null && !type.get().equals("menu")) {
            throw new UsageException("--segment and --type both name what to dump: give one");
        }
        int typeArg = segmentType(type.get());
        Path file = options.output();
        RegisterInfo reg = RegCommand.register("RESOURCE_DUMP");
        try (Session session = new Session(options)) {
            int segmentType = segment == null ? typeArg : bySegmentName(session, reg, segment);
            if (file == null && !options.raw()) {
                printDecoded(options, segmentType, dumpToMemory(session, reg, segmentType, options));
                return ExitCode.OK;
            }
            Result result;
            try (OutputStream sink = open(file, options)) {
                result = dump(session, reg, segmentType, sink, progress(options));
            } catch (IOException e) {
                throw new Errors.FileException("write", file, e);
            }
            if (file != null) {
                summary(options, segmentType, result, file);
            }
        }
        return ExitCode.OK;
    }

    private Result dump(Session session, RegisterInfo reg, int segmentType, OutputStream sink, Progress progress)
            throws IOException {
        try {
            return inline.get() ? dumpInline(session, reg, segmentType, sink, progress)
                    : dumpUmem(session, reg, segmentType, sink, progress);
        } finally {
            progress.done();
        }
    }

    private byte[] dumpToMemory(Session session, RegisterInfo reg, int segmentType, GlobalOptions options) {
        return inMemory(out -> dump(session, reg, segmentType, out, progress(options)));
    }

    /** The segment type the device's menu gives {@code name}; the menu is read inline, the way collect reads it. */
    private int bySegmentName(Session session, RegisterInfo reg, String name) {
        List<DumpStream.MenuEntry> entries = DumpStream.menu(inMemory(out ->
                dumpInline(session, reg, MENU, out, Progress.NONE)));
        return DumpStream.byName(entries, name).map(DumpStream.MenuEntry::segmentType)
                .orElseThrow(() -> new UsageException("the device's dump menu has no segment '" + name + "' ("
                        + DumpStream.names(entries) + ")"));
    }

    /** A dump written into memory: the stream it wrote. */
    private static byte[] inMemory(Into dump) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            dump.into(out);
        } catch (IOException e) {
            throw new IllegalStateException("a byte array cannot fail to take bytes", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Into {
        void into(OutputStream out) throws IOException;
    }

    /** The menu as a table of what can be dumped; any other dump as its segments, decoded. */
    private void printDecoded(GlobalOptions options, int segmentType, byte[] stream) {
        if (segmentType == MENU) {
            List<DumpStream.MenuEntry> menu = DumpStream.menu(stream);
            List<Object> json = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"TYPE", "NAME", "INDEX1", "INDEX2"});
            for (DumpStream.MenuEntry e : menu) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("segment_type", "0x" + Integer.toHexString(e.segmentType()));
                m.put("name", e.name());
                m.put("index1", e.index1());
                m.put("index2", e.index2());
                json.add(m);
                rows.add(new String[] {"0x" + Integer.toHexString(e.segmentType()), e.name(),
                    e.index1().isEmpty() ? "-" : e.index1(), e.index2().isEmpty() ? "-" : e.index2()});
            }
            printer().report(json, ListCommand.columns(rows));
            return;
        }
        List<Node.Struct> segments = DumpStream.segments(stream);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Node.Struct s = segments.get(i);
            text.append("segment ").append(i).append(": ").append(s.layout().replace("resource_dump_", ""))
                    .append('\n').append(Text.fields(s, options.all()).indent(2));
        }
        printer().report(segments, text.toString());
    }

    private static void summary(GlobalOptions options, int segmentType, Result result, Path file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("segment_type", "0x" + Integer.toHexString(segmentType));
        m.put("mode", result.mode());
        m.put("steps", result.steps());
        m.put("bytes", result.bytes());
        m.put("file", file.toString());
        GlobalOptions summary = new GlobalOptions(options.device(), options.json(), options.pretty(), false, false,
                null, options.scope(), options.all(), options.strict(), false, options.out(), options.err());
        new Printer(summary).report(m, "dumped " + result.bytes() + " bytes of segment type 0x"
                + Integer.toHexString(segmentType) + " in " + result.steps() + (result.steps() == 1 ? " step"
                        : " steps") + " (" + result.mode() + ") to " + file + "\n");
    }

    /** Progress of a long dump on stderr, rewritten in place; only when a person watches a terminal. */
    private interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void step(int steps, long bytes) {
            }

            @Override
            public void done() {
            }
        };

        void step(int steps, long bytes);

        void done();
    }

    private static Progress progress(GlobalOptions options) {
        java.io.Console console = System.console();
        if (console == null || !console.isTerminal() || options.format() == GlobalOptions.Format.JSON) {
            return Progress.NONE;
        }
        java.io.PrintStream err = options.err();
        return new Progress() {
            private boolean shown;

            @Override
            public void step(int steps, long bytes) {
                err.printf("\rdump: %,d KiB in %d step%s", bytes / 1024, steps, steps == 1 ? "" : "s");
                err.flush();
                shown = true;
            }

            @Override
            public void done() {
                if (shown) {
                    err.print("\r\033[K");
                    err.flush();
                }
            }
        };
    }

    private static OutputStream open(Path file, GlobalOptions options) throws IOException {
        if (file == null) {
            // stdout stays open after the dump: the caller owns it.
            return new java.io.FilterOutputStream(options.out()) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new Errors.FileException("write", file, e);
        }
    }

    static int segmentType(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("menu")) {
            return MENU;
        }
        try {
            int v = t.startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
            if (v >= 0 && v <= 0xffff) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Refused below with the accepted spellings.
        }
        throw new UsageException("--type takes menu or a 16-bit segment type number, not '" + text + "'");
    }

    /** The ACCESS_REG input for RESOURCE_DUMP, with the request fields set; {@code data} is its register data. */
    private MemorySegment request(Session session, RegisterInfo reg, int segmentType) {
        CommandInfo command = AccessReg.INFO;
        int words = (Fields.layout(reg.layout()).sizeBits() + 31) / 32;
        MemorySegment in = session.input(command, words);
        session.codec.set(command.in(), in, "op_mod", Session.opMod(command, "read"));
        session.codec.set(command.in(), in, "register_id", reg.id());
        MemorySegment data = registerData(in, reg);
        session.codec.set(reg.layout(), data, "segment_type", segmentType);
        session.codec.set(reg.layout(), data, "index1", index1.get());
        session.codec.set(reg.layout(), data, "num_of_obj1", num.get());
        session.codec.set(reg.layout(), data, "vhca_id", vhcaId.get());
        return in;
    }

    private static MemorySegment registerData(MemorySegment in, RegisterInfo reg) {
        return in.asSlice(Fields.byteOffset(AccessReg.INFO.in(), "register_data"),
                Fields.layout(reg.layout()).sizeBytes());
    }

    /**
     * Runs steps until the device clears more_dump, each step sending back the register data of the last reply;
     * {@code consume} takes each reply's register data and the byte count the device reports in size.
     */
    private int steps(Session session, RegisterInfo reg, MemorySegment in, StepConsumer consume) throws IOException {
        LayoutCodec codec = session.codec;
        long dataOut = Fields.byteOffset(AccessReg.INFO.out(), "register_data");
        long outBytes = dataOut + Fields.layout(reg.layout()).sizeBytes();
        MemorySegment data = registerData(in, reg);
        for (int step = 1; step <= MAX_STEPS; step++) {
            byte[] out = session.call(in, outBytes);
            MemorySegment reply = MemorySegment.ofArray(out).asSlice(dataOut);
            long size = codec.get(reg.layout(), reply, "size");
            consume.accept(reply, size);
            if (codec.get(reg.layout(), reply, "more_dump") == 0) {
                return step;
            }
            if (size == 0) {
                throw new DeviceException("RESOURCE_DUMP: the device says more follows but "
                        + "returned nothing in step " + step);
            }
            MemorySegment.copy(reply, 0, data, 0, data.byteSize());
        }
        throw new DeviceException("RESOURCE_DUMP did not end within " + MAX_STEPS + " steps");
    }

    @FunctionalInterface
    private interface StepConsumer {
        void accept(MemorySegment reply, long size) throws IOException;
    }

    private Result dumpInline(Session session, RegisterInfo reg, int segmentType, OutputStream sink, Progress progress)
            throws IOException {
        MemorySegment in = request(session, reg, segmentType);
        session.codec.set(reg.layout(), registerData(in, reg), "inline_dump", 1L);
        long inlineAt = session.codec.resolve(reg.layout(), "inline_data[0]").bitOffset() / 8;
        long[] bytes = {0};
        int[] step = {0};
        int steps = steps(session, reg, in, (reply, size) -> {
            sink.write(reply.asSlice(inlineAt, size).toArray(ValueLayout.JAVA_BYTE));
            bytes[0] += size;
            progress.step(++step[0], bytes[0]);
        });
        return new Result(steps, bytes[0], "inline");
    }

    private Result dumpUmem(Session session, RegisterInfo reg, int segmentType, OutputStream sink, Progress progress)
            throws IOException {
        Device device = session.device();
        LayoutCodec codec = session.codec;
        try (Umem umem = device.registerUmem(buffer.get())) {
            long pd = codec.get(AllocPd.INFO.out(), MemorySegment.ofArray(
                    session.call(session.input(AllocPd.INFO, 0), session.outBytes(AllocPd.INFO))), "pd");
            try {
                long mkeyIndex = createMkey(session, umem, pd);
                try {
                    MemorySegment in = request(session, reg, segmentType);
                    MemorySegment data = registerData(in, reg);
                    codec.set(reg.layout(), data, "inline_dump", 0L);
                    codec.set(reg.layout(), data, "mkey", mkeyIndex << 8 | MKEY_VARIANT);
                    codec.set(reg.layout(), data, "address", umem.address());
                    codec.set(reg.layout(), data, "size", umem.length());
                    long[] bytes = {0};
                    int[] step = {0};
                    int steps = steps(session, reg, in, (reply, size) -> {
                        sink.write(umem.segment().asSlice(0, size).toArray(ValueLayout.JAVA_BYTE));
                        bytes[0] += size;
                        progress.step(++step[0], bytes[0]);
                        // The next step asks for the whole buffer again, not for what this one returned.
                        codec.set(reg.layout(), reply, "size", umem.length());
                    });
                    return new Result(steps, bytes[0], "umem");
                } finally {
                    destroy(session, DestroyMkey.INFO, "mkey_index", mkeyIndex);
                }
            } finally {
                destroy(session, DeallocPd.INFO, "pd", pd);
            }
        }
    }

    /** An mkey mapping the whole umem at its own address, writable by the device. */
    private static long createMkey(Session session, Umem umem, long pd) {
        CommandInfo command = CreateMkey.INFO;
        LayoutCodec codec = session.codec;
        MemorySegment in = session.input(command, 0);
        String mkc = "memory_key_mkey_entry.";
        codec.set(command.in(), in, "mkey_umem_valid", 1L);
        codec.set(command.in(), in, "mkey_umem_id", umem.id());
        // The low two bits of the mode suffice: MTT is 1.
        codec.set(command.in(), in, mkc + "access_mode_1_0",
                codec.registry().requireEnum("mkc_access_mode").byName("mtt").orElseThrow().value());
        codec.set(command.in(), in, mkc + "lw", 1L);
        codec.set(command.in(), in, mkc + "lr", 1L);
        codec.set(command.in(), in, mkc + "qpn", 0xffffffL);
        codec.set(command.in(), in, mkc + "mkey_7_0", MKEY_VARIANT);
        codec.set(command.in(), in, mkc + "pd", pd);
        codec.set(command.in(), in, mkc + "start_addr", umem.address());
        codec.set(command.in(), in, mkc + "len", umem.length());
        byte[] out = session.call(in, session.outBytes(command));
        return codec.get(command.out(), MemorySegment.ofArray(out), "mkey_index");
    }

    /**
     * Frees an object this dump created. Closing the device would free it too (the driver destroys the file's
     * user context with all it owns), so a failure here is reported but cannot leak anything.
     */
    private void destroy(Session session, CommandInfo command, String field, long id) {
        try {
            MemorySegment in = session.input(command, 0);
            session.codec.set(command.in(), in, field, id);
            session.call(in, session.outBytes(command));
        } catch (DeviceException e) {
            options().err().println("mlx5ctl: warning: " + e.getMessage());
        }
    }
}
