package dev.mlx5ctl.codegen.c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.Location;
import dev.mlx5ctl.schema.Register;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CEmitterTest {

    private static final String SOURCE = "schema/mlx5";

    private final Schema schema = SampleSchema.build();
    private final String header = CEmitter.ifcHeader(schema, SOURCE);
    private final String policy = CEmitter.policySource(schema, SOURCE);

    @Test
    void bannersNameTheSchemaAndTheRegenerateCommand() {
        assertTrue(header.startsWith("/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */\n/*\n"
                + " * Generated from schema/mlx5 by mlx5ctl codegen; do not edit.\n * Regenerate: make generate\n"));
        assertTrue(policy.startsWith("// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0\n/*\n"
                + " * Generated from schema/mlx5 by mlx5ctl codegen; do not edit.\n"));
    }

    @Test
    void headerIsGuardedAgainstDoubleInclusion() {
        assertTrue(header.contains("#ifndef __MLX5CTL_IFC_GEN_H\n#define __MLX5CTL_IFC_GEN_H\n"));
        assertTrue(header.endsWith("#endif /* __MLX5CTL_IFC_GEN_H */\n"));
    }

    @Test
    void writesOneU8PerBitAsMlx5IfcDoes() {
        assertTrue(header.contains("""
                /* Input of a command. */
                struct mlx5ctl_ifc_nop_in_bits {
                	u8         opcode[0x10];
                	u8         uid[0x10];
                	u8         reserved_at_20[0x10];
                	u8         op_mod[0x10];
                	u8         reserved_at_40[0x40];
                };

                static_assert(sizeof(struct mlx5ctl_ifc_nop_in_bits) == 0x80);
                """), header);
    }

    @Test
    void writesArraysOfBytesLayoutsAndFlexibleTails() {
        assertTrue(header.contains("\tstruct mlx5ctl_ifc_mtt_bits mtts[2];\n"));
        assertTrue(header.contains("\tu8         tag[4][0x8];\n"));
        assertTrue(header.contains("\tu8         register_data[0][0x20];\n"));
    }

    @Test
    void embedsUnionsAsUnionsAndPadsThemToTheirDeclaredSize() {
        assertTrue(header.contains("""
                union mlx5ctl_ifc_hca_cap_union_bits {
                	struct mlx5ctl_ifc_cmd_hca_cap_bits cmd_hca_cap;
                	struct mlx5ctl_ifc_roce_cap_bits roce_cap;
                	u8         reserved_at_0[0x80];
                };
                """), header);
        assertTrue(header.contains("\tunion mlx5ctl_ifc_hca_cap_union_bits capability;\n"));
    }

    @Test
    void assertsEveryLayoutsSizeInBits() {
        for (var layout : schema.layouts()) {
            String assertion = "static_assert(sizeof(" + IfcHeader.type(layout) + ") == 0x"
                    + Integer.toHexString(layout.sizeBits()) + ");";
            assertTrue(header.contains(assertion), assertion);
        }
    }

    @Test
    void definesEveryLayoutAfterTheLayoutsItEmbeds() {
        List<String> order = definitionOrder(header);
        assertEquals(schema.layouts().size(), order.size());
        assertTrue(order.indexOf("cmd_hca_cap") < order.indexOf("hca_cap_union"));
        assertTrue(order.indexOf("roce_cap") < order.indexOf("hca_cap_union"));
        assertTrue(order.indexOf("hca_cap_union") < order.indexOf("query_hca_cap_out"));
        assertTrue(order.indexOf("mtt") < order.indexOf("access_register_in"));
    }

    @Test
    void keepsSchemaOrderWhereNothingForcesAnother() {
        List<String> order = definitionOrder(header);
        assertTrue(order.indexOf("query_hca_cap_in") < order.indexOf("nop_in"));
        assertTrue(order.indexOf("nop_in") < order.indexOf("nop_out"));
    }

    @Test
    void namesOpcodesEnumValuesRegistersAndCapTypes() {
        assertTrue(header.contains("\tMLX5CTL_CMD_OP_QUERY_HCA_CAP = 0x100,\n"));
        assertTrue(header.contains("\tMLX5CTL_CMD_OP_CREATE_UCTX = 0xa04,\n"));
        assertTrue(header.contains("""
                /* Enum port_admin_status: Administrative state of a port. */
                /* The port is enabled. */
                #define MLX5CTL_PORT_ADMIN_STATUS_UP 0x1
                #define MLX5CTL_PORT_ADMIN_STATUS_DOWN 0x2
                """), header);
        assertTrue(header.contains("#define MLX5CTL_PORT_ADMIN_STATUS_100GBASE_CR4 0x3\n"));
        assertTrue(header.contains("\tMLX5CTL_REG_PAOS = 0x5006,\n"));
        assertTrue(header.contains("\tMLX5CTL_CAP_ROCE = 0x4,\n"));
    }

    @Test
    void listsOpcodesInNumericOrder() {
        assertTrue(header.indexOf("MLX5CTL_CMD_OP_QUERY_HCA_CAP") < header.indexOf("MLX5CTL_CMD_OP_ACCESS_REG"));
        assertTrue(header.indexOf("MLX5CTL_CMD_OP_ACCESS_REG") < header.indexOf("MLX5CTL_CMD_OP_NOP"));
        assertTrue(header.indexOf("MLX5CTL_CMD_OP_NOP") < header.indexOf("MLX5CTL_CMD_OP_CREATE_UCTX"));
    }

    @Test
    void writesSixtyFourBitFlagsExactly() {
        assertTrue(header.contains("/* Flag set big_flags. */\n#define MLX5CTL_BIG_FLAGS_LOW 0x1\n"
                + "#define MLX5CTL_BIG_FLAGS_HIGH 0x10000000000\n"), header);
    }

    @Test
    void wrapsLongDocsIntoBlockComments() {
        String doc = "word ".repeat(40).strip();
        String text = CText.comment(1, doc);
        assertTrue(text.startsWith("\t/*\n\t * word"));
        for (String line : text.split("\n")) {
            assertTrue(line.replace("\t", "        ").length() <= 80, line);
        }
        assertEquals(doc, text.replaceAll("[\t/*\n]", " ").replaceAll("\\s+", " ").strip());
    }

    @Test
    void keepsDocsFromClosingTheirComment() {
        assertEquals("/* a * / b */\n", CText.comment(0, "a */ b"));
    }

    @Test
    void policyTableHoldsUserCommandsByOpcodeAndLeavesKernelOnesOut() {
        List<String> opcodes = new ArrayList<>();
        Matcher m = Pattern.compile("\\.opcode = MLX5CTL_CMD_OP_(\\w+),").matcher(policy);
        while (m.find()) {
            opcodes.add(m.group(1));
        }
        assertEquals(List.of("QUERY_HCA_CAP", "ACCESS_REG", "NOP"), opcodes);
        assertFalse(policy.contains("CREATE_UCTX"));
    }

    @Test
    void policyBoundsLeastLengthsByTheLayoutsAndMarksRegisterAccesses() {
        assertTrue(policy.contains("""
                		.opcode = MLX5CTL_CMD_OP_QUERY_HCA_CAP,
                		.name = "QUERY_HCA_CAP",
                		.scope = MLX5CTL_RPC_CONFIGURATION,
                		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_hca_cap_in),
                		.min_outlen = 16,
                """), policy);
        assertTrue(policy.contains("""
                		.by_register = true,
                		.min_inlen = MLX5CTL_ST_SZ_BYTES(access_register_in),
                		.min_outlen = 16,
                """), policy);
        assertFalse(policy.contains("max_"), "no upper bounds but the uAPI's: " + policy);
        assertEquals(1, policy.split("by_register", -1).length - 1, "only ACCESS_REG is a register access here");
    }

    @Test
    void policyOverridesNameTheOpModByItsEnum() {
        assertTrue(policy.contains("""
                static const struct mlx5ctl_op_mod_scope access_reg_op_mod_scopes[] = {
                	{ .op_mod = MLX5CTL_ACCESS_REG_OP_MOD_WRITE, .scope = MLX5CTL_RPC_CONFIGURATION },
                };
                """), policy);
        assertTrue(policy.contains("\t\t.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,\n"
                + "\t\t.n_overrides = ARRAY_SIZE(access_reg_op_mod_scopes),\n"
                + "\t\t.overrides = access_reg_op_mod_scopes,\n"));
    }

    @Test
    void policyEmbedsTheSchemaIdentityAsBytes() {
        Matcher m = Pattern.compile("mlx5ctl_schema_id\\[32\\] = \\{\\n([^}]*)\\};").matcher(policy);
        assertTrue(m.find(), policy);
        String hex = m.group(1).replaceAll("0x|[,\\s]", "");
        assertEquals(SampleSchema.IDENTITY, hex);
    }

    @Test
    void refusesAnIdentityThatIsNotASha256() {
        Schema bad = new Schema(schema.enums(), schema.layouts(), schema.commands(), schema.registers(),
                schema.capTypes(), "abc");
        assertThrows(IllegalArgumentException.class, () -> CEmitter.policySource(bad, SOURCE));
    }

    @Test
    void refusesAKernelScopeForOneOpMod() {
        Location here = new Location("x.yaml", 3, 1);
        Command.OpMod opMod = new Command.OpMod("", Optional.empty(), Optional.empty(),
                List.of(new Command.ScopeOverride(7, Scope.KERNEL, here)), here);
        List<Command> commands = new ArrayList<>(schema.commands());
        commands.add(SampleSchema.command("MIXED", 0x900, Scope.DEBUG_WRITE, "nop_in", "nop_out",
                Optional.of(opMod)));
        Schema bad = new Schema(schema.enums(), schema.layouts(), commands, schema.registers(),
                schema.capTypes(), schema.identity());
        var e = assertThrows(IllegalArgumentException.class, () -> CEmitter.policySource(bad, SOURCE));
        assertTrue(e.getMessage().contains("MIXED"), e.getMessage());
    }

    @Test
    void refusesTwoSchemaNamesThatBecomeOneCName() {
        List<Register> registers = new ArrayList<>(schema.registers());
        registers.add(new Register("PAOS", 0x5007, "mtt", "", new Location("x.yaml", 9, 1)));
        Schema clash = new Schema(schema.enums(), schema.layouts(), schema.commands(), registers,
                schema.capTypes(), schema.identity());
        var e = assertThrows(IllegalArgumentException.class, () -> CEmitter.ifcHeader(clash, SOURCE));
        assertTrue(e.getMessage().contains("MLX5CTL_REG_PAOS"), e.getMessage());
    }

    @Test
    void sameSchemaGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        CEmitter.emit(SampleSchema.build(), SOURCE, first);
        CEmitter.emit(SampleSchema.build(), SOURCE, second);
        for (String name : List.of(IfcHeader.FILE_NAME, PolicySource.FILE_NAME)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)),
                    name);
        }
        assertEquals(header, Files.readString(first.resolve(IfcHeader.FILE_NAME)));
    }

    private static List<String> definitionOrder(String header) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(?:struct|union) mlx5ctl_ifc_(\\w+)_bits \\{").matcher(header);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
