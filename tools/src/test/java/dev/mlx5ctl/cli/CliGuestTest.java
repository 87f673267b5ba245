package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.prm.Prm;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand against the simulator, inside the QEMU guest (tools/guest-tests.sh runs this class in one JVM;
 * surefire skips the "guest" tag). Expected values are what kmod/sim advertises: caps.c, identity.c, port.c,
 * diag.c, resdump.c. Most cases run mlx5ctl in this JVM ({@link Cli}); a few run the launcher script as a
 * process, as a user would.
 *
 * <p>guest-tests.sh creates simulated devices {@value #ID} and {@value #KNOBS}; the fault-knob cases use the
 * latter so that the former keeps its defaults.
 */
@Tag("guest")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CliGuestTest {

    static final int ID = 20;
    static final int KNOBS = 21;
    static final String DEV = "mlx5ctl_sim.ctl." + ID;
    static final String KNOB_DEV = "mlx5ctl_sim.ctl." + KNOBS;
    static final Path ROOT = Path.of(System.getProperty("mlx5ctl.root", "."));

    private final List<Runnable> restore = new ArrayList<>();

    /** How the cases name device {@value #ID}: by name, through its misc node. */
    String dev() {
        return DEV;
    }

    /** The misc node's rule: root in the guest gets every capability the device offers (0x7 by default). */
    List<String> rootUctxCaps() {
        return List.of("raw_tx", "internal_device_resources", "tools_resources");
    }

    @AfterEach
    void restoreKnobs() {
        restore.reversed().forEach(Runnable::run);
    }

    static Cli run(String... args) {
        return Cli.run(args);
    }

    static Cli ok(String... args) {
        Cli r = Cli.run(args);
        assertEquals(ExitCode.OK, r.status(), r.toString());
        assertEquals("", r.err(), r.toString());
        return r;
    }

    static Map<?, ?> json(String... args) {
        return (Map<?, ?>) MiniJson.parse(ok(args).out());
    }

    static BigInteger num(long v) {
        return BigInteger.valueOf(v);
    }

    /** Sets a debugfs knob of device {@value #KNOBS} for this test only. */
    private void knob(String name, String value) throws IOException {
        Path p = Path.of("/sys/kernel/debug/mlx5ctl_sim/" + KNOBS + "/" + name);
        String old = Files.readString(p).strip();
        Files.writeString(p, value);
        restore.add(() -> {
            try {
                Files.writeString(p, old);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static long debugfs(int id, String name) throws IOException {
        return Long.decode(Files.readString(Path.of("/sys/kernel/debug/mlx5ctl_sim/" + id + "/" + name)).strip());
    }

    @Test
    void listShowsBothSimulatedDevicesWithTheirProvider() {
        List<?> devices = (List<?>) MiniJson.parse(ok("list", "--json").out());
        for (String name : List.of(DEV, KNOB_DEV)) {
            Map<?, ?> d = devices.stream().map(Map.class::cast).filter(m -> name.equals(m.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not listed: " + devices));
            assertEquals("mlx5ctl_sim", d.get("provider"));
            assertEquals("/dev/mlx5ctl-" + name, d.get("node"));
            assertEquals(Boolean.TRUE, d.get("node_exists"));
            assertTrue(String.valueOf(d.get("fwctl_node")).matches("/dev/fwctl/fwctl\\d+"), d.toString());
            assertTrue(Files.exists(Path.of((String) d.get("fwctl_node"))), d.toString());
        }
        assertTrue(ok("list").out().lines().anyMatch(l -> l.matches("\\d+\\s+" + DEV.replace(".", "\\.") + "\\s.*")));
    }

    @Test
    void aUniqueFieldNameSelectsWithoutItsPath() {
        String text = ok("-d", dev(), "query", "adapter", "vsd", "vsd_contd_psid").out();
        assertTrue(text.startsWith("vsd ") && text.contains("\nvsd_contd_psid "), text);
        Map<?, ?> j = json("-d", dev(), "query", "adapter", "vsd_contd_psid", "--json");
        assertTrue(j.get("vsd_contd_psid") instanceof String, j.toString());
        Cli typo = run("-d", dev(), "query", "adapter", "vsd_contd_psdi");
        assertEquals(ExitCode.USAGE, typo.status(), typo.toString());
        assertTrue(typo.err().contains("did you mean query_adapter_struct.vsd_contd_psid"), typo.toString());
    }

    @Test
    void ppcntShowsItsGroupsCountersAsWholeValues() {
        String text = ok("-d", dev(), "reg", "PPCNT", "--index", "grp=ieee_802_3").out();
        assertTrue(text.contains("eth_802_3_cntrs_grp_data_layout:") && text.contains("  a_frames_received_ok  "),
                text);
        assertTrue(!text.contains("_high") && !text.contains("_low") && !text.contains("eth_2863"),
                "one group, whole values: " + text);
        String one = ok("-d", dev(), "reg", "PPCNT", "--index", "grp=ieee_802_3", "a_frames_received_ok").out();
        assertTrue(one.matches("a_frames_received_ok  [1-9]\\d* \\(0x[0-9a-f]+\\)\n"), one);
        Map<?, ?> j = json("-d", dev(), "reg", "PPCNT", "--index", "grp=rfc_2863", "--json");
        Map<?, ?> set = (Map<?, ?>) ((Map<?, ?>) j.get("counter_set")).get("eth_2863_cntrs_grp_data_layout");
        // A 64-bit value is a string of digits in JSON: jq 1.6 and JavaScript would round a number.
        assertTrue(set.get("if_in_octets") instanceof String octets && new BigInteger(octets).signum() > 0,
                j.toString());
        assertEquals(1, ((Map<?, ?>) j.get("counter_set")).size(), "only the group's view: " + j);
    }

    @Test
    void aBatchRunsDeviceCommandsWithTheGlobalOptions(@TempDir Path dir) throws IOException {
        Path batch = Files.writeString(dir.resolve("batch"), "# one device, three commands\ninfo\n"
                + "cap general log_max_qp\nreg PAOS admin_status\n");
        String out = ok("-d", dev(), "-b", batch.toString()).out();
        assertTrue(out.contains("schema_match    match\n") && out.contains("log_max_qp  17 (0x11)\n")
                && out.contains("\nadmin_status  "), out);
    }

    @Test
    void aDeviceIsNamedByItsFunctionToo() {
        // The simulator's function is its bus device, mlx5ctl_sim<id>; a ConnectX's, its PCI address (DevicesTest).
        List<?> devices = (List<?>) MiniJson.parse(ok("list", "--json").out());
        Map<?, ?> d = devices.stream().map(Map.class::cast).filter(m -> DEV.equals(m.get("name"))).findFirst()
                .orElseThrow();
        assertEquals("mlx5ctl_sim" + ID, d.get("function"));
        assertEquals(List.of(), d.get("netdevs"));
        assertEquals(DEV, json("-d", "mlx5ctl_sim" + ID, "info", "--json").get("device"));
    }

    @Test
    void infoReportsTheSchemaIdentityOfDriverAndTool() {
        Map<?, ?> info = json("-d", dev(), "info", "--json");
        assertEquals(DEV, info.get("device"));
        assertEquals(Prm.SCHEMA_ID, info.get("tool_schema"));
        assertEquals(Prm.SCHEMA_ID, info.get("driver_schema"));
        assertEquals("match", info.get("schema_match"));
        assertEquals(rootUctxCaps(), ((Map<?, ?>) info.get("uctx_cap")).get("flags"));
        assertTrue(ok("-d", dev(), "info").out().contains("schema_match    match\n"));
    }

    @Test
    void capShowsCurrentAndMaximumValuesTheSimulatorAdvertises() {
        assertEquals("log_max_qp   17 (0x11)\nmax_num_eqs  256 (0x100)\nvhca_id      20 (0x14)\n",
                ok("-d", dev(), "cap", "general", "log_max_qp", "max_num_eqs", "vhca_id").out());
        assertEquals("log_max_qp   18 (0x12)\nmax_num_eqs  1024 (0x400)\n",
                ok("-d", dev(), "cap", "general", "--max", "log_max_qp", "max_num_eqs").out());
    }

    @Test
    void capDecodesTheWholeBlockWithEnumsByName() {
        String text = ok("-d", dev(), "cap").out();
        assertTrue(text.contains("\nport_type "), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("port_type\\s+eth \\(0x1\\)")), text);
        assertTrue(text.lines().noneMatch(l -> l.matches("\\S+\\s+0")), "zero fields are hidden:\n" + text);
        assertTrue(ok("-d", dev(), "cap", "--all").out().lines().anyMatch(l -> l.matches("\\S+\\s+0")));
    }

    @Test
    void capByTypeNumberAsJson() {
        Map<?, ?> roce = json("-d", dev(), "cap", "4", "--json");
        assertEquals(num(4791), roce.get("r_roce_dest_udp_port"));
        assertEquals(num(0x80), roce.get("roce_address_table_size"));
        Map<?, ?> general = json("-d", dev(), "cap", "--json");
        assertEquals(Map.of("value", num(1), "name", "eth"), general.get("port_type"));
    }

    @Test
    void capFollowsTheUctxCapTheDeviceAdvertises() throws IOException {
        // A superset of what the driver read at probe: fewer bits would make the file's CREATE_UCTX fail.
        knob("uctx_cap", "0xf");
        assertEquals("uctx_cap  raw_tx|internal_device_resources|tools_resources (0xf)\n",
                ok("-d", KNOB_DEV, "cap", "general", "uctx_cap").out());
    }

    @Test
    void aDryRunSaysWhatAWriteWouldChangeAndWritesNothing() {
        Cli plan = ok("-d", dev(), "reg", "PAOS", "--set", "admin_status=down", "--set", "ase=1", "--dry-run");
        assertTrue(plan.out().contains("PAOS would write: admin_status up (0x1) -> down (0x2)\n"), plan.toString());
        assertTrue(plan.out().contains("PAOS would write: ase 1 (unchanged)\n")
                || plan.out().contains("PAOS would write: ase 0 -> 1\n"), plan.toString());
        assertEquals("admin_status  up (0x1)\n", ok("-d", dev(), "reg", "PAOS", "admin_status").out(),
                "a dry run leaves the port up");
        String json = ok("-d", dev(), "--json", "reg", "PAOS", "--set", "admin_status=down", "--dry-run").out();
        JsonContract.check("reg_write_plan", json);
        Map<?, ?> change = (Map<?, ?>) ((List<?>) ((Map<?, ?>) MiniJson.parse(json)).get("changes")).getFirst();
        assertEquals(Map.of("field", "admin_status", "from", "up (0x1)", "to", "down (0x2)", "changed", true), change);
    }

    @Test
    void ptysIsReadPerProtocolItsIndexNames() {
        Map<?, ?> ptys = json("-d", dev(), "--json", "reg", "PTYS", "--index", "proto_mask=en");
        assertEquals(Map.of("value", num(4), "flags", List.of("en")), ptys.get("proto_mask"), ptys.toString());
        assertTrue(!ptys.get("eth_proto_capability").equals(num(0)), ptys.toString());
        Cli missing = run("-d", dev(), "reg", "PTYS");
        assertEquals(ExitCode.USAGE, missing.status(), missing.toString());
        assertTrue(missing.err().contains("--index proto_mask=VALUE (ib, en)"), missing.toString());
    }

    @Test
    void regWritesPaosAndReadsItBack() {
        try {
            String written = ok("-d", dev(), "reg", "PAOS", "--set", "admin_status=down", "--set", "ase=1").out();
            assertTrue(written.startsWith("PAOS wrote: admin_status up (0x1) -> down (0x2)\n"), written);
            assertTrue(written.contains("admin_status  down (0x2)"), written);
            assertEquals("admin_status  down (0x2)\noper_status   down (0x2)\n",
                    ok("-d", dev(), "reg", "PAOS", "admin_status", "oper_status").out());
        } finally {
            ok("-d", dev(), "reg", "PAOS", "--set", "admin_status=up", "--set", "ase=1");
        }
        Map<?, ?> paos = json("-d", dev(), "reg", "paos", "--json");
        assertEquals(Map.of("value", num(1), "name", "up"), paos.get("admin_status"));
        assertEquals(num(1), paos.get("local_port"));
    }

    @Test
    void regOnAPortTheDeviceLacksIsAFirmwareError() {
        Cli r = run("-d", dev(), "reg", "PAOS", "--local-port", "2");
        assertEquals(ExitCode.FIRMWARE, r.status(), r.toString());
        assertTrue(r.oneErrorLine(), r.toString());
        assertTrue(r.err().contains("ACCESS_REG (0x805) failed: firmware status BAD_PARAM (0x3), syndrome 0x"),
                r.err());
    }

    @Test
    void regMgirShowsTheFirmwareBuild() {
        long build = 0x5e000000L | ID;
        assertEquals("fw_info.build_id  " + build + " (0x" + Long.toHexString(build) + ")\n",
                ok("-d", dev(), "reg", "MGIR", "fw_info.build_id").out());
        String text = ok("-d", dev(), "reg", "MGIR").out();
        assertTrue(text.contains("\nfw_info:\n") || text.startsWith("fw_info:\n"), text);
    }

    @Test
    void regWithAnIndexField() {
        Map<?, ?> ppcnt = json("-d", dev(), "reg", "PPCNT", "--index", "grp=rfc_2863", "--json");
        assertEquals(Map.of("value", num(1), "name", "rfc_2863"), ppcnt.get("grp"));
    }

    @Test
    void queryAdapterShowsTheSimulatorsIdentity() {
        String text = ok("-d", dev(), "query", "adapter").out();
        assertTrue(text.contains("  ieee_vendor_id  713 (0x2c9)\n"), text);
        assertTrue(text.contains("  vsd             \"mlx5ctl simulated ConnectX\"\n"), text);
    }

    @Test
    void queryByShortNamesDecodesTheReplies() {
        assertEquals("current_issi  1\n", ok("-d", dev(), "query", "issi", "current_issi").out());
        assertEquals(num(1500), ((Map<?, ?>) json("-d", dev(), "query", "nic-vport-context", "--json")
                .get("nic_vport_context")).get("mtu"));
        for (String q : List.of("vport-state", "vport-counter", "q-counter", "uctx")) {
            Map<?, ?> m = json("-d", dev(), "query", q, "--json");
            assertEquals(Map.of("value", num(0), "name", "ok"), m.get("status"), q);
        }
    }

    @Test
    void diagSetChoosesCountersThatParamsAndSampleShow() {
        String params = ok("-d", dev(), "diag", "set", "--counters", "1,7", "--log-samples", "2", "--on-demand").out();
        assertTrue(params.matches("(?s).*\\n\\s+num_of_counters\\s+2\\n.*"), params);
        Map<?, ?> ctx = (Map<?, ?>) json("-d", dev(), "diag", "params", "--json").get("diagnostic_params_context");
        assertEquals(List.of(Map.of("counter_id", num(1)), Map.of("counter_id", num(7))), ctx.get("counter_id"));
        assertEquals(num(1), ctx.get("on_demand"));
        String sampled = ok("-d", dev(), "diag", "sample", "--json").out();
        JsonContract.check("diag_samples", sampled);
        List<?> samples = (List<?>) MiniJson.parse(sampled);
        assertEquals(List.of(num(1), num(7)), samples.stream().map(s -> ((Map<?, ?>) s).get("counter_id")).toList());
        String table = ok("-d", dev(), "diag", "sample").out();
        assertTrue(table.startsWith("COUNTER  SAMPLE  TIMESTAMP"), table);
        ok("-d", dev(), "diag", "set", "--disable");
    }

    @Test
    void diagCapsShowsTheDebugCapability() {
        assertTrue(ok("-d", dev(), "diag", "caps").out().startsWith("debug"));
    }

    @Test
    void dumpThroughAUmemEqualsTheInlineDumpAndFreesItsObjects(@TempDir Path dir) throws IOException {
        Path umem = dir.resolve("menu.umem");
        Path inline = dir.resolve("menu.inline");
        String summary = ok("-d", dev(), "dump", "-o", umem.toString()).out();
        assertTrue(summary.matches("dumped \\d+ bytes of segment type 0xffff in 1 step \\(umem\\) to .*\n"), summary);
        ok("-d", dev(), "dump", "--inline", "-o", inline.toString());
        byte[] a = Files.readAllBytes(umem);
        assertTrue(a.length > 16, "an empty dump");
        assertArrayEquals(a, Files.readAllBytes(inline));
        for (String count : List.of("umem_count", "mkey_count", "pd_count")) {
            assertEquals(0, debugfs(ID, count), count + " after the dump");
        }
    }

    @Test
    void dumpContinuesWhileTheDeviceHasMore(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("trace");
        Map<?, ?> m = json("-d", dev(), "dump", "--type", "0x1004", "--buffer", "65536", "--json", "-o",
                trace.toString());
        long bytes = ((BigInteger) m.get("bytes")).longValue();
        assertTrue(((BigInteger) m.get("steps")).intValue() > 1, m.toString());
        assertEquals(bytes, Files.size(trace));
        String text = new String(Files.readAllBytes(trace), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("fw: cmd interface heartbeat #0\n") && text.contains("#8191\n"),
                "first or last trace record missing");
    }

    @Test
    void execRunsAnyCommandAndPrintsHexOrRaw(@TempDir Path dir) throws IOException {
        assertEquals(Text.ALL_ZERO, ok("-d", dev(), "exec", "NOP").out(), "a NOP reply is all zeros");
        assertEquals("status    ok (0x0)\nsyndrome  0\n", ok("-d", dev(), "exec", "NOP", "--all").out());
        String hex = ok("-d", dev(), "exec", "QUERY_HCA_CAP", "--set", "op_mod=1", "--hex").out();
        assertTrue(hex.startsWith("00000000  00 00 00 00 00 00 00 00"), hex);
        Path raw = dir.resolve("cap.bin");
        ok("-d", dev(), "exec", "query-hca-cap", "--set", "op_mod=1", "--raw", "-o", raw.toString());
        assertEquals(Fields.layout("query_hca_cap_out").sizeBytes(), Files.size(raw));
        byte[] stdout = Cli.rawOut("-d", dev(), "exec", "0x100", "--set", "op_mod=1", "--raw");
        assertArrayEquals(Files.readAllBytes(raw), stdout);
    }

    @Test
    void aCommandAboveTheScopeGivenIsRefusedByTheDriver() {
        Cli r = run("-d", dev(), "exec", "SET_DIAGNOSTIC_PARAMS", "--scope", "debug-read-only");
        assertEquals(ExitCode.DEVICE, r.status(), r.toString());
        assertTrue(r.oneErrorLine(), r.toString());
        assertTrue(r.err().contains("EBADMSG"), r.err());
    }

    @Test
    void aDriverOnlyCommandIsRefusedBeforeItIsSent() {
        Cli r = run("-d", dev(), "exec", "CREATE_UCTX");
        assertEquals(ExitCode.DEVICE, r.status(), r.toString());
        assertTrue(r.oneErrorLine() && r.err().contains("driver only"), r.toString());
    }

    @Test
    void unknownDeviceNamesTheDevicesThereAre() {
        Cli r = run("-d", "mlx5ctl_sim.ctl.999", "info");
        assertEquals(ExitCode.DEVICE, r.status(), r.toString());
        assertTrue(r.oneErrorLine() && r.err().contains(DEV), r.toString());
    }

    @Test
    void aValueTooWideIsAUsageErrorOnADeviceToo() {
        Cli r = run("-d", dev(), "reg", "PAOS", "--set", "e=4");
        assertEquals(ExitCode.USAGE, r.status(), r.toString());
        assertTrue(r.oneErrorLine() && r.err().contains("does not fit in 2 bits"), r.toString());
    }

    @Test
    void theDriversPolicyIsTheSchemasAndEveryoneMayReadIt() throws IOException {
        Map<?, ?> p = json("-d", dev(), "policy", "--json");
        assertEquals("driver", p.get("source"));
        assertEquals(Prm.SCHEMA_ID, p.get("schema"));
        assertEquals(List.of(), p.get("differences"));
        assertTrue(((List<?>) p.get("commands")).size() >= 94, p.toString());
        // Independently of the CLI: the sysfs text against the bindings' own table, and its mode.
        Path file = Path.of("/sys/class/misc/mlx5ctl-" + DEV + "/policy");
        dev.mlx5ctl.device.Policy driver = dev.mlx5ctl.device.Policy.parse(Files.readString(file));
        assertEquals(List.of(), dev.mlx5ctl.device.Policy.of(Prm.REGISTRY).differences(driver));
        assertEquals("r--r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        assertTrue(ok("-d", dev(), "policy").out().contains("agrees with this tool's schema"));
    }

    @Test
    void objFollowsARdmaQpToItsCqAndEq() {
        Map<?, ?> qp = (Map<?, ?>) json("-d", dev(), "obj", "qp", "0x1a", "--json").get("qpc");
        assertEquals(num(3), qp.get("state"), qp.toString());
        assertEquals(num(0x1b), qp.get("remote_qpn"), qp.toString());
        Map<?, ?> cq = (Map<?, ?>) json("-d", dev(), "obj", "cq", String.valueOf(qp.get("cqn_snd")), "--json")
                .get("cq_context");
        BigInteger eqn = (BigInteger) cq.get("c_eqn_or_apu_element");
        Map<?, ?> eq = (Map<?, ?>) json("-d", dev(), "obj", "eq", eqn.toString(), "--json").get("eq_context_entry");
        assertEquals(num(9), eq.get("st"), eq.toString());
        Cli missing = run("-d", dev(), "obj", "qp", "0x19");
        assertEquals(ExitCode.FIRMWARE, missing.status(), missing.toString());
        assertTrue(missing.err().contains("BAD_PARAM"), missing.toString());
        // Under --json the same failure is one JSON object on stderr.
        Cli json = run("-d", dev(), "obj", "qp", "0x19", "--json");
        assertEquals(ExitCode.FIRMWARE, json.status(), json.toString());
        Map<?, ?> error = (Map<?, ?>) ((Map<?, ?>) MiniJson.parse(json.err())).get("error");
        assertEquals("firmware", error.get("kind"));
        assertEquals("QUERY_QP", error.get("command"));
        assertEquals("BAD_PARAM", error.get("status"));
        assertEquals(num(ExitCode.FIRMWARE), error.get("exit_status"));
    }

    @Test
    void objFollowsTheWorkloadsDctToItsSrqAndTheVportToItsTsar() {
        Map<?, ?> dct = (Map<?, ?>) json("-d", dev(), "obj", "dct", "0x21", "--json").get("dct_context_entry");
        Map<?, ?> srq = (Map<?, ?>) json("-d", dev(), "obj", "srq", String.valueOf(dct.get("srqn_xrqn")), "--json")
                .get("srq_context_entry");
        assertEquals(dct.get("cqn"), srq.get("cqn"), "the DCT and its SRQ complete on one CQ: " + srq);
        assertEquals(dct.get("pd"), srq.get("pd"), srq.toString());
        Map<?, ?> vport = (Map<?, ?>) json("-d", dev(), "obj", "sched-element", "2", "--json")
                .get("scheduling_context");
        assertEquals(num(1), vport.get("element_type"), "a vport element: " + vport);
        Map<?, ?> root = (Map<?, ?>) json("-d", dev(), "obj", "sched-element",
                String.valueOf(vport.get("parent_element_id")), "--json").get("scheduling_context");
        assertEquals(num(0), root.get("element_type"), "its parent is a TSAR: " + root);
        Map<?, ?> encap = (Map<?, ?>) json("-d", dev(), "obj", "packet-reformat", "1", "--json")
                .get("packet_reformat_context");
        assertEquals(num(50), encap.get("reformat_data_size"), encap.toString());
    }

    @Test
    void objListsTheRqsOfAnRqTable() {
        String text = ok("-d", dev(), "obj", "rqt", "0x30").out();
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s*rqt_actual_size\\s+4")), text);
        assertTrue(text.contains("0x203"), "the last RQ of the table: " + text);
    }

    @Test
    void explainSendsNothing() throws IOException {
        knob("fail_next", "1");
        Cli explained = run("-d", KNOB_DEV, "--explain", "exec", "NOP");
        assertEquals(ExitCode.OK, explained.status(), explained.toString());
        assertTrue(explained.out().contains("nothing was sent"), explained.toString());
        // The injected failure is still there for the first command really sent.
        Cli sent = run("-d", KNOB_DEV, "exec", "NOP");
        assertTrue(sent.status() != ExitCode.OK, "the NOP after --explain met the injected failure: " + sent);
    }

    @Test
    void aFailedOpenIsADeviceError() throws IOException {
        knob("fail_next", "1");
        Cli r = run("-d", KNOB_DEV, "info");
        assertEquals(ExitCode.DEVICE, r.status(), r.toString());
        assertTrue(r.oneErrorLine(), r.toString());
    }

    @Test
    void aHungCommandTimesOutAsADeviceError() throws IOException {
        ok("-d", KNOB_DEV, "info");
        knob("hang", "1");
        Cli r = run("-d", KNOB_DEV, "exec", "NOP");
        assertEquals(ExitCode.DEVICE, r.status(), r.toString());
        assertTrue(r.oneErrorLine() && r.err().contains("ETIMEDOUT"), r.toString());
    }

    private static Process launcher(List<String> prefix, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(ROOT.resolve("tools/mlx5ctl").toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(Path.of("/tmp").toFile()).start();
    }

    private static String[] finish(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {Integer.toString(p.waitFor()), out, err};
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theLauncherRunsFromAnotherDirectoryAndReportsErrorsOnOneLine() throws Exception {
        // Started together: each JVM start is seconds under TCG.
        Process cap = launcher(List.of(), "-d", dev(), "cap", "general", "log_max_qp");
        Process bad = launcher(List.of(), "-d", dev(), "reg", "NOPE");
        Process nobody = launcher(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
                "-d", dev(), "info");
        String[] c = finish(cap);
        assertEquals("0", c[0], c[2]);
        assertEquals("log_max_qp  17 (0x11)\n", c[1]);
        String[] b = finish(bad);
        assertEquals(Integer.toString(ExitCode.USAGE), b[0]);
        assertTrue(b[2].startsWith("mlx5ctl: unknown register 'NOPE'") && b[2].lines().count() == 1, b[2]);
        String[] n = finish(nobody);
        assertEquals(Integer.toString(ExitCode.DEVICE), n[0], n[2]);
        assertTrue(n[2].lines().count() == 1 && n[2].contains("EACCES"), n[2]);
    }
}
