package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.AccessRegisterIn;
import dev.mlx5ctl.prm.MboxIn;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy from the schema, the driver's text form of it, and the rule for one mailbox. */
class PolicyTest {

    private static final Policy SCHEMA = Policy.of(Prm.REGISTRY);

    /** The text the driver would publish for a policy (kmod/core/rpc.c, mlx5ctl_policy_format()). */
    static String render(Policy p) {
        StringBuilder sb = new StringBuilder("schema " + p.schemaId() + "\n");
        for (Policy.Rule r : p.commands()) {
            sb.append(String.format("command 0x%04x %s %s%s%n", r.opcode(), r.name(), r.scope().schemaName(),
                    r.byRegister() ? " by-register" : ""));
            r.opModScopes().forEach((k, v) -> sb.append(String.format("op_mod 0x%04x 0x%04x %s%n", r.opcode(), k,
                    v.schemaName())));
        }
        p.registers().forEach(r -> sb.append(String.format("register 0x%04x %s %s %s%n", r.id(), r.name(),
                r.read().schemaName(), r.write().schemaName())));
        return sb.append("register unknown - ").append(p.unknownRegisterRead().schemaName()).append(' ')
                .append(p.unknownRegisterWrite().schemaName()).append('\n').toString();
    }

    @Test
    void theSchemaAllowsUpstreamsWholeListAndNothingReservedToTheKernel() {
        Map<String, Policy.Rule> byName = SCHEMA.commands().stream()
                .collect(Collectors.toMap(Policy.Rule::name, r -> r));
        // A sample of upstream's allow-list, each at upstream's scope.
        for (String name : List.of("QUERY_QP", "QUERY_CQ", "QUERY_EQ", "QUERY_SQ", "QUERY_RQ", "QUERY_TIR",
                "QUERY_TIS", "QUERY_RQT", "QUERY_MKEY", "QUERY_FLOW_TABLE", "QUERY_GENERAL_OBJECT",
                "QUERY_DRIVER_VERSION", "QUERY_MTT")) {
            assertEquals(Scope.DEBUG_READ_ONLY, byName.get(name).scope(), name);
        }
        for (String name : List.of("SET_HCA_CAP", "QUERY_OTHER_HCA_CAP", "QUERY_ROCE_ADDRESS", "MODIFY_CONG_STATUS",
                "DELEGATE_VHCA_MANAGEMENT")) {
            assertEquals(Scope.CONFIGURATION, byName.get(name).scope(), name);
        }
        assertTrue(SCHEMA.commands().size() >= 94, "commands: " + SCHEMA.commands().size());
        for (String kernel : List.of("CREATE_UCTX", "DESTROY_UCTX", "CREATE_UMEM", "DESTROY_UMEM")) {
            assertFalse(byName.containsKey(kernel), kernel);
        }
        assertTrue(byName.get("ACCESS_REG").byRegister() && byName.get("ACCESS_REGISTER_USER").byRegister());
        assertEquals(2, SCHEMA.commands().stream().filter(Policy.Rule::byRegister).count());
    }

    @Test
    void theDriversTextParsesBackToTheSamePolicy() {
        Policy parsed = Policy.parse(render(SCHEMA));
        assertEquals(List.of(), SCHEMA.differences(parsed));
        assertEquals(SCHEMA, parsed);
    }

    @Test
    void differencesNameTheCommandAndBothSides() {
        String text = render(SCHEMA).replace(" QUERY_QP debug-read-only", " QUERY_QP configuration")
                .replaceAll("command 0x0b22 QUERY_VUID configuration\n", "");
        List<String> d = SCHEMA.differences(Policy.parse(text));
        assertEquals(List.of("0x050b QUERY_QP: debug-read-only against configuration",
                "0x0b22 QUERY_VUID: only in the first policy"), d);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            command 0x0100 QUERY_HCA_CAP sideways   | 'sideways' is not a scope
            command 0x0100 QUERY_HCA_CAP            | expected 4 or 5 words, found 3
            command 0x1ffff X configuration         | 0x1ffff is not a 16-bit number
            command zz X configuration              | 'zz' is not a number
            command 0x0100 X configuration maybe    | unknown flag 'maybe'
            op_mod 0x0999 0x0 configuration         | before its command line
            frobnicate                              | unknown record 'frobnicate'
            """)
    void aBrokenLineIsNamed(String line, String message) {
        String text = "schema 00\n" + line + "\nregister unknown - debug-read-only debug-write-full\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Policy.parse(text));
        assertTrue(e.getMessage().contains("policy line 2") && e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aTextWithoutItsSchemaOrUnknownRegisterLineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Policy.parse("command 0x0100 A configuration\n"));
        assertThrows(IllegalArgumentException.class, () -> Policy.parse("schema 00\n"));
    }

    private static MemorySegment registerAccess(CommandInfo c, int opMod, int registerId) {
        MemorySegment in = MemorySegment.ofArray(new byte[AccessRegisterIn.SIZE_BYTES]);
        Bits.set(in, MboxIn.OPCODE_OFFSET, MboxIn.OPCODE_WIDTH, c.opcode());
        Bits.set(in, MboxIn.OP_MOD_OFFSET, MboxIn.OP_MOD_WIDTH, opMod);
        Bits.set(in, AccessRegisterIn.REGISTER_ID_OFFSET, AccessRegisterIn.REGISTER_ID_WIDTH, registerId);
        return in;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ACCESS_REG,           1, 0x5006, DEBUG_READ_ONLY
            ACCESS_REG,           0, 0x5006, CONFIGURATION
            ACCESS_REG,           0, 0x9014, DEBUG_WRITE_FULL
            ACCESS_REG,           0, 0x1234, DEBUG_WRITE_FULL
            ACCESS_REG,           1, 0x1234, DEBUG_READ_ONLY
            ACCESS_REGISTER_USER, 0, 0x5008, DEBUG_WRITE
            ACCESS_REGISTER_USER, 1, 0x5008, DEBUG_READ_ONLY
            """)
    void registerAccessesTakeTheHigherOfCommandAndRegister(String command, int opMod, String register,
            Scope want) {
        CommandInfo c = Prm.REGISTRY.command(command).orElseThrow();
        assertEquals(want, Policy.leastScope(Prm.REGISTRY, c, registerAccess(c, opMod, Integer.decode(register))));
    }
}
