package dev.mlx5ctl.codegen;

import dev.mlx5ctl.codegen.c.CEmitter;
import dev.mlx5ctl.codegen.diff.DiffCommand;
import dev.mlx5ctl.codegen.ifc.CrosscheckCommand;
import dev.mlx5ctl.codegen.ifc.ImportIfcCommand;
import dev.mlx5ctl.codegen.java.JavaEmitter;
import dev.mlx5ctl.codegen.uapi.UapiEmitter;
import dev.mlx5ctl.schema.Diagnostic;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The code generator's command line: {@code check} validates a schema, {@code generate} also writes the Java
 * bindings, the kernel's C and the uAPI's Java mirror.
 *
 * <p>Exit codes: 0 success; 1 the schema (or uAPI header) has errors or a file could not be read or written, all
 * reported on stderr, one line each; 2 a usage error; 3 an internal error (a bug: still one line, no stack trace).
 */
@Command(name = "mlx5ctl-codegen",
        description = "Checks the mlx5ctl command schema and generates code from it.",
        subcommands = {Main.Check.class, Main.Generate.class, ImportIfcCommand.class,
                CrosscheckCommand.class, DiffCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 3;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the process's stdout and stderr; returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("mlx5ctl-codegen: internal error: " + e);
            return EXIT_INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: check or generate");
    }

    @Command(name = "check", description = "Validates a schema: prints every problem, or a summary.")
    static final class Check implements Callable<Integer> {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Parameters(paramLabel = "SCHEMA_DIR", description = "The schema's directory, e.g. schema/mlx5.")
        Path schemaDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<Schema> schema = load(schemaDir, err);
            if (schema.isEmpty()) {
                return EXIT_FAILED;
            }
            Schema s = schema.get();
            spec.commandLine().getOut().printf("%s: %d layouts, %d commands, %d registers, %d cap types, %d enums; "
                    + "identity %s%n", schemaDir, s.layouts().size(), s.commands().size(), s.registers().size(),
                    s.capTypes().size(), s.enums().size(), s.identity());
            return EXIT_OK;
        }
    }

    @Command(name = "generate",
            description = "Validates a schema and writes the code generated from it; at least one output is needed.")
    static final class Generate implements Callable<Integer> {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--java-out", paramLabel = "DIR", description = "Write the Java bindings below DIR.")
        Path javaOut;

        @Option(names = "--c-out", paramLabel = "DIR",
                description = "Write mlx5ctl_ifc_gen.h and mlx5ctl_policy_gen.c into DIR.")
        Path cOut;

        @Option(names = "--uapi-header", paramLabel = "FILE",
                description = "Also mirror this uAPI C header in Java below the --java-out DIR (repeatable).")
        List<Path> uapiHeaders = new ArrayList<>();

        @Option(names = "--uapi-agree", paramLabel = "FILE",
                description = "Write a C file of static assertions that the Java mirror of the --uapi-header in the "
                        + "same position agrees with C (repeatable).")
        List<Path> uapiAgrees = new ArrayList<>();

        @Parameters(paramLabel = "SCHEMA_DIR", description = "The schema's directory, e.g. schema/mlx5.")
        Path schemaDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (javaOut == null && cOut == null) {
                throw new ParameterException(spec.commandLine(), "Nothing to generate: give --java-out, --c-out or both");
            }
            if (!uapiHeaders.isEmpty() && javaOut == null && uapiAgrees.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--uapi-header needs --java-out or --uapi-agree");
            }
            if (!uapiAgrees.isEmpty() && uapiAgrees.size() != uapiHeaders.size()) {
                throw new ParameterException(spec.commandLine(), "--uapi-agree needs one --uapi-header each ("
                        + uapiHeaders.size() + " headers, " + uapiAgrees.size() + " agreement files)");
            }
            PrintWriter err = spec.commandLine().getErr();
            Optional<Schema> schema = load(schemaDir, err);
            if (schema.isEmpty()) {
                return EXIT_FAILED;
            }
            String source = schemaDir.toString();
            try {
                if (javaOut != null) {
                    JavaEmitter.emit(schema.get(), source, javaOut);
                }
                if (cOut != null) {
                    CEmitter.emit(schema.get(), source, cOut);
                }
                List<Diagnostic> problems = new ArrayList<>();
                for (int i = 0; i < uapiHeaders.size(); i++) {
                    Path header = uapiHeaders.get(i);
                    List<Diagnostic> found = new ArrayList<>();
                    if (javaOut != null) {
                        found.addAll(UapiEmitter.emit(header, javaOut));
                    }
                    if (!uapiAgrees.isEmpty() && found.isEmpty()) {
                        found.addAll(UapiEmitter.emitAgreement(header, uapiAgrees.get(i)));
                    }
                    problems.addAll(found);
                }
                problems.forEach(d -> err.println(d.format()));
                if (problems.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
                    return EXIT_FAILED;
                }
            } catch (IOException e) {
                err.println(ioProblem(e));
                return EXIT_FAILED;
            }
            return EXIT_OK;
        }
    }

    /** Loads and validates, printing every diagnostic; empty if there were errors (all of them printed). */
    private static Optional<Schema> load(Path schemaDir, PrintWriter err) {
        SchemaLoader.Result result;
        try {
            result = SchemaLoader.load(schemaDir);
        } catch (IOException e) {
            err.println(ioProblem(e));
            return Optional.empty();
        }
        result.diagnostics().forEach(d -> err.println(d.format()));
        long errors = result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        if (errors > 0) {
            err.println(schemaDir + ": " + errors + (errors == 1 ? " error" : " errors"));
        }
        return result.schema();
    }

    /** One line, gcc style, naming the file an I/O operation failed on. */
    static String ioProblem(IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            String reason = fse.getReason() != null ? fse.getReason() : switch (fse) {
                case NoSuchFileException x -> "no such file or directory";
                case NotDirectoryException x -> "not a directory";
                case AccessDeniedException x -> "permission denied";
                default -> fse.getClass().getSimpleName();
            };
            return fse.getFile() + (fse.getOtherFile() != null ? " -> " + fse.getOtherFile() : "") + ": error: "
                    + reason;
        }
        return "mlx5ctl-codegen: error: " + e.getMessage();
    }
}
