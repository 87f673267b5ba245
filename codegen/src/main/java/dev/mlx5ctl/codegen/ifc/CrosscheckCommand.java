package dev.mlx5ctl.codegen.ifc;

import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck --ifc-header=H --out=FILE SCHEMA_DIR}: writes the C file that proves, at kernel build time, that
 * the schema agrees with mlx5_ifc.h (see {@link CrosscheckEmitter}), and prints how much it checks. Exit 1 if the
 * schema does not load, the header cannot be read or a schema field is neither in the header nor explained.
 */
@Command(name = "crosscheck",
        description = "Writes the C static_asserts that check a schema's offsets, widths and opcodes against mlx5_ifc.h.")
public final class CrosscheckCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--ifc-header", paramLabel = "FILE", required = true,
            description = "The kernel's include/linux/mlx5/mlx5_ifc.h.")
    Path header;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The C file to write.")
    Path out;

    @Parameters(paramLabel = "SCHEMA_DIR", description = "The schema's directory, e.g. schema/mlx5.")
    Path schemaDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SchemaLoader.Result loaded = SchemaLoader.load(schemaDir);
            loaded.diagnostics().forEach(d -> err.println(d.format()));
            if (loaded.schema().isEmpty()) {
                return 1;
            }
            Schema schema = loaded.schema().get();
            IfcModel ifc = IfcParser.parse(header);
            ifc.problems().forEach(p -> err.println(p.format()));
            CrosscheckEmitter.Result r = CrosscheckEmitter.emit(schema, ifc, schemaDir.toString(),
                    KernelHeader.displayName(header));
            r.unmatched().forEach(err::println);
            if (!r.unmatched().isEmpty()) {
                return 1;
            }
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, r.text(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println(out + ": " + r.summary());
            return 0;
        } catch (IOException e) {
            err.println(e instanceof java.nio.file.NoSuchFileException ? e.getMessage() + ": error: no such file"
                    : "mlx5ctl-codegen: error: " + e.getMessage());
            return 1;
        }
    }
}
