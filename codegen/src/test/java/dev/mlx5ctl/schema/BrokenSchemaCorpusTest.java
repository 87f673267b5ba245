package dev.mlx5ctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken schemas under {@code resources/broken/<case>/}: each case is a small schema directory and
 * {@code expected.txt}, the exact diagnostics the loader must print for it (file names relative to the case).
 */
class BrokenSchemaCorpusTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(BrokenSchemaCorpusTest.class.getResource("/broken")).toURI());
        try (Stream<Path> dirs = Files.list(corpus)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(Path caseDir) throws IOException {
        SchemaLoader.Result result = SchemaLoader.load(caseDir);

        String prefix = caseDir + "/";
        List<String> actual = result.diagnostics().stream().map(d -> d.format().replace(prefix, "")).toList();
        List<String> expected = Files.readAllLines(caseDir.resolve("expected.txt")).stream()
                .filter(line -> !line.isBlank()).toList();
        assertEquals(expected, actual, "diagnostics of " + caseDir.getFileName());
        assertTrue(result.schema().isEmpty(), "a schema with errors yields no model");
    }

    @Test
    void everyCaseExpectsAtLeastOneError() throws IOException, URISyntaxException {
        List<Path> all = cases().toList();
        assertTrue(all.size() >= 30, "the corpus has " + all.size() + " cases");
        for (Path caseDir : all) {
            assertFalse(Files.readString(caseDir.resolve("expected.txt")).isBlank(),
                    caseDir.getFileName() + " expects nothing: a broken schema must fail");
        }
    }
}
