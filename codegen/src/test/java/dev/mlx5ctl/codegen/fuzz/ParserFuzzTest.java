package dev.mlx5ctl.codegen.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlx5ctl.codegen.ifc.IfcModel;
import dev.mlx5ctl.codegen.ifc.IfcParser;
import dev.mlx5ctl.schema.Diagnostic;
import dev.mlx5ctl.schema.SchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parsers users feed, fed what users get wrong: seeded mutations ({@link Mutator}) of the shipped schema and of
 * the kernel's mlx5_ifc.h. Every input must end in a result or in diagnostics that name a place; none may escape as
 * an exception. A failure names the seed, and {@code -Dmlx5ctl.fuzz.seed=N} replays that one input;
 * {@code -Dmlx5ctl.fuzz.runs=N} runs longer than the default.
 */
class ParserFuzzTest {

    private static final long SEED = Long.getLong("mlx5ctl.fuzz.seed", 20261203L);
    private static final int RUNS = Integer.getInteger("mlx5ctl.fuzz.runs", 200);
    private static final boolean ONE = System.getProperty("mlx5ctl.fuzz.seed") != null;

    private static Path root() {
        return Path.of(System.getProperty("mlx5ctl.root", ".."));
    }

    /** The hand-written schema files (the import is 8,000 lines of the same forms; the header fuzz covers it). */
    private static List<SchemaLoader.Source> handSchema() throws IOException {
        List<SchemaLoader.Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(root().resolve("schema/mlx5"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("ifc_imported.yaml"))
                    .sorted().toList()) {
                sources.add(new SchemaLoader.Source(f.getFileName().toString(), Files.readString(f)));
            }
        }
        assertFalse(sources.isEmpty(), "no schema files under " + root());
        return sources;
    }

    @Test
    void everyMutatedSchemaEndsInASchemaOrInPlacedDiagnostics() throws IOException {
        List<SchemaLoader.Source> hand = handSchema();
        int refused = 0;
        for (int run = 0; run < (ONE ? 1 : RUNS); run++) {
            long seed = SEED + run;
            Mutator m = new Mutator(seed);
            List<SchemaLoader.Source> sources = new ArrayList<>(hand);
            int victim = (int) Math.floorMod(seed, (long) sources.size());
            sources.set(victim, new SchemaLoader.Source(sources.get(victim).file(),
                    m.mutate(sources.get(victim).text())));
            SchemaLoader.Result r;
            try {
                r = SchemaLoader.loadWithoutImport(sources);
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + " (-Dmlx5ctl.fuzz.seed=" + seed + "): " + sources.get(victim).file()
                        + " escaped as " + e, e);
                return;
            }
            if (r.schema().isEmpty()) {
                refused++;
                assertFalse(r.diagnostics().isEmpty(), "seed " + seed + ": no schema and no diagnostic");
            }
            for (Diagnostic d : r.diagnostics()) {
                assertTrue(d.format().matches("(?s)[^:]+\\.yaml:\\d+:\\d+: (error|warning|note): .+"),
                        "seed " + seed + ": a diagnostic without its place: " + d.format());
            }
        }
        assertTrue(ONE || refused > RUNS / 4, "the mutations should break most inputs; " + refused + " refused");
    }

    private static Path header() {
        String given = System.getProperty("mlx5ctl.ifc.header", "");
        if (!given.isEmpty()) {
            return Path.of(given);
        }
        try (Stream<Path> dirs = Files.list(Path.of("/usr/src"))) {
            return dirs.filter(d -> d.getFileName().toString().matches("linux-headers-.*-common")).sorted()
                    .map(d -> d.resolve("include/linux/mlx5/mlx5_ifc.h")).filter(Files::isRegularFile)
                    .findFirst().orElseThrow(() -> new AssertionError(
                            "no kernel mlx5_ifc.h: install linux-headers-amd64 (bash vm/deps.sh)"));
        } catch (IOException e) {
            throw new AssertionError("cannot list /usr/src", e);
        }
    }

    @Test
    void everyMutatedHeaderEndsInAModelWithItsProblemsPlaced() throws IOException {
        // The first 1,500 lines hold every form the parser reads: enums, structs, unions, arrays, comments.
        List<String> lines = Files.readAllLines(header());
        String text = String.join("\n", lines.subList(0, Math.min(1500, lines.size())));
        for (int run = 0; run < (ONE ? 1 : RUNS); run++) {
            long seed = SEED + run;
            String mutated = new Mutator(seed).mutate(text);
            IfcModel model;
            try {
                model = IfcParser.parse("mlx5_ifc.h", mutated);
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + " (-Dmlx5ctl.fuzz.seed=" + seed + "): mlx5_ifc.h escaped as " + e, e);
                return;
            }
            for (IfcModel.Problem p : model.problems()) {
                assertTrue(p.format().startsWith("mlx5_ifc.h:"), "seed " + seed + ": unplaced: " + p.format());
            }
        }
    }
}
