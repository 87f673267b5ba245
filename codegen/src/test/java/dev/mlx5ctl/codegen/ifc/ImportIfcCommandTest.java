package dev.mlx5ctl.codegen.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.codegen.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codegen import-ifc} on the command line. */
class ImportIfcCommandTest {

    private static final String HAND = """
            enums:
              - name: unrelated
                values:
                  - {name: one, value: 0x1}
            """;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Path header() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ImportIfcCommandTest.class.getResource("/ifc/mini_ifc.h")).toURI());
    }

    @Test
    void writesTheImportedFileAndRunningTwiceGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hand.yaml"), HAND);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "import-ifc", "--into", dir.toString(), header().toString()));
        Path imported = dir.resolve(ImportIfcCommand.IMPORTED_FILE);
        String first = Files.readString(imported);
        assertTrue(first.startsWith("# Generated from " + header()), first);
        assertTrue(out.toString().contains(": 5 layouts"), out.toString());
        assertTrue(err.toString().contains("mini_ifc.h:49: error: unexpected 'int'"), err.toString());

        assertEquals(0, run(new StringWriter(), new StringWriter(), "import-ifc", "--into", dir.toString(),
                header().toString()));
        assertEquals(first, Files.readString(imported));
    }

    @Test
    void anEarlierImportInTheFolderIsNotTakenForHandWrittenLayouts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hand.yaml"), HAND);
        assertEquals(0, run(new StringWriter(), new StringWriter(), "import-ifc", "--into", dir.toString(),
                header().toString()));
        StringWriter out = new StringWriter();
        Path elsewhere = dir.resolve("elsewhere.yaml.out");
        assertEquals(0, run(out, new StringWriter(), "import-ifc", "--into", dir.toString(), "--out",
                elsewhere.toString(), header().toString()));
        assertEquals(Files.readString(dir.resolve(ImportIfcCommand.IMPORTED_FILE)), Files.readString(elsewhere));
        assertTrue(out.toString().contains("0 layouts already hand-written"), out.toString());
    }

    @Test
    void aMissingHeaderIsOneLineAndExitOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hand.yaml"), HAND);
        StringWriter err = new StringWriter();
        assertEquals(1, run(new StringWriter(), err, "import-ifc", "--into", dir.toString(),
                dir.resolve("none.h").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("none.h: error: no such file"), err.toString());
    }
}
