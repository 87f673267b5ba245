package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.prm.Prm;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collect} against the simulator, in the guest: the archive unpacks, its manifest names the device and the
 * schema, and each file it lists is there with its SHA-256. Once, through the misc node: collect runs the other
 * subcommands, whose doors CliGuestTest and CliFwctlGuestTest cover.
 */
@Tag("guest")
class CollectGuestTest {

    private static Cli ok(String... args) {
        Cli r = Cli.run(args);
        assertEquals(ExitCode.OK, r.status(), r.toString());
        return r;
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void collectArchivesTheDeviceWithAManifest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nic.tar.gz");
        String said = ok("-d", CliGuestTest.DEV, "collect", "-o", file.toString()).out();
        assertTrue(said.startsWith("collected "), said);
        Files.createDirectories(dir.resolve("x"));
        Process tar = new ProcessBuilder("tar", "-xzf", file.toString(), "-C", dir.resolve("x").toString())
                .redirectErrorStream(true).start();
        assertTrue(tar.waitFor(60, TimeUnit.SECONDS) && tar.exitValue() == 0);
        Path top;
        try (var tops = Files.list(dir.resolve("x"))) {
            top = tops.findFirst().orElseThrow();
        }
        JsonContract.check("collect_manifest", Files.readString(top.resolve("manifest.json")));
        Map<?, ?> manifest = (Map<?, ?>) MiniJson.parse(Files.readString(top.resolve("manifest.json")));
        assertEquals(CliGuestTest.DEV, manifest.get("device"));
        assertEquals(Prm.SCHEMA_ID, manifest.get("schema"));
        List<?> entries = (List<?>) manifest.get("entries");
        java.util.Set<String> ok = new java.util.HashSet<>();
        for (Object o : entries) {
            Map<?, ?> e = (Map<?, ?>) o;
            if (BigInteger.ZERO.equals(e.get("exit_status"))) {
                byte[] data = Files.readAllBytes(top.resolve((String) e.get("file")));
                assertEquals(e.get("sha256"), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(data)), e.toString());
                ok.add((String) e.get("file"));
            } else {
                assertTrue(e.get("error") instanceof String s && !s.isEmpty(), e.toString());
            }
        }
        for (String f : List.of("info.json", "policy.json", "caps/general.current.json", "caps/general.max.json",
                "registers/PAOS.port1.json", "registers/PTYS.port1.proto_mask-en.json", "registers/MGIR.json",
                "counters.json", "dump/menu.bin", "dump/FW_TRACE.bin", "dump/CR_SPACE.bin", "dump/SIM_UCTX.bin")) {
            assertTrue(ok.contains(f), f + " missing from " + ok);
        }
        assertEquals(BigInteger.valueOf(17), ((Map<?, ?>) MiniJson.parse(Files.readString(top.resolve(
                "caps/general.current.json")))).get("log_max_qp"));
    }
}
