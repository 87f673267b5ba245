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
            sb.append(String.format("command 0x%04x %s %s%s%s%s%n", r.opcode(), r.name(), r.scope().schemaName(),
                    r.byRegister() ? " by-register" : "", r.reads() ? " read" : "",
                    r.clearBit().isPresent() ? " clears=0x" + Integer.toHexString(r.clearBit().getAsInt()) : ""));
            r.opModScopes().forEach((k, v) -> sb.append(String.format("op_mod 0x%04x 0x%04x %s%n", r.opcode(), k,
                    v.schemaName())));
        }
        p.registers().forEach(r -> sb.append(String.format("register 0x%04x %s %s %s%s%n", r.id(), r.name(),
                r.read().schemaName(), r.write().schemaName(), r.clearBit().isPresent()
                        ? " clears=0x" + Integer.toHexString(r.clearBit().getAsInt()) : "")));
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
        assertEquals(List.of("0x050b QUERY_QP: debug-read-only, read against configuration, read",
                "0x0b22 QUERY_VUID: only in the first policy"), d);
        // A driver that would let a read-only file clear the vport counters differs too.
        String clears = render(SCHEMA).replace(" QUERY_VPORT_COUNTER debug-read-only read clears=0xc0",
                " QUERY_VPORT_COUNTER debug-read-only read");
        assertEquals(List.of("0x0770 QUERY_VPORT_COUNTER: debug-read-only, read, clears at 0xc0 against "
                + "debug-read-only, read"), SCHEMA.differences(Policy.parse(clears)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            command 0x0100 QUERY_HCA_CAP sideways   | 'sideways' is not a scope
            command 0x0100 QUERY_HCA_CAP            | expected 4 to 7 words, found 3
            command 0x1ffff X configuration         | 0x1ffff is not a 16-bit number
            command zz X configuration              | 'zz' is not a number
            command 0x0100 X configuration maybe    | unknown or misplaced flag 'maybe'
            command 0x0100 X configuration clears=8 | unknown or misplaced flag 'clears=8'
            command 0x0100 X configuration read by-register | unknown or misplaced flag 'by-register'
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

    /** A mailbox of {@code bytes} bytes with the command's opcode and op_mod, and bit {@code set} (if not -1) set. */
    private static MemorySegment mailbox(CommandInfo c, int bytes, int opMod, int registerId, int set) {
        MemorySegment in = MemorySegment.ofArray(new byte[bytes]);
        Bits.set(in, MboxIn.OPCODE_OFFSET, MboxIn.OPCODE_WIDTH, c.opcode());
        Bits.set(in, MboxIn.OP_MOD_OFFSET, MboxIn.OP_MOD_WIDTH, opMod);
        if (c.byRegister()) {
            Bits.set(in, AccessRegisterIn.REGISTER_ID_OFFSET, AccessRegisterIn.REGISTER_ID_WIDTH, registerId);
        }
        if (set >= 0) {
            Bits.set(in, set, 1, 1);
        }
        return in;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            QUERY_HCA_CAP,        16,   1, 0,      -1,     true
            NOP,                  16,   0, 0,      -1,     true
            QUERY_QP,             16,   0, 0,      -1,     true
            QUERY_VPORT_COUNTER,  32,   0, 0,      -1,     true
            QUERY_VPORT_COUNTER,  32,   0, 0,      0xc0,   false
            QUERY_Q_COUNTER,      32,   0, 0,      0xc0,   false
            QUERY_CONG_STATISTICS, 16,  0, 0,      0x40,   false
            SET_HCA_CAP,          16,   1, 0,      -1,     false
            SET_DIAGNOSTIC_PARAMS, 16,  0, 0,      -1,     false
            CREATE_MKEY,          16,   0, 0,      -1,     false
            QUERY_VUID,           16,   0, 0,      -1,     false
            ACCESS_REG,           16,   1, 0x5006, -1,     true
            ACCESS_REG,           16,   0, 0x5006, -1,     false
            ACCESS_REG,           16,   2, 0x5006, -1,     false
            ACCESS_REG,           16,   1, 0x1234, -1,     false
            ACCESS_REG,           272,  1, 0x5008, -1,     true
            ACCESS_REG,           272,  1, 0x5008, 0xa0,   false
            ACCESS_REGISTER_USER, 272,  1, 0x5008, 0xa0,   false
            ACCESS_REG,           16,   1, 0x5008, -1,     false
            """)
    void aReadOnlyFileSendsOnlyReadsThatClearNothing(String command, int bytes, int opMod, String register,
            String set, boolean reads) {
        CommandInfo c = Prm.REGISTRY.command(command).orElseThrow();
        assertEquals(reads, Policy.reads(Prm.REGISTRY, c, mailbox(c, bytes, opMod, Integer.decode(register),
                Integer.decode(set))));
    }

    @Test
    void theClearBitsAreWhereTheSchemaSays() {
        assertEquals(java.util.OptionalInt.of(0xc0), Prm.REGISTRY.command("QUERY_VPORT_COUNTER").orElseThrow()
                .clearBit());
        // PPCNT's clr: bit 0x20 of the register's data, after swid, local_port, pnat and grp.
        assertEquals(java.util.OptionalInt.of(0x20), Prm.REGISTRY.register("PPCNT").orElseThrow().clearBit());
        Policy parsed = Policy.parse(render(SCHEMA));
        assertTrue(parsed.commands().stream().anyMatch(r -> r.name().equals("QUERY_VPORT_COUNTER") && r.reads()
                && r.clearBit().equals(java.util.OptionalInt.of(0xc0))));
        assertTrue(parsed.registers().stream().anyMatch(r -> r.name().equals("PPCNT")
                && r.clearBit().equals(java.util.OptionalInt.of(0x20))));
    }
}
