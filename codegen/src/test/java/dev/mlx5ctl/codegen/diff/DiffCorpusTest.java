package dev.mlx5ctl.codegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.codegen.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
 * The corpus of schema pairs under {@code resources/diff/<case>/{old,new}/}: {@code expected.txt} is exactly what
 * {@code codegen diff old new} prints on stdout, followed by {@code exit N}.
 */
class DiffCorpusTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(DiffCorpusTest.class.getResource("/diff")).toURI());
        try (Stream<Path> dirs = Files.list(corpus)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsTheExpectedChangesAndExitCode(Path caseDir) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "diff",
                caseDir.resolve("old").toString(), caseDir.resolve("new").toString());

        String actual = out + "exit " + code + "\n";
        assertEquals(Files.readString(caseDir.resolve("expected.txt")), actual, "diff of " + caseDir.getFileName());
        if (code == 2) {
            assertFalse(err.toString().isBlank(), "a schema error is explained on stderr");
        }
    }

    @Test
    void corpusCoversEveryExitCode() throws IOException, URISyntaxException {
        List<String> exits = cases().map(c -> {
            try {
                List<String> lines = Files.readAllLines(c.resolve("expected.txt"));
                return lines.getLast();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).distinct().sorted().toList();
        assertEquals(List.of("exit 0", "exit 1", "exit 2"), exits);
    }

    @Test
    void looseningAndTighteningAreReportedDistinctly() throws IOException, URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(DiffCorpusTest.class.getResource("/diff")).toURI());
        String loosened = Files.readString(corpus.resolve("scope_loosened/expected.txt"));
        String tightened = Files.readString(corpus.resolve("scope_tightened/expected.txt"));
        assertTrue(loosened.startsWith("breaking (security review): "), loosened);
        assertTrue(tightened.startsWith("breaking (users): "), tightened);
    }

    @Test
    void usageErrorExitsTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new PrintWriter(out), new PrintWriter(err), "diff", "only-one-dir"));
        assertTrue(err.toString().contains("NEW_DIR"), err.toString());
    }
}
