package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The manual pages: one per command of the CLI's model, each clean roff as groff (deps.sh installs it) reads it. */
class ManPagesTest {

    private static String groff(Path page, String device) throws Exception {
        Process p = new ProcessBuilder("groff", "-man", "-T" + device, "-ww", page.toString())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "groff did not finish");
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err, "groff's warnings for " + page);
        return out;
    }

    @Test
    void everyCommandHasACleanPage(@TempDir Path dir) throws Exception {
        List<Path> pages = ManPages.write(dir);
        CommandLine root = Mlx5ctl.commandLine(new Mlx5ctl());
        List<String> expected = ManPages.commands(root).stream()
                .map(c -> ManPages.pageName(c.getCommandSpec()) + ".1").sorted().toList();
        try (var files = Files.list(dir)) {
            assertEquals(expected, files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(expected.containsAll(List.of("mlx5ctl.1", "mlx5ctl-reg.1", "mlx5ctl-diag-sample.1",
                "mlx5ctl-metrics.1", "mlx5ctl-watch.1")), expected.toString());
        for (Path page : pages) {
            String text = groff(page, "utf8").replaceAll(".\b", "");
            assertTrue(text.contains("NAME") && text.contains("SYNOPSIS"), page + ":\n" + text);
        }
    }

    @Test
    void pagesSayWhatHelpSays(@TempDir Path dir) throws Exception {
        ManPages.write(dir);
        String reg = groff(dir.resolve("mlx5ctl-reg.1"), "ascii").replaceAll(".\b", "");
        assertTrue(reg.contains("mlx5ctl-reg - Read an access register"), reg);
        assertTrue(reg.contains("-s, --set FIELD=VALUE"), reg);
        assertTrue(reg.contains("mlx5ctl reg PPCNT --index grp=rfc_2863"), reg);
        assertTrue(!reg.contains("--device DEVICE"), "global options are the root page's: " + reg);
        String root = groff(dir.resolve("mlx5ctl.1"), "ascii").replaceAll(".\b", "");
        assertTrue(root.contains("-d, --device DEVICE"), root);
        for (String sub : List.of("watch", "metrics", "reg", "schema")) {
            assertTrue(root.contains("mlx5ctl-" + sub + "(1)"), sub + " missing from\n" + root);
        }
        // The exit status table of the help footer is on the root page.
        assertTrue(root.contains("usage error"), root);
    }

    @Test
    void roffEscapes() {
        assertEquals("\\&.TH x\n\\&'quote\na\\eb \\-\\-set", ManPages.escape(".TH x\n'quote\na\\b --set"));
    }
}
