package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive collect writes, read back by GNU tar; and collect's own checks before any device. */
class TarGzTest {

    @TempDir
    Path dir;

    private String tar(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("tar"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void gnuTarReadsItBack() throws Exception {
        byte[] big = new byte[1500];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("a.tar.gz"));
                TarGz t = new TarGz(out, 1_796_000_000L)) {
            t.add("top/info.json", "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8));
            t.add("top/dump/menu.bin", big);
            t.add("top/empty", new byte[0]);
        }
        assertEquals(List.of("top/info.json", "top/dump/menu.bin", "top/empty"), tar("-tzf", "a.tar.gz").lines()
                .toList());
        assertTrue(tar("-tvzf", "a.tar.gz").lines().allMatch(l -> l.startsWith("-rw-r--r-- root/root")));
        Files.createDirectories(dir.resolve("x"));
        tar("-xzf", "a.tar.gz", "-C", "x");
        assertEquals("{\"a\": 1}\n", Files.readString(dir.resolve("x/top/info.json")));
        assertArrayEquals(big, Files.readAllBytes(dir.resolve("x/top/dump/menu.bin")));
        assertEquals(0, Files.size(dir.resolve("x/top/empty")));
    }

    @Test
    void aNameTarCannotHoldIsRefused() throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("b.tar.gz")); TarGz t = new TarGz(out, 0)) {
            for (String bad : List.of("", "x".repeat(101), "sp ace", "new\nline", "ünï")) {
                assertThrows(IllegalArgumentException.class, () -> t.add(bad, new byte[1]), bad);
            }
        }
    }

    @Test
    void collectNeedsAnArchiveAndADevice() {
        for (String[] args : List.of(new String[] {"collect"}, new String[] {"collect", "-o", "x.txt"},
                new String[] {"collect", "-o", "x.tar.gz", "--json"}, new String[] {"collect", "-o", "x.tgz",
                    "--port", "300"})) {
            Cli r = Cli.run(args);
            assertEquals(ExitCode.USAGE, r.status(), r.toString());
            assertTrue(r.oneErrorLine(), r.toString());
        }
        Path file = dir.resolve("none.tar.gz");
        Cli r = Cli.run("-d", "/nonexistent/mlx5ctl-none", "collect", "-o", file.toString());
        assertEquals(ExitCode.DEVICE, r.status(), r.toString());
        assertTrue(r.oneErrorLine() && r.err().contains("mlx5ctl-none"), r.toString());
        assertFalse(Files.exists(file), "no archive for a device that does not answer");
    }
}
