package dev.mlx5ctl.codegen.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the cross-check asserts, and what it refuses to leave unchecked. */
class CrosscheckEmitterTest {

    private static final String HEADER = """
            enum {
            	MLX5_CMD_OP_NOP = 0x80d,
            	MLX5_CMD_OP_MAX
            };
            struct mlx5_ifc_nop_in_bits {
            	u8         opcode[0x10];
            	u8         reserved_at_10[0x10];
            	u8         reserved_at_20[0x10];
            	u8         op_mod[0x10];
            	u8         reserved_at_40[0x40];
            };
            struct mlx5_ifc_holder_bits {
            	u8         a[0x20];
            	union {
            		u8         b[0x20];
            		u8         reserved_at_0[0x20];
            	} choice;
            };
            """;

    private static Schema schema(String yaml) {
        SchemaLoader.Result r = SchemaLoader.load(List.of(new SchemaLoader.Source("s.yaml", yaml)));
        return r.schema().orElseThrow(() -> new AssertionError(r.diagnostics().toString()));
    }

    private static final String NOP = """
            commands:
              - {name: NOP, opcode: 0x80d, scope: debug-read-only, in: nop_in, out: nop_out}
            layouts:
              - name: nop_out
                fields:
                  - {name: status, width: 0x8}
                  - {reserved: 0x18}
                  - {name: syndrome, width: 0x20}
                  - {reserved: 0x40}
              - name: nop_in
                fields:
                  - {name: opcode, width: 0x10}
                  - {name: uid, width: 0x10}
                  - {reserved: 0x10}
                  - {name: op_mod, width: 0x10}
                  - {reserved: 0x40}
            """;

    @Test
    void assertsOffsetAndWidthOfEveryMatchedFieldAndTheOpcode() {
        CrosscheckEmitter.Result r = CrosscheckEmitter.emit(schema(NOP), IfcParser.parse("h.h", HEADER), "s", "h.h");
        assertTrue(r.unmatched().isEmpty(), r.unmatched().toString());
        assertTrue(r.text().contains("static_assert(__mlx5_bit_off(nop_in, op_mod) == 0x30 &&\n"
                + "\t      __mlx5_bit_sz(nop_in, op_mod) == 0x10, \"nop_in.op_mod\");"), r.text());
        assertTrue(r.text().contains("static_assert(MLX5_CMD_OP_NOP == 0x80d, \"opcode NOP\");"), r.text());
        assertEquals(2, r.fields(), "opcode and op_mod; uid is a known difference");
        assertEquals(1, r.skipped());
        assertEquals(List.of("nop_out"), r.notInHeader());
        assertEquals(1, r.opcodes());
    }

    @Test
    void refusesAFieldTheHeaderLacksUnlessItIsAKnownDifference() {
        String extra = NOP.replace("      - {name: op_mod, width: 0x10}\n      - {reserved: 0x40}",
                "      - {name: op_mod, width: 0x10}\n      - {name: modifier, width: 0x20}\n      - {reserved: 0x20}");
        CrosscheckEmitter.Result r = CrosscheckEmitter.emit(schema(extra), IfcParser.parse("h.h", HEADER), "s",
                "h.h");
        assertEquals(1, r.unmatched().size(), r.unmatched().toString());
        assertTrue(r.unmatched().getFirst().contains("field 'modifier' of layout 'nop_in' is not in struct "
                + "mlx5_ifc_nop_in_bits"), r.unmatched().getFirst());
    }

    @Test
    void reachesAnInlineUnionThroughItsHolderAtTheHoldersOffset() {
        String yaml = """
                layouts:
                  - name: holder_choice
                    kind: union
                    size: 0x20
                    fields:
                      - {name: b, width: 0x20}
                      - {reserved: 0x20}
                  - name: holder
                    fields:
                      - {name: a, width: 0x20}
                      - {name: choice, layout: holder_choice}
                """;
        CrosscheckEmitter.Result r = CrosscheckEmitter.emit(schema(yaml), IfcParser.parse("h.h", HEADER), "s", "h.h");
        assertTrue(r.text().contains("__mlx5_bit_off(holder, choice.b) == 0x20"), r.text());
    }
}
