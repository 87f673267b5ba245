package dev.mlx5ctl.codegen.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.Register;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import dev.mlx5ctl.schema.Scope;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The C emitter over the schema the project ships: every layout and every user command makes it into the C. */
class RealSchemaCTest {

    private static Schema schema;
    private static String header;
    private static String policy;

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of(System.getProperty("mlx5ctl.root", "..")).resolve("schema/mlx5");
        schema = SchemaLoader.load(dir).schema().orElseThrow(() -> new AssertionError(dir + " does not load"));
        header = CEmitter.ifcHeader(schema, "schema/mlx5");
        policy = CEmitter.policySource(schema, "schema/mlx5");
    }

    @Test
    void definesEveryLayoutOnceWithItsSizeAsserted() {
        for (Layout l : schema.layouts()) {
            String type = IfcHeader.type(l);
            assertEquals(1, count(header, "\n" + type + " {\n"), type);
            assertTrue(header.contains("static_assert(sizeof(" + type + ") == 0x" + Integer.toHexString(l.sizeBits())
                    + ");"), type);
        }
    }

    @Test
    void policyHoldsEachUserCommandOnceInOpcodeOrder() {
        List<String> expected = schema.commands().stream().filter(c -> c.scope() != Scope.KERNEL)
                .sorted(Comparator.comparingInt(Command::opcode)).map(Command::name).toList();
        String commands = policy.substring(0, policy.indexOf("mlx5ctl_policy_table_len"));
        assertEquals(expected, names(commands));
    }

    @Test
    void registerPolicyHoldsEachRegisterOnceInIdOrderWithItsScopes() {
        String table = policy.substring(policy.indexOf("mlx5ctl_reg_policy_table[] = {"),
                policy.indexOf("mlx5ctl_reg_policy_table_len"));
        List<Register> registers = schema.registers().stream().sorted(Comparator.comparingInt(Register::id)).toList();
        assertEquals(registers.stream().map(Register::name).toList(), names(table));
        for (Register r : registers) {
            String clears = r.clears().map(b -> ",\n\t  .clears = true, .clear_bit = 0x"
                    + Integer.toHexString(b.offset()) + " /* " + b.path() + " */").orElse("");
            assertTrue(table.contains(".name = \"" + r.name() + "\", .read = MLX5CTL_RPC_" + r.read().name()
                    + ", .write = MLX5CTL_RPC_" + r.write().name() + clears + " }"), r.name());
        }
        Register dump = schema.registers().stream().filter(r -> r.name().equals("RESOURCE_DUMP")).findFirst()
                .orElseThrow();
        assertEquals(Scope.DEBUG_WRITE_FULL, dump.write(), "a RESOURCE_DUMP 'write' dumps too");
    }

    private static List<String> names(String text) {
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("\\.name = \"(\\w+)\",").matcher(text);
        while (m.find()) {
            listed.add(m.group(1));
        }
        return listed;
    }

    @Test
    void policyLeavesKernelCommandsOut() {
        List<Command> kernel = schema.commands().stream().filter(c -> c.scope() == Scope.KERNEL).toList();
        assertFalse(kernel.isEmpty(), "the schema has driver-only commands (user contexts, umems)");
        for (Command c : kernel) {
            assertFalse(policy.contains("\"" + c.name() + "\""), c.name());
            assertTrue(header.contains("MLX5CTL_CMD_OP_" + c.name() + " = "), c.name());
        }
    }

    @Test
    void policyTakesTheLeastInputOfAMailboxWhoseEmbeddedLayoutEndsFlexible() {
        // set_diagnostic_params_in ends in diagnostic_params_context, which ends in counter_id[0]; the mailbox is
        // only useful with counter ids in it.
        Layout in = schema.layout("set_diagnostic_params_in").orElseThrow();
        assertTrue(in.ownFlexibleTail().isEmpty(), "the array is not set_diagnostic_params_in's own field");
        assertTrue(schema.flexibleTail(in).isPresent());
        assertTrue(policy.contains("""
                		.min_inlen = MLX5CTL_ST_SZ_BYTES(set_diagnostic_params_in),
                		.min_outlen = 16,
                """), policy);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
