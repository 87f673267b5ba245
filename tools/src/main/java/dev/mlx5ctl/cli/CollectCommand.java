package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.device.DeviceEntry;
import dev.mlx5ctl.device.Devices;
import dev.mlx5ctl.layout.CapTypeInfo;
import dev.mlx5ctl.layout.RegisterInfo;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.Prm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code mlx5ctl collect -o FILE.tar.gz}: what a vendor asks for, in one archive, from one process: the device's
 * info and policy, every capability type (current and maximum), every register the schema reads at
 * debug-read-only or below (per port where it has one, per value of an index without a default), the counters,
 * the resource dump menu and a dump of every segment it lists. Each item is the output of the mlx5ctl command the
 * manifest names (JSON, a dump as its raw bytes); an item the device refuses is recorded in {@code manifest.json}
 * with its error, and the rest is still collected.
 */
final class CollectCommand extends Subcommand {

    private final Arg<List<Integer>> ports = model.options(Integer.class, OptionSpec.builder("--port").paramLabel("N")
            .splitRegex(",").defaultValue("1").description("Ports (local_port) whose registers to read (default 1)."));

    CollectCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl -d 0000:08:00.0 collect -o /tmp/nic.tar.gz",
                "  mlx5ctl collect --port 1,2 -o nic.tgz");
    }

    @Override
    int run(GlobalOptions options) {
        Path file = options.output();
        if (file == null || !(file.toString().endsWith(".tar.gz") || file.toString().endsWith(".tgz"))) {
            throw new UsageException("collect writes an archive: give -o FILE.tar.gz");
        }
        if (options.format() != GlobalOptions.Format.TEXT || options.explain()) {
            throw new UsageException("collect writes JSON files into its archive; --json, --hex, --raw and "
                    + "--explain do not apply");
        }
        CounterOptions.byteValues("--port", ports.get());
        DeviceEntry device = Devices.system().find(options.device());
        // The device must answer at all: else there is nothing to collect and no archive.
        Item info = Item.run("info.json", options, "-j", "info");
        if (info.status() != ExitCode.OK) {
            options.err().print(info.err());
            return info.status();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String top = "mlx5ctl-" + device.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + now.toString().replace(":", "");
        List<Item> items = new ArrayList<>();
        items.add(info);
        items.add(Item.run("policy.json", options, "-j", "policy"));
        for (CapTypeInfo t : Prm.REGISTRY.capTypes()) {
            items.add(Item.run("caps/" + t.name() + ".current.json", options, "-j", "cap", t.name(), "--current"));
            items.add(Item.run("caps/" + t.name() + ".max.json", options, "-j", "cap", t.name(), "--max"));
        }
        for (RegisterInfo r : Prm.REGISTRY.registers()) {
            if (r.read().uapiValue() > Scope.DEBUG_READ_ONLY.uapiValue()) {
                continue;
            }
            // A register indexed by a field without a default is read once per value (PTYS: per protocol).
            List<List<String>> selections = new ArrayList<>();
            selections.add(List.of());
            RegCommand.requiredIndexes(r).forEach((field, values) -> {
                List<List<String>> more = new ArrayList<>();
                for (List<String> s : selections) {
                    for (String v : values) {
                        List<String> one = new ArrayList<>(s);
                        one.add(field + "=" + v);
                        more.add(one);
                    }
                }
                selections.clear();
                selections.addAll(more);
            });
            for (List<String> index : selections) {
                String suffix = index.stream().map(i -> "." + i.replace('=', '-')).collect(Collectors.joining());
                List<String> args = new ArrayList<>(List.of("-j", "reg", r.name()));
                index.forEach(i -> args.addAll(List.of("--index", i)));
                if (Fields.layout(r.layout()).field("local_port").isPresent()) {
                    for (int p : ports.get()) {
                        List<String> portArgs = new ArrayList<>(args);
                        portArgs.addAll(List.of("--local-port", Integer.toString(p)));
                        items.add(Item.run("registers/" + r.name() + ".port" + p + suffix + ".json", options,
                                portArgs.toArray(String[]::new)));
                    }
                } else {
                    items.add(Item.run("registers/" + r.name() + suffix + ".json", options,
                            args.toArray(String[]::new)));
                }
            }
        }
        items.add(Item.run("counters.json", options, "-j", "watch", "-c", "1"));
        Item menu = Item.dump(options, "dump/menu.bin", "--type", "menu", "--inline");
        items.add(menu);
        if (menu.status() == ExitCode.OK) {
            // Every segment the device can dump, each through a umem, as the menu names it.
            for (DumpStream.MenuEntry e : DumpStream.menu(menu.out())) {
                items.add(Item.dump(options, "dump/" + e.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".bin",
                        "--type", "0x" + Integer.toHexString(e.segmentType())));
            }
        }

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("device", device.name());
        manifest.put("function", device.functionName().orElse(null));
        manifest.put("created", now.toString());
        manifest.put("tool", new Mlx5ctl.Version().getVersion()[0]);
        manifest.put("schema", Prm.SCHEMA_ID);
        List<Object> entries = new ArrayList<>();
        int failed = 0;
        try (OutputStream out = Files.newOutputStream(file); TarGz tar = new TarGz(out, now.getEpochSecond())) {
            for (Item item : items) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("file", item.name());
                e.put("command", "mlx5ctl " + String.join(" ", item.args()));
                e.put("exit_status", item.status());
                if (item.status() == ExitCode.OK) {
                    tar.add(top + "/" + item.name(), item.out());
                    e.put("bytes", item.out().length);
                    e.put("sha256", sha256(item.out()));
                } else {
                    failed++;
                    e.put("error", item.err().strip().replaceFirst("^mlx5ctl: ", ""));
                }
                entries.add(e);
            }
            manifest.put("entries", entries);
            tar.add(top + "/manifest.json", (Json.write(manifest) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Errors.FileException("write", file, e);
        }
        // On stdout, not through the printer: -o names the archive, which the summary must not replace.
        options.out().print("collected " + (items.size() - failed) + " of " + items.size() + " items into " + file
                + (failed == 0 ? "" : " (" + failed + " refused by the device: see manifest.json)") + "\n");
        options.out().flush();
        return ExitCode.OK;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** One collected item: the mlx5ctl command run in this process, and what it printed. */
    private record Item(String name, List<String> args, int status, byte[] out, String err) {

        static Item run(String name, GlobalOptions options, String... args) {
            List<String> all = new ArrayList<>(List.of("-d", options.device()));
            if (options.strict()) {
                all.add("--strict");
            }
            all.addAll(List.of(args));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Mlx5ctl.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), all.toArray(String[]::new));
            return new Item(name, List.copyOf(all), status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        }

        /** A resource dump ({@code dump ARGS -o FILE}), as the raw bytes the device dumped. */
        static Item dump(GlobalOptions options, String name, String... args) {
            Path tmp = null;
            List<String> line = new ArrayList<>(List.of("dump"));
            line.addAll(List.of(args));
            try {
                tmp = Files.createTempFile("mlx5ctl-collect", ".dump");
                List<String> run = new ArrayList<>(line);
                run.addAll(List.of("-o", tmp.toString()));
                Item ran = run(name, options, run.toArray(String[]::new));
                // The manifest names the file as FILE: the temporary one is gone by then.
                List<String> shown = new ArrayList<>(ran.args());
                shown.set(shown.size() - 1, "FILE");
                return new Item(ran.name(), List.copyOf(shown), ran.status(),
                        ran.status() == ExitCode.OK ? Files.readAllBytes(tmp) : ran.out(), ran.err());
            } catch (IOException e) {
                return new Item(name, List.copyOf(line), ExitCode.FILE, new byte[0],
                        "cannot use a temporary file: " + e.getMessage());
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // A temporary file left in /tmp is no reason to fail the collection.
                    }
                }
            }
        }
    }
}
