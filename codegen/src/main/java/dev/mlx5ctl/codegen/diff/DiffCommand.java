package dev.mlx5ctl.codegen.diff;

import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff OLD_DIR NEW_DIR}: one line per change on stdout ({@code breaking: field x.y moved from 0x10 to 0x20}),
 * then a count. Exit 0 when every change is compatible (or there is none), 1 when one breaks, 2 when a schema does
 * not load or the command line is wrong.
 */
@Command(name = "diff",
        description = "Classifies every change between two schemas as compatible or breaking (exit 0, 1; 2 on errors).")
public final class DiffCommand implements Callable<Integer> {

    static final int EXIT_COMPATIBLE = 0;
    static final int EXIT_BREAKING = 1;
    static final int EXIT_ERROR = 2;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "OLD_DIR", description = "The schema before the change.")
    Path oldDir;

    @Parameters(index = "1", paramLabel = "NEW_DIR", description = "The schema after the change.")
    Path newDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Schema> old = load(oldDir, err);
        Optional<Schema> now = load(newDir, err);
        if (old.isEmpty() || now.isEmpty()) {
            return EXIT_ERROR;
        }
        List<SchemaDiff.Change> changes = SchemaDiff.between(old.get(), now.get());
        changes.forEach(c -> out.println(c.format()));
        long breaking = changes.stream().filter(c -> c.kind().breaking()).count();
        out.printf("%d changes: %d compatible, %d breaking%n", changes.size(), changes.size() - breaking, breaking);
        return breaking > 0 ? EXIT_BREAKING : EXIT_COMPATIBLE;
    }

    private static Optional<Schema> load(Path dir, PrintWriter err) {
        try {
            SchemaLoader.Result r = SchemaLoader.load(dir);
            r.diagnostics().forEach(d -> err.println(d.format()));
            if (r.schema().isEmpty()) {
                err.println(dir + ": schema has errors; cannot compare");
            }
            return r.schema();
        } catch (IOException e) {
            err.println(dir + ": error: " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such schema directory" : e.getMessage()));
            return Optional.empty();
        }
    }
}
