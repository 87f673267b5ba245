package dev.mlx5ctl.codegen.ifc;

import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-ifc HEADER [--into DIR] [--out FILE]}: writes the layouts and opcodes of mlx5_ifc.h that the schema
 * in DIR lacks to FILE (default DIR/ifc_imported.yaml), and reports how the rest differs from the header.
 * Exit 0 once the file is written, whatever of the header it had to leave out (each reported on stderr with its
 * file and line, and counted on stdout); 1 if the header or the hand-written schema cannot be read.
 */
@Command(name = "import-ifc",
        description = "Imports the layouts and opcodes of include/linux/mlx5/mlx5_ifc.h into a schema folder.")
public final class ImportIfcCommand implements Callable<Integer> {

    /** The generated file's name in the schema folder. */
    public static final String IMPORTED_FILE = "ifc_imported.yaml";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "schema/mlx5",
            description = "The hand-written schema to merge with (default: ${DEFAULT-VALUE}).")
    Path into;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the imported YAML (default: DIR/" + IMPORTED_FILE + ").")
    Path out;

    @Parameters(paramLabel = "HEADER", description = "mlx5_ifc.h; `bash vm/kernel.sh ifc-header` names the build's")
    Path header;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path target = out != null ? out : into.resolve(IMPORTED_FILE);
        try {
            IfcModel ifc = IfcParser.parse(header);
            List<SchemaLoader.Source> hand = handSources(into, target);
            SchemaLoader.Result loaded = SchemaLoader.loadWithoutImport(hand);
            if (loaded.schema().isEmpty()) {
                loaded.diagnostics().forEach(d -> err.println(d.format()));
                err.println(into + ": the hand-written schema has errors; nothing imported");
                return 1;
            }
            Schema schema = loaded.schema().get();
            IfcImporter.Result r = IfcImporter.run(ifc, schema, hand, target.toString(),
                    KernelHeader.displayName(header), KernelHeader.REGENERATE,
                    committedKeys(into.resolve(IMPORTED_FILE)));
            r.reports().forEach(err::println);
            Files.writeString(target, r.yaml(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("%s: %d layouts (%d named fields) and %d opcodes imported; %d layouts "
                    + "already hand-written, checked against the header; %d constructs not imported (above)%n",
                    target, r.imported(), r.fields(), r.opcodes(), r.existing(), r.errors());
            return 0;
        } catch (IOException e) {
            err.println((e instanceof java.nio.file.NoSuchFileException ? e.getMessage() + ": error: no such file"
                    : "mlx5ctl-codegen: error: " + e.getMessage()));
            return 1;
        }
    }

    /**
     * The format and unit keys of the folder's committed import, which a new one keeps (also when --out writes it
     * elsewhere, as the freshness check does); none if there is none.
     */
    static java.util.Map<String, java.util.Map<String, String>> committedKeys(Path target) throws IOException {
        if (!Files.isRegularFile(target)) {
            return java.util.Map.of();
        }
        return SchemaLoader.presentationKeys(new SchemaLoader.Source(target.toString(), Files.readString(target)));
    }

    /**
     * The schema folder's hand-written files: all but {@value #IMPORTED_FILE} (an earlier import, which this one
     * replaces) and {@code generated}, the file being written, wherever it is.
     */
    static List<SchemaLoader.Source> handSources(Path dir, Path generated) throws IOException {
        List<SchemaLoader.Source> sources = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals(IMPORTED_FILE))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(generated.toAbsolutePath().normalize()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        for (Path f : files) {
            sources.add(new SchemaLoader.Source(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return sources;
    }
}
