package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlx5ctl -b FILE}: lines split as a shell would, run in order, stopping at the first failure. */
class BatchTest {

    @TempDir
    Path dir;

    private Path batch(String text) throws IOException {
        return Files.writeString(dir.resolve("batch"), text);
    }

    @Test
    void wordsAreSplitAsAShellSplitsThem() {
        assertEquals(List.of("reg", "PAOS", "--set", "admin_status=down"),
                Batch.words("  reg PAOS\t--set admin_status=down  "));
        assertEquals(List.of("a b", "c\"d", "e f", "g'h", "$x"), Batch.words("'a b' \"c\\\"d\" e\\ f \"g'h\" '$x'"));
        assertEquals(List.of(), Batch.words("# a comment"));
        assertEquals(List.of("schema"), Batch.words("schema # the rest is a comment"));
        assertEquals(List.of("a#b"), Batch.words("a#b"));
        assertEquals(List.of(), Batch.words(""));
        for (String bad : List.of("'open", "\"open", "trailing\\")) {
            assertThrows(IllegalArgumentException.class, () -> Batch.words(bad), bad);
        }
    }

    @Test
    void everyLineRunsInOrderWithTheGlobalOptions() throws IOException {
        Path file = batch("""
                # the registers, then one of them
                schema registers

                schema PAOS
                """);
        Cli r = Cli.run("-j", "-b", file.toString());
        assertEquals(ExitCode.OK, r.status(), r.toString());
        Cli registers = Cli.run("-j", "schema", "registers");
        Cli paos = Cli.run("-j", "schema", "PAOS");
        assertEquals(registers.out() + paos.out(), r.out(), "each line's output, in order, with -j applied");
    }

    @Test
    void theFirstFailingLineEndsTheBatchUnlessForced() throws IOException {
        Path file = batch("schema PAOS\nschema nosuch\nschema PTYS\n");
        Cli stopped = Cli.run("-b", file.toString());
        assertEquals(ExitCode.USAGE, stopped.status(), stopped.toString());
        assertTrue(stopped.out().contains("PAOS") && !stopped.out().contains("PTYS"), stopped.toString());
        assertTrue(stopped.err().contains("batch " + file + " line 2 failed (exit 2)"), stopped.toString());

        Cli forced = Cli.run("--force", "-b", file.toString());
        assertEquals(ExitCode.USAGE, forced.status(), forced.toString());
        assertTrue(forced.out().contains("PAOS") && forced.out().contains("PTYS"), forced.toString());
    }

    @Test
    void aBadLineOrFileIsNamed() throws IOException {
        Cli quote = Cli.run("-b", batch("schema 'PAOS\n").toString());
        assertEquals(ExitCode.USAGE, quote.status());
        assertTrue(quote.err().contains("line 1: unterminated single quote"), quote.toString());
        Cli nested = Cli.run("-b", batch("-b other\n").toString());
        assertEquals(ExitCode.USAGE, nested.status());
        assertTrue(nested.err().contains("a batch does not run batches"), nested.toString());
        Cli missing = Cli.run("-b", dir.resolve("none").toString());
        assertEquals(ExitCode.FILE, missing.status());
        assertTrue(missing.oneErrorLine() && missing.err().contains("cannot read the batch"), missing.toString());
        Cli force = Cli.run("--force");
        assertEquals(ExitCode.USAGE, force.status());
        assertTrue(force.err().contains("--force goes with -b FILE"), force.toString());
    }

    @Test
    void theGlobalOptionsOfABatchLeaveOutItsOwn() {
        assertEquals(List.of("-j", "-d", "0"), Mlx5ctl.globals(List.of("-j", "-b", "f", "--force", "-d", "0")));
        assertEquals(List.of("-j"), Mlx5ctl.globals(List.of("--batch=f", "-j", "-bfile")));
    }
}
