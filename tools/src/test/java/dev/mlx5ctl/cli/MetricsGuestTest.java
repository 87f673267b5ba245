package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counters over time against the simulator, in the guest: the exposition promtool accepts, watch's rates of
 * counters that move, and a real Prometheus server (Debian's, unpacked by vm/prometheus.sh) scraping the CLI's
 * /metrics endpoint on the guest's loopback.
 */
@Tag("guest")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MetricsGuestTest {

    static final String DEV = CliGuestTest.DEV;
    static final Path BIN = CliGuestTest.ROOT.resolve("vm/cache/prometheus/usr/bin");

    private static Cli ok(String... args) {
        Cli r = Cli.run(args);
        assertEquals(ExitCode.OK, r.status(), r.toString());
        return r;
    }

    private static String run(List<String> cmd, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), cmd + " did not finish");
        return p.exitValue() + ":" + out;
    }

    private static long value(String exposition, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\d+)$").matcher(exposition);
        assertTrue(m.find(), sample + " missing from:\n" + exposition);
        return Long.parseLong(m.group(1));
    }

    @Test
    void theTextfileOfADevicePassesPromtoolWithCountersThatMove(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mlx5ctl.prom");
        ok("-d", DEV, "metrics", "-o", file.toString());
        String first = Files.readString(file);
        assertEquals("0:", run(List.of(BIN.resolve("promtool").toString(), "check", "metrics"), first).strip());
        String dev = "{device=\"" + DEV + "\"";
        for (String source : List.of("vport", "q", "ppcnt", "diag")) {
            assertEquals(1, value(first, "mlx5ctl_scrape_success" + dev + ",source=\"" + source + "\"}"), source);
        }
        long rx = value(first, "mlx5ctl_vport_received_eth_unicast_packets_total" + dev + "}");
        long frames = value(first, "mlx5ctl_ppcnt_ieee_802_3_a_frames_received_ok_total" + dev + ",port=\"1\"}");
        long oob = value(first, "mlx5ctl_q_out_of_buffer_total" + dev + ",counter_set=\"0\"}");
        assertTrue(rx > 0 && frames > 0 && oob >= 0, first);
        // The high and low halves of a PPCNT counter are one value: no _high or _low metric is left.
        assertTrue(!first.contains("_high") && !first.contains("_low_total"), first);
        Thread.sleep(1100);
        ok("-d", DEV, "metrics", "-o", file.toString(), "vport");
        String second = Files.readString(file);
        assertTrue(value(second, "mlx5ctl_vport_received_eth_unicast_packets_total" + dev + "}") > rx);
        assertTrue(!second.contains("mlx5ctl_ppcnt_"), "only the source asked for");
    }

    @Test
    void watchPrintsRatesOfTheSimulatedTraffic() {
        String out = ok("-d", DEV, "watch", "--json", "-c", "2", "-n", "0.5", "vport", "q").out();
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        Map<?, ?> first = (Map<?, ?>) MiniJson.parse(lines.get(0));
        Map<?, ?> second = (Map<?, ?>) MiniJson.parse(lines.get(1));
        assertEquals(DEV, second.get("device"));
        assertEquals(List.of(), second.get("errors"));
        Map<?, ?> rx0 = counter(first, "received_eth_unicast_packets");
        Map<?, ?> rx1 = counter(second, "received_eth_unicast_packets");
        assertEquals(null, rx0.get("rate"), "no rate before a second reading");
        assertTrue(Long.parseLong((String) rx1.get("value")) > Long.parseLong((String) rx0.get("value")));
        assertTrue(((Number) rx1.get("rate")).doubleValue() > 0, rx1.toString());
        assertEquals("0", ((Map<?, ?>) counter(second, "out_of_buffer").get("labels")).get("counter_set"));

        String text = ok("-d", DEV, "watch", "-c", "2", "-n", "0.5", "ppcnt").out();
        assertTrue(text.lines().anyMatch(l -> l.matches("ppcnt\\s+ieee_802_3_a_frames_received_ok\\s+port=1\\s+\\d+"
                + "\\s+\\d+\\.\\d")), text);
    }

    private static Map<?, ?> counter(Map<?, ?> line, String name) {
        return ((List<?>) line.get("counters")).stream().map(Map.class::cast).filter(c -> name.equals(c.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(name + " missing: " + line));
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void prometheusScrapesTheMetricsEndpoint(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                scrape_configs:
                  - job_name: mlx5ctl
                    static_configs:
                      - targets: ['127.0.0.1:9464']
                """);
        Process exporter = new ProcessBuilder(CliGuestTest.ROOT.resolve("tools/mlx5ctl").toString(), "-d", DEV,
                "metrics", "--listen", "9464").redirectErrorStream(true).redirectOutput(dir.resolve("exporter.log")
                .toFile()).start();
        Process server = new ProcessBuilder(BIN.resolve("prometheus").toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:9090")
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        try {
            String query = "mlx5ctl_ppcnt_ieee_802_3_a_frames_received_ok_total";
            String answer = "";
            for (int i = 0; i < 200 && !answer.contains(query + "{"); i++) {
                Thread.sleep(1000);
                assertTrue(exporter.isAlive(), "the exporter died: " + Files.readString(dir.resolve("exporter.log")));
                answer = run(List.of(BIN.resolve("promtool").toString(), "query", "instant", "http://127.0.0.1:9090",
                        query), "");
            }
            assertTrue(answer.matches("(?s)0:" + query + "\\{device=\"" + Pattern.quote(DEV) + "\", instance="
                    + "\"127.0.0.1:9464\", job=\"mlx5ctl\", port=\"1\"} => [1-9]\\d* @.*"), answer + "\nexporter: "
                    + Files.readString(dir.resolve("exporter.log")));
            String up = run(List.of(BIN.resolve("promtool").toString(), "query", "instant", "http://127.0.0.1:9090",
                    "up{job=\"mlx5ctl\"}"), "");
            assertTrue(up.matches("(?s)0:up\\{.*\\} => 1 @.*"), up);
        } finally {
            server.destroy();
            exporter.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS) && exporter.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
