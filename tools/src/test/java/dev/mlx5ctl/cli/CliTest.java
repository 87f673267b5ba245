package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.RegisterInfo;
import dev.mlx5ctl.prm.Prm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line without a device: parsing, help, usage errors, and the failures that must be caught before any
 * device is opened. A node that does not exist stands for "no device".
 */
class CliTest {

    private static final String NO_DEVICE = "/nonexistent/mlx5ctl-none";

    @Test
    void helpListsEverySubcommandAndTheExitCodes() {
        Cli r = Cli.run("--help");
        assertEquals(ExitCode.OK, r.status(), r.toString());
        for (String sub : List.of("list", "info", "cap", "reg", "query", "diag", "dump", "exec", "schema")) {
            assertTrue(r.out().contains("\n  " + sub + " "), sub + " missing from help:\n" + r.out());
        }
        assertTrue(r.out().contains("Exit status:"), r.out());
        for (int code : List.of(ExitCode.FIRMWARE, ExitCode.USAGE, ExitCode.DEVICE, ExitCode.SCHEMA_MISMATCH)) {
            assertTrue(r.out().contains("\n  " + code + " "), "exit code " + code + " undocumented:\n" + r.out());
        }
    }

    @Test
    void versionNamesTheSchemaIdentity() {
        Cli r = Cli.run("--version");
        assertEquals(ExitCode.OK, r.status());
        assertTrue(r.out().contains(Prm.SCHEMA_ID), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --bogus                              | Unknown option
            frobnicate                           | Unmatched argument
            reg                                  | Missing required parameter
            reg PAOS --set admin_status          | is not field=value
            reg PAOS --set =1                    | is not field=value
            cap --scope sideways                 | unknown scope 'sideways'
            cap --max --current                  | mutually exclusive
            diag                                 | diag needs a subcommand
            """)
    void parseErrorsAreOneLineAndExitTwo(String args, String message) {
        Cli r = Cli.run(args.split(" "));
        assertEquals(ExitCode.USAGE, r.status(), r.toString());
        assertTrue(r.oneErrorLine(), r.toString());
        assertTrue(r.err().contains(message), r.toString());
        assertTrue(r.err().contains("--help"), "no hint to the help: " + r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            reg NOPE                                        | unknown register 'NOPE' (QCAM, CORE_DUMP, PMLP, PMTU, PTYS
            reg 0x1234                                      | unknown register '0x1234'
            cap warp-drive                                  | unknown capability type 'warp-drive'
            query nothing                                   | unknown query 'nothing'
            exec NOT_A_COMMAND                              | unknown command 'NOT_A_COMMAND'
            exec 0x7777                                     | opcode 0x7777 is not a command
            reg PAOS --local-port 1 --set admin_status=0x1f | value 0x1f does not fit in 4 bits
            reg PAOS --set colour=red                       | unknown field 'colour' in paos_reg
            reg PAOS --set admin_status=sideways            | 'sideways' is neither a number nor a value of port_admin_status (up, down, up_once)
            reg MGIR --local-port 2                         | register MGIR has no local_port field
            reg PTYS                                        | PTYS is indexed by proto_mask, which has no default: give --index proto_mask=VALUE (ib, en)
            reg PAOS --set oper_status=up                   | oper_status of PAOS is read-only (RO)
            reg MGIR --set fw_info.year=0x2027              | fw_info.year of MGIR is read-only (RO)
            reg PAOS --set local_port=2                     | local_port is an index field of PAOS: it selects what is accessed; give it with --index local_port=2
            reg PAOS --dry-run                              | --dry-run shows what a write would change: give the fields with --set
            exec NOP --set nosuch=1                         | unknown field 'nosuch' in nop_in
            exec QUERY_HCA_CAP --set op_mod=0x10000         | does not fit in 16 bits
            exec NOP --out-len 8                            | --out-len takes 16 to 2097152 bytes, not 8
            diag set                                        | diag set needs --counters
            dump --segment FW_TRACE --type 0x1004           | --segment and --type both name what to dump: give one
            dump --type spam -o /dev/null                   | --type takes menu or a 16-bit segment type number
            schema --json --hex                             | exclude each other
            schema nonesuch                                 | 'nonesuch' is no command, register
            """)
    void userMistakesFoundBeforeTheDeviceAreUsageErrors(String args, String message) {
        Cli r = Cli.run(("-d " + NO_DEVICE + " " + args).split(" "));
        assertEquals(ExitCode.USAGE, r.status(), r.toString());
        assertTrue(r.oneErrorLine(), r.toString());
        assertTrue(r.err().contains(message), r.toString());
    }

    @Test
    void schemaMarksARegistersIndexAndReadOnlyFieldsAsMstregDoes() {
        Cli ptys = Cli.run("--json", "schema", "PTYS");
        Map<?, ?> m = (Map<?, ?>) MiniJson.parse(ptys.out());
        assertEquals(List.of("local_port", "proto_mask"), m.get("index"));
        assertTrue(((List<?>) m.get("read_only")).contains("eth_proto_oper"), m.toString());
        assertEquals("all", ((Map<?, ?>) MiniJson.parse(Cli.run("--json", "schema", "MGIR").out())).get("read_only"));
        String text = Cli.run("schema", "PTYS").out();
        assertTrue(text.contains("index      local_port, proto_mask (give with --index)"), text);
    }

    @ParameterizedTest
    @CsvSource({"info", "cap", "reg PAOS", "query adapter", "exec NOP", "diag params", "dump -o /dev/null"})
    void aMissingDeviceIsADeviceErrorNamingIt(String args) {
        Cli r = Cli.run(("-d " + NO_DEVICE + " " + args).split(" "));
        assertEquals(ExitCode.DEVICE, r.status(), r.toString());
        assertTrue(r.oneErrorLine(), r.toString());
        assertTrue(r.err().contains("mlx5ctl-none"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void globalOptionsWorkOnEitherSideOfTheSubcommand() {
        Cli before = Cli.run("--json", "schema", "caps");
        Cli after = Cli.run("schema", "caps", "--json");
        assertEquals(ExitCode.OK, before.status(), before.toString());
        assertEquals(before.out(), after.out());
        assertTrue(MiniJson.parse(after.out()) instanceof List<?>, after.out());
    }

    @Test
    void schemaListsEveryCommandWithItsOpcodeAndScope() {
        Cli r = Cli.run("schema");
        assertEquals(ExitCode.OK, r.status(), r.toString());
        for (CommandInfo c : Prm.REGISTRY.commands()) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(c.name() + " ")
                    && l.contains("0x" + Integer.toHexString(c.opcode())) && l.contains(c.scope().schemaName())),
                    c.name() + " missing:\n" + r.out());
        }
    }

    @Test
    void schemaListsRegistersAsJson() {
        Cli r = Cli.run("schema", "registers", "--json");
        List<?> rows = (List<?>) MiniJson.parse(r.out());
        assertEquals(Prm.REGISTRY.registers().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RegisterInfo reg = Prm.REGISTRY.registers().get(i);
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            assertEquals(reg.name(), row.get("name"));
            assertEquals("0x" + Integer.toHexString(reg.id()), row.get("id"));
        }
    }

    @Test
    void schemaDescribesALayoutWithOffsetsWidthsEnumsAndDocs() {
        Cli r = Cli.run("schema", "paos_reg");
        assertEquals(ExitCode.OK, r.status(), r.toString());
        String line = r.out().lines().filter(l -> l.contains(" admin_status ")).findFirst().orElseThrow();
        assertTrue(line.matches("\\s*0x14\\s+2\\.4\\s+0x4\\s+admin_status\\s+enum port_admin_status\\s+"
                + "Administrative state\\."), line);
        assertTrue(r.out().contains("reserved_at_10"), "reserved gaps are part of a description");
    }

    @Test
    void schemaDescribesARegisterByNameInAnyCase() {
        Cli r = Cli.run("schema", "paos");
        assertEquals(ExitCode.OK, r.status(), r.toString());
        assertTrue(r.out().startsWith("register   PAOS\nid         0x5006\n"), r.out());
        assertTrue(r.out().contains("layout paos_reg (16 bytes)"), r.out());
    }

    @Test
    void schemaDescribesACommandAsJsonWithBothLayouts() {
        Cli r = Cli.run("schema", "ACCESS_REG", "--json");
        Map<?, ?> m = (Map<?, ?>) MiniJson.parse(r.out());
        assertEquals("0x805", m.get("opcode"));
        assertEquals("configuration", m.get("scope for op_mod 0"));
        Map<?, ?> in = (Map<?, ?>) m.get("in");
        assertEquals("access_register_in", in.get("layout"));
        List<?> fields = (List<?>) in.get("fields");
        Map<?, ?> data = (Map<?, ?>) fields.getLast();
        assertEquals("register_data", data.get("name"));
        assertEquals(Boolean.TRUE, data.get("flexible"));
        assertEquals(((Map<?, ?>) m.get("out")).get("layout"), "access_register_out");
    }

    @Test
    void schemaDescribesAnEnumWithItsValues() {
        Cli r = Cli.run("schema", "port_admin_status");
        assertEquals(ExitCode.OK, r.status(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*0x2\\s+down\\s+.*")), r.out());
    }

    @Test
    void schemaWritesToAFileWithDashO(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("caps.json");
        Cli r = Cli.run("schema", "caps", "--json", "-o", file.toString());
        assertEquals(ExitCode.OK, r.status(), r.toString());
        assertEquals("", r.out());
        assertEquals(Prm.REGISTRY.capTypes().size(), ((List<?>) MiniJson.parse(java.nio.file.Files.readString(file)))
                .size());
    }

    @Test
    void anUnwritableOutputFileIsAFileError() {
        Cli r = Cli.run("schema", "-o", "/nonexistent/dir/out.txt");
        assertEquals(ExitCode.FILE, r.status(), r.toString());
        assertTrue(r.oneErrorLine(), r.toString());
        assertTrue(r.err().contains("cannot write /nonexistent/dir/out.txt"), r.err());
    }

    private static Map<?, ?> jsonOk(String... args) {
        Cli r = Cli.run(args);
        assertEquals(ExitCode.OK, r.status(), r.toString());
        assertEquals("", r.err(), r.toString());
        return (Map<?, ?>) MiniJson.parse(r.out());
    }

    @Test
    void explainShowsTheMailboxWithoutADevice() {
        Map<?, ?> m = jsonOk("-d", NO_DEVICE, "reg", "PAOS", "--explain", "--json");
        assertEquals("ACCESS_REG", m.get("command"));
        assertEquals("PAOS", m.get("register"));
        assertEquals("read", m.get("direction"));
        assertEquals("debug-read-only", m.get("scope"));
        assertEquals(Boolean.FALSE, m.get("taints"));
        assertEquals("allowed", m.get("lockdown"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            exec ACCESS_REGISTER_USER --set register_id=0x9014                    | debug-write-full | true  | CAP_SYS_RAWIO
            exec ACCESS_REG --set op_mod=0 --set register_id=0x5008               | debug-write      | true  | none beyond opening the node
            exec SET_DIAGNOSTIC_PARAMS                                            | debug-write      | true  | none beyond opening the node
            obj qp 0x1a                                                           | debug-read-only  | false | none beyond opening the node
            exec QUERY_HCA_CAP                                                    | configuration    | false | none beyond opening the node
            """)
    void explainAppliesTheDriversRule(String args, String scope, boolean taints, String privilege) {
        List<String> a = new java.util.ArrayList<>(List.of("-d", NO_DEVICE, "--explain", "--json"));
        a.addAll(List.of(args.split(" ")));
        Map<?, ?> m = jsonOk(a.toArray(String[]::new));
        assertEquals(scope, m.get("least_scope"), m.toString());
        assertEquals(taints, m.get("taints"), m.toString());
        assertEquals(privilege, m.get("privilege"), m.toString());
    }

    @Test
    void explainAtATooLowScopeSaysTheDriverRefuses() {
        Map<?, ?> m = jsonOk("-d", NO_DEVICE, "--explain", "--json", "--scope", "configuration", "obj", "qp", "1");
        assertEquals(Boolean.FALSE, m.get("allowed"));
        assertTrue(String.valueOf(m.get("reason")).contains("EBADMSG"), m.toString());
    }

    @Test
    void explainOfACommandOnlyTheDriverSendsSaysSo() {
        Map<?, ?> m = jsonOk("-d", NO_DEVICE, "--explain", "--json", "exec", "CREATE_UCTX");
        assertEquals(Boolean.FALSE, m.get("allowed"));
        assertTrue(String.valueOf(m.get("reason")).contains("driver only"), m.toString());
    }

    @Test
    void policyOfTheSchemaNeedsNoDevice() {
        Map<?, ?> m = jsonOk("-d", NO_DEVICE, "policy", "--schema", "--json");
        assertEquals(Prm.SCHEMA_ID, m.get("schema"));
        List<?> commands = (List<?>) m.get("commands");
        assertTrue(commands.size() >= 94, "commands: " + commands.size());
        assertTrue(commands.stream().anyMatch(c -> ((Map<?, ?>) c).get("name").equals("QUERY_QP")));
        Cli text = Cli.run("policy", "--schema");
        assertTrue(text.out().contains("0x0805  ACCESS_REG"), text.out());
        assertTrue(text.out().contains("(unknown)"), text.out());
    }

    @Test
    void objTypesResolveToCommandsWithTheirIdField() {
        ObjCommand.TYPES.forEach((type, id) -> {
            CommandInfo c = Prm.REGISTRY.command(id.command()).orElseThrow(() -> new AssertionError(type));
            assertTrue(Prm.REGISTRY.requireLayout(c.in()).field(id.field()).isPresent(), type + ": " + id);
        });
        assertTrue(ObjCommand.endsInList("query_rqt_out"), "the RQ table's list is in its last embedded layout");
        Cli r = Cli.run("-d", NO_DEVICE, "obj", "widget", "1");
        assertEquals(ExitCode.USAGE, r.status(), r.toString());
        assertTrue(r.err().contains("unknown object type 'widget'") && r.err().contains("qp"), r.err());
    }

    @Test
    void everySubcommandAtAnyDepthAnswersHelp() {
        for (String[] args : List.of(new String[] {"list", "--help"}, new String[] {"reg", "-h"},
                new String[] {"diag", "sample", "--help"}, new String[] {"help", "diag", "sample"},
                new String[] {"obj", "--help"}, new String[] {"policy", "--help"})) {
            Cli r = Cli.run(args);
            assertEquals(ExitCode.OK, r.status(), String.join(" ", args) + "\n" + r);
            assertTrue(r.out().startsWith("Usage: mlx5ctl "), String.join(" ", args) + "\n" + r);
            assertEquals("", r.err(), r.toString());
        }
        Cli v = Cli.run("info", "-V");
        assertTrue(v.status() == ExitCode.OK && v.out().contains(Prm.SCHEMA_ID), v.toString());
        Cli j = Cli.run("schema", "-j", "registers");
        assertEquals(ExitCode.OK, j.status(), j.toString());
        assertTrue(j.out().strip().startsWith("[") || j.out().strip().startsWith("{"), j.out());
    }

    @Test
    void underJsonAFailureIsOneJsonObjectOnStderr() {
        Cli usage = Cli.run("--json", "query", "no-such-query");
        assertEquals(ExitCode.USAGE, usage.status(), usage.toString());
        assertEquals("", usage.out());
        assertEquals(1, usage.err().strip().lines().count(), usage.toString());
        Map<?, ?> error = (Map<?, ?>) ((Map<?, ?>) MiniJson.parse(usage.err())).get("error");
        assertEquals("usage", error.get("kind"));
        assertEquals(java.math.BigInteger.valueOf(ExitCode.USAGE), error.get("exit_status"));
        assertTrue(((String) error.get("message")).startsWith("unknown query 'no-such-query'"), error.toString());

        Cli parse = Cli.run("-j", "list", "--bogus");
        assertEquals(ExitCode.USAGE, parse.status(), parse.toString());
        Map<?, ?> parseError = (Map<?, ?>) ((Map<?, ?>) MiniJson.parse(parse.err())).get("error");
        assertTrue(((String) parseError.get("message")).contains("--bogus"), parseError.toString());

        Cli device = Cli.run("-d", NO_DEVICE, "info", "--json");
        assertEquals(ExitCode.DEVICE, device.status(), device.toString());
        Map<?, ?> deviceError = (Map<?, ?>) ((Map<?, ?>) MiniJson.parse(device.err())).get("error");
        assertEquals("device", deviceError.get("kind"));
        assertEquals("ENOENT", deviceError.get("errno"), deviceError.toString());

        // Without --json, the same failure is a line of text.
        assertTrue(Cli.run("query", "no-such-query").err().startsWith("mlx5ctl: unknown query"));
    }

    @Test
    void aMistypedFieldIsCaughtBeforeTheDeviceWithTheNearestNames() {
        Cli r = Cli.run("-d", NO_DEVICE, "reg", "PAOS", "--set", "admin_stat=down");
        assertEquals(ExitCode.USAGE, r.status(), r.toString());
        assertTrue(r.oneErrorLine() && r.err().contains("did you mean admin_status"), r.toString());
    }

    @Test
    void versionNamesTheReleaseTheCommitTheSchemaAndTheJava() throws Exception {
        Cli r = Cli.run("-V");
        assertEquals(ExitCode.OK, r.status(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("mlx5ctl \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{12}(-dirty)?\\)"), r.out());
        assertEquals("schema " + Prm.SCHEMA_ID, lines.get(1));
        assertEquals("java " + Runtime.version(), lines.get(2));
        // The commit is the checkout's the build ran in.
        Process git = new ProcessBuilder("git", "-C", System.getProperty("mlx5ctl.root", "."), "rev-parse", "HEAD")
                .start();
        String head = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .strip();
        assertEquals(0, git.waitFor(), "this test runs in the git checkout the build recorded");
        assertTrue(lines.get(0).contains("(commit " + head.substring(0, 12)), r.out() + " against HEAD " + head);
        assertEquals(lines.get(0), Cli.run("diag", "sample", "-V").out().lines().findFirst().orElseThrow());
    }

    @Test
    void jsonIsOneLineAndIndentedWithPretty() {
        Cli line = Cli.run("-j", "schema", "PAOS");
        Cli pretty = Cli.run("-jp", "schema", "PAOS");
        assertEquals(ExitCode.OK, line.status(), line.toString());
        assertEquals(ExitCode.OK, pretty.status(), pretty.toString());
        assertEquals(1, line.out().lines().count(), line.out());
        assertTrue(pretty.out().lines().count() > 3 && pretty.out().contains("\n  \""), pretty.out());
        assertEquals(MiniJson.parse(line.out()), MiniJson.parse(pretty.out()), "the same JSON either way");
        Cli alone = Cli.run("--pretty", "schema", "PAOS");
        assertEquals(ExitCode.USAGE, alone.status(), alone.toString());
        assertTrue(alone.err().contains("give -j too"), alone.toString());
    }
}
