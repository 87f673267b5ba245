package dev.mlx5ctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchemaIdentityTest {

    private static final String BLOCK = """
            # The NOP command, block style, with docs.
            enums:
              - name: port_state
                doc: A port's state.
                values:
                  - name: up
                    value: 0x1
                  - name: down
                    value: 0x2
            layouts:
              - name: nop_in
                doc: Input of NOP.
                fields:
                  - name: opcode
                    width: 0x10
                  - name: uid
                    width: 0x10
                  - reserved: 0x10
                  - name: op_mod
                    width: 0x10
                  - name: function_id
                    width: 0x10
                  - reserved: 0x30
              - name: nop_out
                fields:
                  - {name: status, width: 0x8, doc: Firmware status.}
                  - {reserved: 0x18}
                  - {name: syndrome, width: 0x20}
                  - {reserved: 0x40}
            commands:
              - name: NOP
                doc: Does nothing.
                opcode: 0x80d
                scope: debug-read-only
                in: nop_in
                out: nop_out
            """;

    /** The same meaning: flow style, decimal numbers, other docs, split over two files in another order. */
    private static final String[] FLOW_SPLIT = {
        "x.yaml", """
            commands: [{name: NOP, opcode: 2061, scope: debug-read-only, in: nop_in, out: nop_out}]
            enums: [{name: port_state, values: [{name: down, value: 2}, {name: up, value: 1, doc: Link up.}]}]
            """,
        "a.yaml", """
            layouts:
              - {name: nop_out, fields: [{name: status, width: 8}, {reserved: 24}, {name: syndrome, width: 32},
                 {reserved: 64}]}
              - {name: nop_in, doc: Other words., fields: [{name: opcode, width: 16}, {name: uid, width: 16},
                 {reserved: 16}, {name: op_mod, width: 16, at: 48},
                 {name: function_id, width: 16}, {reserved: 48}]}
            """};

    private static String identity(String... fileAndText) {
        return SchemaLoaderTest.loadValid(fileAndText).identity();
    }

    @Test
    void isTheSha256OfTheCanonicalFormInHex() throws Exception {
        Schema schema = SchemaLoaderTest.loadValid("s.yaml", BLOCK);

        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(SchemaIdentity.canonicalForm(schema).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(digest), schema.identity());
        assertTrue(schema.identity().matches("[0-9a-f]{64}"));
    }

    @Test
    void ignoresDocsCommentsFormattingNumberBasesAndFiles() {
        assertEquals(identity("s.yaml", BLOCK), identity(FLOW_SPLIT));
    }

    @Test
    void changesWithAFieldWidth() {
        String narrower = BLOCK.replace("function_id\n        width: 0x10\n      - reserved: 0x30",
                "function_id\n        width: 0x8\n      - reserved: 0x38");

        assertNotEquals(BLOCK, narrower);
        assertNotEquals(identity("s.yaml", BLOCK), identity("s.yaml", narrower));
    }

    @Test
    void changesWithAnOpcode() {
        assertNotEquals(identity("s.yaml", BLOCK), identity("s.yaml", BLOCK.replace("0x80d", "0x80e")));
    }

    @Test
    void changesWithAScope() {
        assertNotEquals(identity("s.yaml", BLOCK),
                identity("s.yaml", BLOCK.replace("scope: debug-read-only", "scope: debug-write")));
    }

    @Test
    void changesWithAnEnumValue() {
        assertNotEquals(identity("s.yaml", BLOCK), identity("s.yaml", BLOCK.replace("value: 0x2", "value: 0x3")));
    }
}
