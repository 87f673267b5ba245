package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.Prm;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code mlx5ctl}: firmware commands to mlx5ctl devices by their schema names, with decoded output.
 *
 * <p>The global options live here and are inherited by every subcommand, so they may come before or after the
 * subcommand's name; subcommands read them through {@link #options()}. {@link #run} is the whole program with its
 * streams given, which is what the tests call; {@link #main} only adds {@code System.exit}.
 */
@Command(name = "mlx5ctl", mixinStandardHelpOptions = true, versionProvider = Mlx5ctl.Version.class,
        description = "Firmware commands (ConnectX PRM mailboxes) to mlx5ctl devices, by their schema names.",
        footer = {"", "Devices are named by number (0: the first of `mlx5ctl list`), by name (mlx5ctl_sim.ctl.0), "
            + "by node path, by PCI address (0000:08:00.0) or by network interface (ens1f0np0).",
            "Values are numbers (42, 0x2a) or the names of the field's enum (up, raw_tx|tools_resources)."},
        usageHelpAutoWidth = true)
public final class Mlx5ctl implements java.util.concurrent.Callable<Integer> {

    /**
     * The subcommands, in the order {@code --help} lists them. Not in the {@code @Command} annotation, where
     * picocli would build every one's model from its annotations at each start: see {@link #commandLine(Mlx5ctl,
     * String[])}.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(ListCommand.class, InfoCommand.class, CapCommand.class,
            RegCommand.class, QueryCommand.class, DiagCommand.class, DumpCommand.class, ExecCommand.class,
            SchemaCommand.class, ObjCommand.class, PolicyCommand.class, WatchCommand.class, MetricsCommand.class,
            CollectCommand.class, CommandLine.HelpCommand.class);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-d", "--device"}, paramLabel = "DEVICE", scope = ScopeType.INHERIT,
            defaultValue = "${env:MLX5CTL_DEVICE:-0}",
            description = "The device: a number, a name, a node path, a PCI address or a network interface "
                    + "(default: ${DEFAULT-VALUE}; env MLX5CTL_DEVICE).")
    String device;

    @Option(names = {"-j", "--json"}, scope = ScopeType.INHERIT,
            description = "Print JSON instead of text, one line (with -p, indented).")
    boolean json;

    @Option(names = {"-p", "--pretty"}, scope = ScopeType.INHERIT,
            description = "With -j: indent the JSON for people, as ip -j -p does.")
    boolean pretty;

    @Option(names = "--hex", scope = ScopeType.INHERIT, description = "Print a hexdump of the output mailbox.")
    boolean hex;

    @Option(names = "--raw", scope = ScopeType.INHERIT,
            description = "Write the output mailbox as binary, to stdout or to -o FILE.")
    boolean raw;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Write the output to FILE instead of stdout (dump: the dumped data).")
    Path output;

    @Option(names = "--scope", paramLabel = "SCOPE", scope = ScopeType.INHERIT, converter = ScopeConverter.class,
            description = "RPC scope to run at: configuration, debug-read-only, debug-write, debug-write-full or "
                    + "0-3 (default: the least the schema allows for the command).")
    Scope scope;

    @Option(names = {"-a", "--all"}, scope = ScopeType.INHERIT,
            description = "Text output: show zero fields too (they are hidden by default).")
    boolean all;

    @Option(names = "--strict", scope = ScopeType.INHERIT,
            description = "Refuse a driver built from another schema (exit 4) instead of warning.")
    boolean strict;

    @Option(names = "--explain", scope = ScopeType.INHERIT,
            description = "Do not send: show the firmware command it would send first, its op_mod, the scope it "
                    + "would use, whether that taints the kernel and the privilege it needs.")
    boolean explain;

    @Option(names = {"-b", "--batch"}, paramLabel = "FILE",
            description = "Run the commands of FILE (- for stdin), one per line, in this one process, as ip -b; "
                    + "the global options given here apply to each.")
    String batch;

    @Option(names = "--force", description = "With -b: run every line, even after one fails.")
    boolean force;

    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private List<String> args = List.of();

    /** The global options as given, whichever side of the subcommand they were written on. */
    GlobalOptions options() {
        return new GlobalOptions(device, json, pretty, hex, raw, output, scope, all, strict, explain, out, err);
    }

    @Override
    public Integer call() {
        if (batch == null) {
            if (force) {
                throw new UsageException("--force goes with -b FILE");
            }
            spec.commandLine().usage(out);
            return ExitCode.OK;
        }
        return Batch.run(out, err, batch, globals(args), force);
    }

    /** The arguments without -b FILE and --force: the global options each line of a batch runs with. */
    static List<String> globals(List<String> args) {
        List<String> globals = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-b") || a.equals("--batch")) {
                i++;
            } else if (!a.startsWith("--batch=") && !(a.startsWith("-b") && !a.startsWith("--"))
                    && !a.equals("--force")) {
                globals.add(a);
            }
        }
        return globals;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs {@code mlx5ctl args} with these streams and returns the exit status ({@link ExitCode}). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Mlx5ctl root = new Mlx5ctl();
        root.out = out;
        root.err = err;
        root.args = List.of(args);
        CommandLine cl = commandLine(root, args);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The whole command line of {@code root}, every subcommand's model built, with mlx5ctl's error handling: one
     * line on stderr and an {@link ExitCode}. What man pages and completion are written from.
     */
    static CommandLine commandLine(Mlx5ctl root) {
        return commandLine(root, null);
    }

    /**
     * The command line that runs {@code args}: the model of a subcommand is built only when one of the arguments
     * names it (or names {@code help}, which shows the others); the rest are placeholders that carry the name,
     * aliases and description {@code --help} lists. A placeholder is never run: a word that selects a subcommand
     * is one of the arguments, so its subcommand is built. Building every model from its annotations, as picocli
     * does for the subcommands an {@code @Command} lists, took a good part of each start.
     *
     * @param args the arguments, or null for every subcommand's model
     */
    static CommandLine commandLine(Mlx5ctl root, String[] args) {
        List<String> named = args == null || Arrays.asList(args).contains("help") ? null : Arrays.asList(args);
        CommandLine cl = new CommandLine(root);
        for (Class<?> sub : SUBCOMMANDS) {
            Command command = sub.getAnnotation(Command.class);
            if (named == null || named.contains(command.name())
                    || Arrays.stream(command.aliases()).anyMatch(named::contains)) {
                cl.addSubcommand(sub);
            } else {
                CommandLine.Model.CommandSpec placeholder = CommandLine.Model.CommandSpec.create()
                        .name(command.name()).aliases(command.aliases());
                placeholder.usageMessage().description(command.description()).header(command.header())
                        .hidden(command.hidden());
                cl.addSubcommand(command.name(), placeholder);
            }
        }
        Errors errors = new Errors();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        helpEverywhere(cl, cl.getCommandSpec().versionProvider());
        cl.getCommandSpec().usageMessage().footer(concat(cl.getCommandSpec().usageMessage().footer(),
                ExitCode.FOOTER));
        return cl;
    }

    /** {@code --help} and {@code -V} on every subcommand, at any depth ({@code mlx5ctl diag sample --help}). */
    private static void helpEverywhere(CommandLine cl, CommandLine.IVersionProvider version) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
                sub.getCommandSpec().versionProvider(version);
            }
            helpEverywhere(sub, version);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * The tool's release version and the commit it was built from (resources the build writes:
     * version.properties, and commit.txt from {@code git describe}), the schema it was built from and the Java
     * running it.
     */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String commit = resource("commit.txt").lines().findFirst().orElse("").strip();
            String version = resource("version.properties").lines().filter(l -> l.startsWith("version="))
                    .map(l -> l.substring(8).strip()).findFirst().orElse("");
            return new String[] {"mlx5ctl " + (version.isEmpty() ? "(development build)" : version)
                    + (commit.isEmpty() ? "" : " (commit " + commit + ")"), "schema " + Prm.SCHEMA_ID,
                "java " + Runtime.version()};
        }

        private static String resource(String name) {
            try (java.io.InputStream in = Mlx5ctl.class.getResourceAsStream(name)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return "";
            }
        }
    }

    /** Scope names as the schema spells them, or their uAPI numbers. */
    static final class ScopeConverter implements CommandLine.ITypeConverter<Scope> {

        @Override
        public Scope convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            for (Scope s : Scope.values()) {
                if (s != Scope.KERNEL && (s.schemaName().equals(v) || Integer.toString(s.uapiValue()).equals(v))) {
                    return s;
                }
            }
            throw new CommandLine.TypeConversionException("unknown scope '" + value
                    + "' (configuration, debug-read-only, debug-write, debug-write-full, or 0-3)");
        }
    }
}
