package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.cli.Subcommand.Listing;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.Prm;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * {@code mlx5ctl}: firmware commands to mlx5ctl devices by their schema names, with decoded output.
 *
 * <p>The global options live here and are inherited by every subcommand, so they may come before or after the
 * subcommand's name; subcommands read them through {@link #options()}. {@link #run} is the whole program with its
 * streams given, which is what the tests call; {@link #main} only adds {@code System.exit}.
 */
public final class Mlx5ctl implements Callable<Integer> {

    private final CommandModel model = new CommandModel(this, "mlx5ctl",
            "Firmware commands (ConnectX PRM mailboxes) to mlx5ctl devices, by their schema names.",
            Stream.concat(Stream.of("", "Devices are named by number (0: the first of `mlx5ctl list`), by name "
                    + "(mlx5ctl_sim.ctl.0), by node path, by PCI address (0000:08:00.0) or by network interface "
                    + "(ens1f0np0).", "Values are numbers (42, 0x2a) or the names of the field's enum (up, "
                    + "raw_tx|tools_resources)."), Arrays.stream(ExitCode.FOOTER)).toArray(String[]::new));

    private final Arg<String> device = global(String.class, OptionSpec.builder("-d", "--device").paramLabel("DEVICE")
            .defaultValue("${env:MLX5CTL_DEVICE:-0}").description("The device: a number, a name, a node path, a PCI "
                    + "address or a network interface (default: ${DEFAULT-VALUE}; env MLX5CTL_DEVICE)."));

    private final Arg<Boolean> json = global(boolean.class, OptionSpec.builder("-j", "--json")
            .description("Print JSON instead of text, one line (with -p, indented)."));

    private final Arg<Boolean> pretty = global(boolean.class, OptionSpec.builder("-p", "--pretty")
            .description("With -j: indent the JSON for people, as ip -j -p does."));

    private final Arg<Boolean> hex = global(boolean.class, OptionSpec.builder("--hex")
            .description("Print a hexdump of the output mailbox."));

    private final Arg<Boolean> raw = global(boolean.class, OptionSpec.builder("--raw")
            .description("Write the output mailbox as binary, to stdout or to -o FILE."));

    private final Arg<Path> output = global(Path.class, OptionSpec.builder("-o", "--output").paramLabel("FILE")
            .description("Write the output to FILE instead of stdout (dump: the dumped data)."));

    private final Arg<Scope> scope = global(Scope.class, OptionSpec.builder("--scope").paramLabel("SCOPE")
            .converters(new ScopeConverter()).description("RPC scope to run at: configuration, debug-read-only, "
                    + "debug-write, debug-write-full or 0-3 (default: the least the schema allows for the command)."));

    private final Arg<Boolean> all = global(boolean.class, OptionSpec.builder("-a", "--all")
            .description("Text output: show zero fields too (they are hidden by default)."));

    private final Arg<Boolean> strict = global(boolean.class, OptionSpec.builder("--strict")
            .description("Refuse a driver built from another schema (exit 4) instead of warning."));

    private final Arg<Boolean> explain = global(boolean.class, OptionSpec.builder("--explain")
            .description("Do not send: show the firmware command it would send first, its op_mod, the scope it "
                    + "would use, whether that taints the kernel and the privilege it needs."));

    private final Arg<String> batch = model.option(String.class, OptionSpec.builder("-b", "--batch")
            .paramLabel("FILE").description("Run the commands of FILE (- for stdin), one per line, in this one "
                    + "process, as ip -b; the global options given here apply to each."));

    private final Arg<Boolean> force = model.flag("With -b: run every line, even after one fails.", "--force");

    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private List<String> args = List.of();

    Mlx5ctl() {
        model.spec.usageMessage().autoWidth(true);
        CommandModel.addStandardHelp(model.spec, new Version());
    }

    /** A global option: every subcommand inherits it, so it may be written on either side of the subcommand. */
    private <T> Arg<T> global(Class<T> type, OptionSpec.Builder option) {
        return model.option(type, option.scopeType(ScopeType.INHERIT));
    }

    /**
     * The subcommands, in the order {@code --help} lists them (picocli's {@code help} comes last), each as it lists
     * them and with its constructor.
     */
    private static final List<Listing> SUBCOMMANDS = List.of(
            new Listing("list", "List mlx5ctl devices (number, name, node, provider, open files).", ListCommand::new),
            new Listing("info", "Show device information: user context, capabilities, scopes, and the schema identity "
                    + "of the driver and of this tool.", InfoCommand::new),
            new Listing("cap", "Query device capabilities (QUERY_HCA_CAP) of one type, decoded.", CapCommand::new),
            new Listing("reg", "Read an access register (ACCESS_REG) by name, or write it with --set.",
                    RegCommand::new),
            new Listing("query", "Run a QUERY_* command by its short name and decode the reply.", QueryCommand::new),
            new Listing("diag", "Diagnostic counters: parameters, capabilities, set, sample.", DiagCommand::new),
            new Listing("dump", "Dump device resources (RESOURCE_DUMP): the menu of what can be dumped, or one "
                    + "segment type, decoded or into a file.", DumpCommand::new),
            new Listing("exec", "Run any command of the schema by name, its input set field by field.",
                    ExecCommand::new),
            new Listing("schema", "Describe the schema: commands, registers, cap types, layouts, enums (no device "
                    + "needed).", SchemaCommand::new),
            new Listing("obj", "Query a firmware object by type and id (QP, CQ, EQ, SQ, RQ, TIR, TIS, RQT, MKEY, ...) "
                    + "and decode its context.", ObjCommand::new),
            new Listing("policy", "Show the RPC policy the driver enforces: each command user space may send with its "
                    + "least scope, op_mod and register overrides, and whether it agrees with this tool's schema.",
                    PolicyCommand::new),
            new Listing("watch", "Read counters every interval and print their values and rates.", WatchCommand::new),
            new Listing("metrics", "Counters in Prometheus' text format, once or served over HTTP (--listen).",
                    MetricsCommand::new),
            new Listing("collect", "Collect the device's state into one .tar.gz for a vendor, with a manifest.",
                    CollectCommand::new));

    /** The global options as given, whichever side of the subcommand they were written on. */
    GlobalOptions options() {
        return new GlobalOptions(device.get(), json.get(), pretty.get(), hex.get(), raw.get(), output.get(),
                scope.get(), all.get(), strict.get(), explain.get(), out, err);
    }

    @Override
    public Integer call() {
        if (batch.get() == null) {
            if (force.get()) {
                throw new UsageException("--force goes with -b FILE");
            }
            model.spec.commandLine().usage(out);
            return ExitCode.OK;
        }
        return Batch.run(out, err, batch.get(), globals(args), force.get());
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
        return commandLine(root, new String[] {"help"});
    }

    /**
     * The command line that runs {@code args}: the model of a subcommand is built only when one of the arguments
     * names it (or names {@code help}, which shows the others); the rest are placeholders with the name and
     * description {@code --help} lists. A placeholder never runs: the word that would select it is one of the
     * arguments, so its subcommand is built. A model costs little since it is declared in code ({@link
     * CommandModel}), but a dozen of them, each inheriting the global options, were still a tenth of a start.
     * picocli's own {@code help} is built from its annotations, so it is built only when named, too.
     */
    static CommandLine commandLine(Mlx5ctl root, String[] args) {
        List<String> named = Arrays.asList(args);
        boolean all = named.contains("help");
        CommandLine cl = new CommandLine(root.model.spec);
        for (Listing sub : SUBCOMMANDS) {
            CommandSpec spec = all || named.contains(sub.name()) ? sub.constructor().apply(sub).model.spec
                    : placeholder(sub.name(), new String[] {sub.description()}, new String[0]);
            cl.addSubcommand(sub.name(), spec);
        }
        if (all) {
            cl.addSubcommand(new CommandLine.HelpCommand());
        } else {
            cl.addSubcommand("help", placeholder("help", new String[0], new String[] {HELP_HEADER}));
        }
        Errors errors = new Errors();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        helpEverywhere(cl, root.model.spec.versionProvider());
        return cl;
    }

    /** picocli's {@code help} command's header, which the root's help lists it by. */
    private static final String HELP_HEADER = "Display help information about the specified command.";

    /** A subcommand that is listed, not built: no command object, so picocli could not run it. */
    private static CommandSpec placeholder(String name, String[] description, String[] header) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.usageMessage().description(description).header(header);
        return spec;
    }

    /**
     * {@code --help} and {@code -V} on every subcommand, at any depth ({@code mlx5ctl diag sample --help}), but
     * picocli's {@code help}, which has its own {@code --help}.
     */
    private static void helpEverywhere(CommandLine cl, CommandLine.IVersionProvider version) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().optionsMap().containsKey("--help")) {
                CommandModel.addStandardHelp(sub.getCommandSpec(), version);
            }
            helpEverywhere(sub, version);
        }
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
