package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.Formats;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real output, of every subcommand that needs no device, validated against the JSON contract
 * (tools/json-schema/mlx5ctl.schema.json); the device subcommands are validated in the guest (CliGuestTest). The
 * contract rejects what it promises never to print.
 */
class JsonContractTest {

    private static final String NO_DEVICE = "/nonexistent/mlx5ctl-test";

    private static String json(String... args) {
        Cli r = Cli.run(args);
        assertEquals(ExitCode.OK, r.status(), r.toString());
        return r.out();
    }

    @Test
    void theContractIsVersionedAndNamesEveryOutputKind() {
        var doc = JsonContract.document();
        assertTrue(doc.get("$id").asString().contains("/v1/"), "a major version in the $id");
        assertEquals("https://json-schema.org/draft/2020-12/schema", doc.get("$schema").asString());
        assertTrue(doc.get("$defs").size() > 20);
    }

    @Test
    void schemaOutputsKeepTheContract() {
        JsonContract.check("schema_table", json("--json", "schema", "commands"));
        JsonContract.check("schema_table", json("--json", "schema", "registers"));
        JsonContract.check("schema_table", json("-j", "-p", "schema", "layouts"));
        JsonContract.check("schema_command", json("--json", "schema", "QUERY_HCA_CAP"));
        JsonContract.check("schema_command", json("--json", "schema", "QUERY_VPORT_STATE"));
        JsonContract.check("schema_register", json("--json", "schema", "MGIR"));
        JsonContract.check("schema_layout", json("--json", "schema", "mac_address_layout"));
        JsonContract.check("schema_enum", json("--json", "schema", "port_admin_status"));
    }

    @Test
    void policyExplainAndErrorsKeepTheContract() {
        JsonContract.check("policy", json("--json", "policy", "--schema"));
        JsonContract.check("explain", json("-d", NO_DEVICE, "--explain", "--json", "obj", "qp", "0x1a"));
        JsonContract.check("explain", json("-d", NO_DEVICE, "--explain", "--json", "reg", "PAOS", "--set",
                "admin_status=up"));
        Cli bad = Cli.run("-d", NO_DEVICE, "--json", "obj", "widget", "1");
        assertEquals(ExitCode.USAGE, bad.status());
        JsonContract.check("error", bad.err());
        Cli missing = Cli.run("-d", NO_DEVICE, "--json", "info");
        JsonContract.check("error", missing.err());
    }

    @Test
    void decodedRepliesKeepTheContractWithFormatsAndWideNumbers() {
        LayoutCodec codec = new LayoutCodec(Prm.REGISTRY);
        MemorySegment out = codec.allocate("query_nic_vport_context_out");
        codec.set("query_nic_vport_context_out", out, "nic_vport_context.node_guid", -1L);
        codec.set("query_nic_vport_context_out", out, "nic_vport_context.permanent_address.mac_addr_31_0", 1L);
        String json = Json.write(new Formats(Prm.REGISTRY).present(codec.decode("query_nic_vport_context_out", out)));
        JsonContract.check("decoded", json);
        assertTrue(json.contains("\"node_guid\": \"18446744073709551615\""), json);
    }

    @Test
    void theContractRejectsWhatItPromisesNeverToPrint() {
        assertFalse(JsonContract.violations("decoded", "{\"counter\": 9007199254740993}").isEmpty(),
                "a number past 2^53 - 1");
        assertFalse(JsonContract.violations("decoded", "{\"counter\": -1}").isEmpty(), "a negative field");
        assertFalse(JsonContract.violations("decoded", "{\"flag\": true}").isEmpty(), "a boolean field");
        assertFalse(JsonContract.violations("error", "{\"error\": {\"message\": \"x\"}}").isEmpty(),
                "an error without its exit status and kind");
        assertFalse(JsonContract.violations("list", "[{\"index\": 0}]").isEmpty(), "a device without a name");
        assertEquals(List.of(), JsonContract.violations("decoded", "{\"counter\": 9007199254740991}"));
    }
}
