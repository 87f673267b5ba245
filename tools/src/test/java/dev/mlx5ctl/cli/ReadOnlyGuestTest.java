package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The CLI for a member of the read-only group, in the guest: the node made 0640 of group 4242 (what the udev rule
 * does once the group mlx5ctl-ro exists), the launcher run as nobody in that group (setpriv). It opens the node for
 * reading by itself, queries, and is told in one line why a write is refused.
 */
@Tag("guest")
class ReadOnlyGuestTest {

    private static final int GROUP = 4242;

    private static Process asMember(Path dir, String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534",
                "--groups=" + GROUP, "--", CliGuestTest.ROOT.resolve("tools/mlx5ctl").toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private static String said(Path dir, String name) throws Exception {
        return Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8)
                + Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aGroupMemberQueriesAndIsToldWhyAWriteIsRefused() throws Exception {
        Path node = Path.of("/dev/mlx5ctl-" + CliGuestTest.DEV);
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "ro");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setAttribute(node, "unix:gid", GROUP);
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rw-r-----"));
        try {
            // Started together: each JVM start is seconds under TCG.
            Process query = asMember(dir, "query", "-d", CliGuestTest.DEV, "cap", "general", "log_max_qp");
            Process write = asMember(dir, "write", "-d", CliGuestTest.DEV, "reg", "PAOS", "--set",
                    "admin_status=down");
            Process clear = asMember(dir, "clear", "-d", CliGuestTest.DEV, "query", "vport-counter", "--set",
                    "clear=1");
            assertTrue(query.waitFor(240, TimeUnit.SECONDS) && write.waitFor(240, TimeUnit.SECONDS)
                    && clear.waitFor(240, TimeUnit.SECONDS), "the launchers did not finish");
            assertEquals(0, query.exitValue(), said(dir, "query"));
            assertEquals("log_max_qp  17 (0x11)\n", said(dir, "query"));
            for (String refused : List.of("write", "clear")) {
                Process p = refused.equals("write") ? write : clear;
                String text = said(dir, refused);
                assertEquals(ExitCode.DEVICE, p.exitValue(), text);
                assertTrue(text.startsWith("mlx5ctl: device " + CliGuestTest.DEV + ": the node is open for reading "
                        + "only (EBADF)") && text.strip().lines().count() == 1, text);
            }
        } finally {
            Files.setAttribute(node, "unix:gid", 0);
            Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
