package dev.mlx5ctl.cli;

import static dev.mlx5ctl.cli.CliGuestTest.DEV;
import static dev.mlx5ctl.cli.CliGuestTest.json;
import static dev.mlx5ctl.cli.CliGuestTest.num;
import static dev.mlx5ctl.cli.CliGuestTest.ok;
import static dev.mlx5ctl.cli.CliGuestTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI prints, in the guest, once and through the misc node (the output does not depend on the door,
 * which CliGuestTest and CliFwctlGuestTest cover): the JSON of every device subcommand against the contract, and
 * resource dumps decoded and named by the device's menu.
 */
@Tag("guest")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OutputGuestTest {

    @Test
    void everyDeviceSubcommandsJsonKeepsTheContract(@TempDir Path dir) {
        JsonContract.check("list", ok("--json", "list").out());
        JsonContract.check("info", ok("-d", DEV, "--json", "info").out());
        JsonContract.check("policy", ok("-d", DEV, "--json", "policy").out());
        for (String[] args : List.of(new String[] {"cap", "general"}, new String[] {"cap", "roce", "--max"},
                new String[] {"reg", "MGIR"}, new String[] {"reg", "PPCNT", "--index", "grp=ieee_802_3"},
                new String[] {"reg", "MTMP"}, new String[] {"query", "adapter"}, new String[] {"query", "adapter",
                    "vsd_contd_psid"}, new String[] {"query", "nic-vport-context"}, new String[] {"obj", "qp", "0x1a"},
                new String[] {"obj", "sched-element", "2"}, new String[] {"exec", "QUERY_ROCE_ADDRESS"},
                new String[] {"diag", "params"})) {
            List<String> line = new ArrayList<>(List.of("-d", DEV, "--json"));
            line.addAll(List.of(args));
            JsonContract.check("decoded", ok(line.toArray(String[]::new)).out());
        }
        Map<?, ?> roce = (Map<?, ?>) json("-d", DEV, "--json", "exec", "QUERY_ROCE_ADDRESS").get("roce_address");
        assertTrue(String.valueOf(roce.get("source_l3_address")).startsWith("fe80::"), roce.toString());
        assertTrue(String.valueOf(roce.get("source_mac")).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}"), roce.toString());
        Map<?, ?> fw = (Map<?, ?>) json("-d", DEV, "--json", "reg", "MGIR").get("fw_info");
        assertTrue(((BigInteger) fw.get("year")).intValue() >= 2024, "a BCD year read as decimal: " + fw);
        Cli failed = run("-d", DEV, "--json", "obj", "qp", "0x19");
        JsonContract.check("error", failed.err());
        JsonContract.check("dump", ok("-d", DEV, "--json", "dump", "-o", dir.resolve("menu").toString()).out());
        JsonContract.check("watch", ok("-d", DEV, "--json", "watch", "vport", "-c", "1").out().strip());
    }

    @Test
    void dumpDecodesTheMenuAndDumpsASegmentByItsName(@TempDir Path dir) throws IOException {
        String menu = ok("-d", DEV, "dump").out();
        assertTrue(menu.startsWith("TYPE    NAME"), menu);
        assertTrue(menu.lines().anyMatch(l -> l.matches("0x1004\\s+FW_TRACE\\s+RECORD\\s+-")), menu);
        String json = ok("-d", DEV, "--json", "dump").out();
        JsonContract.check("dump_menu", json);
        assertTrue(((List<?>) MiniJson.parse(json)).contains(Map.of("segment_type", "0x1005", "name", "CR_SPACE",
                "index1", "PAGE", "index2", "")), json);

        Path byName = dir.resolve("trace.byname");
        Path byType = dir.resolve("trace.bytype");
        ok("-d", DEV, "dump", "--segment", "fw_trace", "-o", byName.toString());
        ok("-d", DEV, "dump", "--type", "0x1004", "-o", byType.toString());
        assertArrayEquals(Files.readAllBytes(byType), Files.readAllBytes(byName));
        Cli unknown = run("-d", DEV, "dump", "--segment", "NO_SUCH");
        assertEquals(ExitCode.USAGE, unknown.status(), unknown.toString());
        assertTrue(unknown.err().contains("no segment 'NO_SUCH' (SIM_UCTX, SIM_UMEM"), unknown.toString());

        // A dump's segments, decoded: info, the command echoed, one resource segment per object, the end.
        String segments = ok("-d", DEV, "--json", "dump", "--segment", "SIM_UCTX").out();
        JsonContract.check("dump_segments", segments);
        List<?> list = (List<?>) MiniJson.parse(segments);
        Map<?, ?> first = (Map<?, ?>) ((Map<?, ?>) list.getFirst()).get("segment_header");
        Map<?, ?> last = (Map<?, ?>) ((Map<?, ?>) list.getLast()).get("segment_header");
        assertEquals(num(0xfffe), first.get("segment_type"), "the info segment first: " + list);
        assertEquals(num(0xfffb), last.get("segment_type"), "the terminate segment last: " + list);
        assertTrue(list.stream().anyMatch(s -> ((Map<?, ?>) s).containsKey("payload")), "resource segments");
        String text = ok("-d", DEV, "dump", "--segment", "SIM_UCTX").out();
        assertTrue(text.startsWith("segment 0: info_segment\n") && text.contains("command_segment"), text);
    }
}
