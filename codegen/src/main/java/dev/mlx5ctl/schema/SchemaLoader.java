package dev.mlx5ctl.schema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a schema: every {@code *.yaml} file of a directory, in name order, as one schema (see schema/README.md).
 * Mistakes in the schema are never thrown: they come back, all of them, as {@link Diagnostic}s. Only failing to
 * read the files at all is an {@link IOException}.
 *
 * <pre>{@code
 * SchemaLoader.Result result = SchemaLoader.load(Path.of("schema/mlx5"));
 * result.diagnostics().forEach(d -> System.err.println(d.format()));
 * Schema schema = result.schema().orElseThrow();   // present exactly when there is no error
 * }</pre>
 */
public final class SchemaLoader {

    private SchemaLoader() {
    }

    /**
     * What loading found.
     *
     * @param schema      the validated schema with its identity; empty if any diagnostic is an error
     * @param diagnostics every problem found, ordered by file, line and column
     */
    public record Result(Optional<Schema> schema, List<Diagnostic> diagnostics) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        }
    }

    /** One schema file's text and the name diagnostics give it. */
    public record Source(String file, String text) {
    }

    /**
     * Loads every {@code *.yaml} file in {@code dir} (or the one file, if {@code dir} is a file). Locations name
     * the files as {@code dir} joined with the file name, so {@code schema/mlx5} gives {@code schema/mlx5/hca.yaml}.
     *
     * @throws IOException if {@code dir} does not exist or a file cannot be read; the message names the path
     */
    public static Result load(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            return load(List.of(read(dir)));
        }
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such schema directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        if (files.isEmpty()) {
            return new Result(Optional.empty(), List.of(Diagnostic.error(new Location(dir.toString(), 0, 0),
                    "no schema files (*.yaml) in this directory")));
        }
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(read(file));
        }
        return load(sources);
    }

    /** Loads {@code sources} as one schema, in the order given. */
    public static Result load(List<Source> sources) {
        return load(sources, false);
    }

    /**
     * Loads the hand-written files without the import generated from mlx5_ifc.h, as the importer sees them: a
     * command over an imported layout (QUERY_QP over query_qp_in) is left out rather than an error.
     */
    public static Result loadWithoutImport(List<Source> sources) {
        return load(sources, true);
    }

    /**
     * The presentation keys ({@code format:}, {@code unit:}) one file gives its layouts and fields, as YAML text
     * ({@code format: mac}, {@code unit: "x 0.125 C"}): layout name to field name ("" for the layout itself) to
     * keys. What a regenerated import keeps of the committed one; the file is read, not validated.
     */
    public static Map<String, Map<String, String>> presentationKeys(Source source) {
        Declarations declarations = new Declarations();
        SchemaFileReader.read(source.file(), source.text() == null ? "" : source.text(), declarations,
                new ArrayList<>());
        Map<String, Map<String, String>> keys = new java.util.LinkedHashMap<>();
        for (Declarations.LayoutDecl l : declarations.layouts) {
            if (l.name() == null) {
                continue;
            }
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            if (l.format() != null) {
                fields.put("", "format: " + l.format().value());
            }
            for (Declarations.FieldDecl f : l.fields()) {
                List<String> parts = new ArrayList<>();
                if (f.format() != null) {
                    parts.add("format: " + f.format().value());
                }
                if (f.unit() != null) {
                    parts.add("unit: \"" + f.unit().value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
                }
                if (f.name() != null && !parts.isEmpty()) {
                    fields.put(f.name().value(), String.join(", ", parts));
                }
            }
            if (!fields.isEmpty()) {
                keys.put(l.name().value(), fields);
            }
        }
        return keys;
    }

    private static Result load(List<Source> sources, boolean withoutImport) {
        Declarations declarations = new Declarations();
        declarations.withoutImport = withoutImport;
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Source source : sources) {
            if (source.text() == null) {
                diagnostics.add(Diagnostic.error(new Location(source.file(), 1, 1), "file is not valid UTF-8"));
                declarations.unreadableFile = true;
            } else {
                SchemaFileReader.read(source.file(), source.text(), declarations, diagnostics);
            }
        }
        Optional<Schema> schema = Validator.validate(declarations, diagnostics)
                .map(s -> new Schema(s.enums(), s.layouts(), s.commands(), s.registers(), s.capTypes(),
                        SchemaIdentity.of(s)));
        List<String> order = sources.stream().map(Source::file).toList();
        List<Diagnostic> sorted = diagnostics.stream()
                .sorted(Comparator.<Diagnostic>comparingInt(d -> order.indexOf(d.location().file()))
                        .thenComparingInt(d -> d.location().line())
                        .thenComparingInt(d -> d.location().column()))
                .toList();
        return new Result(schema, sorted);
    }

    /** Reads a file as strict UTF-8; text null if it is not (reported as a diagnostic, not thrown). */
    private static Source read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Source(file.toString(), text);
        } catch (CharacterCodingException e) {
            return new Source(file.toString(), null);
        }
    }
}
