package dev.mlx5ctl.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String NOP = """
            layouts:
              - name: nop_in
                fields:
                  - {name: opcode, width: 0x10}
                  - {name: uid, width: 0x10}
                  - {reserved: 0x10}
                  - {name: op_mod, width: 0x10}
                  - {reserved: 0x40}
              - name: nop_out
                fields:
                  - {name: status, width: 0x8}
                  - {reserved: 0x18}
                  - {name: syndrome, width: 0x20}
                  - {reserved: 0x40}
            commands:
              - {name: NOP, opcode: 0x80d, scope: debug-read-only, in: nop_in, out: nop_out}
            """;

    private record Run(int code, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path schema(Path tmp, String text) throws IOException {
        Path dir = tmp.resolve("schema");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("nop.yaml"), text);
        return dir;
    }

    @Test
    void checkPrintsASummaryWithTheIdentityAndExitsZero(@TempDir Path tmp) throws IOException {
        Path dir = schema(tmp, NOP);

        Run run = run("check", dir.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().matches(dir + ": 2 layouts, 1 commands, 0 registers, 0 cap types, 0 enums; "
                + "identity [0-9a-f]{64}\\R"), run.out());
    }

    @Test
    void checkPrintsEveryErrorOnStderrAndExitsOne(@TempDir Path tmp) throws IOException {
        Path dir = schema(tmp, NOP.replace("0x80d", "0x1ffff").replace("debug-read-only", "root"));

        Run run = run("check", dir.toString());

        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertEquals(List.of(
                dir + "/nop.yaml:16:25: error: opcode 0x1ffff of command 'NOP' is out of range (0 to 0xffff)",
                dir + "/nop.yaml:16:41: error: unknown scope 'root' of command 'NOP'; valid scopes: configuration, "
                        + "debug-read-only, debug-write, debug-write-full, kernel",
                dir + ": 2 errors"), run.errLines());
    }

    @Test
    void aMissingSchemaDirectoryIsOneLineNamingItAndExitsOne(@TempDir Path tmp) {
        Path missing = tmp.resolve("missing");

        Run run = run("check", missing.toString());

        assertEquals(1, run.code());
        assertEquals(List.of(missing + ": error: no such schema directory"), run.errLines());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path tmp) throws IOException {
        Path dir = schema(tmp, NOP);

        for (String[] args : List.of(new String[] {}, new String[] {"check"}, new String[] {"frobnicate"},
                new String[] {"check", "--bogus", dir.toString()}, new String[] {"generate", dir.toString()},
                new String[] {"generate", "--uapi-header=x.h", "--c-out=" + tmp, dir.toString()})) {
            Run run = run(args);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertFalse(run.err().isBlank(), "a usage error says what is wrong");
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void helpIsEverywhereAndExitsZero() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"check", "--help"},
                new String[] {"generate", "--help"}, new String[] {"help", "generate"})) {
            Run run = run(args);
            assertEquals(0, run.code(), String.join(" ", args));
            assertTrue(run.out().startsWith("Usage: mlx5ctl-codegen"), run.out());
        }
        assertTrue(run("generate", "--help").out().contains("--java-out=DIR"));
    }

    @Test
    void generateWritesTheKernelsCFiles(@TempDir Path tmp) throws IOException {
        Path dir = schema(tmp, NOP);
        Path cOut = tmp.resolve("generated");

        Run run = run("generate", "--c-out=" + cOut, dir.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(cOut.resolve("mlx5ctl_ifc_gen.h")));
        assertTrue(Files.isRegularFile(cOut.resolve("mlx5ctl_policy_gen.c")));
    }

    @Test
    void generateWritesNothingForABrokenSchema(@TempDir Path tmp) throws IOException {
        Path dir = schema(tmp, NOP.replace("width: 0x8", "width: 0x10"));
        Path cOut = tmp.resolve("generated");

        Run run = run("generate", "--c-out=" + cOut, dir.toString());

        assertEquals(1, run.code());
        assertTrue(run.err().contains("header field 'status'"), run.err());
        assertFalse(Files.exists(cOut), "nothing is generated from a schema with errors");
    }
}
