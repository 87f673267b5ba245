package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counters' outputs without a device: Prometheus' exposition (checked by Debian's promtool, which
 * vm/prometheus.sh unpacks into vm/cache), watch's rates and lines, and the arguments of both.
 */
class MetricsTest {

    static final Path PROMTOOL = Path.of(System.getProperty("mlx5ctl.root", "."))
            .resolve("vm/cache/prometheus/usr/bin/promtool");

    private static Counters.Reading count(Counters.Source source, String name, Map<String, String> labels, long v,
            String help) {
        return new Counters.Reading(source, name, labels, v, true, help);
    }

    private static Counters.Snapshot snapshot(String device, long nanos, List<Counters.Reading> readings,
            List<Counters.Failure> failures) {
        return new Counters.Snapshot(device, nanos, readings, failures);
    }

    /** Two devices, labels and help text that need escaping, a 64-bit value, a gauge and a refused source. */
    static String sample() {
        var ppcnt = Counters.Source.PPCNT;
        Counters.Snapshot a = snapshot("mlx5ctl_sim.ctl.0", 0, List.of(
                count(Counters.Source.VPORT, "received_eth_unicast_packets", Map.of(), -1L, "Number of packets."),
                count(ppcnt, "ieee_802_3_a_frames_received_ok", Map.of("port", "1"), 42, "a \\ back\nslash"),
                count(ppcnt, "ieee_802_3_a_frames_received_ok", Map.of("port", "2"), 43, "a \\ back\nslash"),
                new Counters.Reading(Counters.Source.DIAG, "sample", Map.of("counter_id", "7"), 5, false,
                        "The newest sample.")), List.of());
        Counters.Snapshot b = snapshot("dev \"quoted\" \\ odd\nname", 0, List.of(
                count(ppcnt, "ieee_802_3_a_frames_received_ok", Map.of("port", "1"), 1, "a \\ back\nslash")),
                List.of(new Counters.Failure(Counters.Source.VPORT, "EPERM")));
        return Exposition.of(List.of(a, b), List.of(Counters.Source.VPORT, ppcnt, Counters.Source.DIAG));
    }

    @Test
    void expositionPassesPromtool() throws Exception {
        assertTrue(Files.isExecutable(PROMTOOL), PROMTOOL + " is missing: make java-test fetches it "
                + "(bash vm/prometheus.sh); this test cannot run without it");
        Process p = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
        p.getOutputStream().write(sample().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
        assertEquals(0, p.exitValue(), said);
        assertEquals("", said.strip(), "promtool's lint findings");
    }

    @Test
    void promtoolRejectsWhatIsWrong() throws Exception {
        // The check above can fail: the same text with a counter not named _total is linted.
        Process p = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
        p.getOutputStream().write(sample().replace("_total", "").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(p.exitValue() != 0 && said.contains("_total"), said);
    }

    @Test
    void familiesNamesLabelsAndValues() {
        String text = sample();
        // One HELP and TYPE per family, its samples together, even across devices.
        assertEquals(1, text.split("# TYPE mlx5ctl_ppcnt_ieee_802_3_a_frames_received_ok_total counter", -1).length
                - 1);
        assertTrue(text.contains("mlx5ctl_ppcnt_ieee_802_3_a_frames_received_ok_total{device=\"mlx5ctl_sim.ctl.0\","
                + "port=\"1\"} 42\nmlx5ctl_ppcnt_ieee_802_3_a_frames_received_ok_total{device=\"mlx5ctl_sim.ctl.0\","
                + "port=\"2\"} 43\nmlx5ctl_ppcnt_ieee_802_3_a_frames_received_ok_total{device=\"dev \\\"quoted\\\" "
                + "\\\\ odd\\nname\",port=\"1\"} 1\n"), text);
        assertTrue(text.contains("# HELP mlx5ctl_ppcnt_ieee_802_3_a_frames_received_ok_total a \\\\ back\\nslash\n"));
        // 64-bit values are unsigned.
        assertTrue(text.contains("mlx5ctl_vport_received_eth_unicast_packets_total{device=\"mlx5ctl_sim.ctl.0\"} "
                + "18446744073709551615\n"), text);
        // A sampled value is a gauge without _total.
        assertTrue(text.contains("# TYPE mlx5ctl_diag_sample gauge\nmlx5ctl_diag_sample{device="
                + "\"mlx5ctl_sim.ctl.0\",counter_id=\"7\"} 5\n"), text);
        // The refused source is 0 for its device only.
        assertTrue(text.contains("mlx5ctl_scrape_success{device=\"mlx5ctl_sim.ctl.0\",source=\"vport\"} 1\n"));
        assertTrue(text.contains("mlx5ctl_scrape_success{device=\"dev \\\"quoted\\\" \\\\ odd\\nname\","
                + "source=\"vport\"} 0\n"), text);
    }

    @Test
    void ratesPerSecondAndNoneAcrossAClear() {
        var src = Counters.Source.VPORT;
        Counters.Reading before = count(src, "x", Map.of(), 1000, "");
        assertEquals(250.0, WatchCommand.rate(count(src, "x", Map.of(), 1500, ""), before, 2_000_000_000L));
        assertNull(WatchCommand.rate(count(src, "x", Map.of(), 10, ""), before, 1_000_000_000L), "cleared");
        assertNull(WatchCommand.rate(count(src, "x", Map.of(), 10, ""), null, 1_000_000_000L), "first");
        // A counter past 2^63 still grows.
        assertEquals(1.0, WatchCommand.rate(count(src, "x", Map.of(), -1L, ""), count(src, "x", Map.of(), -2L, ""),
                1_000_000_000L));
    }

    @Test
    void watchLinesAndText() {
        var src = Counters.Source.Q;
        Map<String, String> set = Map.of("counter_set", "0");
        Counters.Snapshot first = snapshot("d", 0, List.of(count(src, "out_of_buffer", set, 10, ""),
                count(src, "out_of_sequence", set, 0, "")), List.of());
        Counters.Snapshot second = snapshot("d", 500_000_000L, List.of(count(src, "out_of_buffer", set, 20, ""),
                count(src, "out_of_sequence", set, 0, "")), List.of(new Counters.Failure(Counters.Source.DIAG,
                "refused")));
        String line = Json.line(WatchCommand.json(first, second));
        assertTrue(!line.contains("\n"), line);
        Map<?, ?> parsed = (Map<?, ?>) MiniJson.parse(line);
        assertEquals("d", parsed.get("device"));
        List<?> counters = (List<?>) parsed.get("counters");
        Map<?, ?> oob = (Map<?, ?>) counters.getFirst();
        assertEquals("out_of_buffer", oob.get("name"));
        assertEquals("20", oob.get("value"));
        assertEquals(20.0, ((Number) oob.get("rate")).doubleValue());
        assertEquals(Map.of("counter_set", "0"), oob.get("labels"));
        assertEquals(List.of(Map.of("source", "diag", "message", "refused")), parsed.get("errors"));

        String text = WatchCommand.text(first, second, false);
        assertTrue(text.contains("out_of_buffer") && text.contains("20.0"), text);
        assertTrue(!text.contains("out_of_sequence"), "a counter that did not move is hidden: " + text);
        assertTrue(WatchCommand.text(first, second, true).contains("out_of_sequence"));
        assertTrue(text.contains("error: diag: refused"), text);
    }

    @Test
    void listenAddresses() throws IOException {
        assertEquals(InetAddress.getLoopbackAddress(), MetricsCommand.address("9464").getAddress());
        assertEquals(9464, MetricsCommand.address("9464").getPort());
        assertEquals("0.0.0.0", MetricsCommand.address("0.0.0.0:1").getAddress().getHostAddress());
        assertEquals(InetAddress.getByName("::1"), MetricsCommand.address("[::1]:9").getAddress());
        for (String bad : List.of("x", "70000", "-1", "example.org:80", ":")) {
            assertThrows(UsageException.class, () -> MetricsCommand.address(bad), bad);
        }
    }

    @Test
    void textfileIsReplacedWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mlx5ctl.prom");
        Files.writeString(file, "old");
        MetricsCommand.replace(file, "new\n");
        assertEquals("new\n", Files.readString(file));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left");
        }
    }

    @Test
    void argumentsAreCheckedBeforeAnyDevice() {
        for (String[] args : List.of(new String[] {"watch", "bogus"}, new String[] {"watch", "-n", "0"},
                new String[] {"watch", "--count", "-1"}, new String[] {"watch", "--port", "300"},
                new String[] {"metrics", "--json"}, new String[] {"metrics", "--listen", "nope"},
                new String[] {"watch", "--hex"}, new String[] {"metrics", "--q-counter-set", "-2"})) {
            Cli r = Cli.run(args);
            assertEquals(ExitCode.USAGE, r.status(), r.toString());
            assertTrue(r.oneErrorLine(), r.toString());
        }
    }
}
