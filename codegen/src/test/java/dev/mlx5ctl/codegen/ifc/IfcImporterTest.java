package dev.mlx5ctl.codegen.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The importer over resources/ifc/mini_ifc.h beside a one-layout hand-written schema. */
class IfcImporterTest {

    /** nop_in by hand, with op_mod one bit too wide (a mistake the import must report, not repair). */
    private static final String HAND = """
            layouts:
              - name: nop_in
                doc: By hand.
                size: 0x80
                fields:
                  - {name: opcode, width: 0x10}
                  - {name: uid, width: 0x10}
                  - {reserved: 0xf}
                  - {name: op_mod, width: 0x11}
                  - {reserved: 0x40}
            """;

    private static IfcImporter.Result result;
    private static Schema merged;

    @BeforeAll
    static void importMini() throws IOException, URISyntaxException {
        IfcModel ifc = IfcParser.parse(Path.of(Objects.requireNonNull(IfcImporterTest.class
                .getResource("/ifc/mini_ifc.h")).toURI()));
        List<SchemaLoader.Source> hand = List.of(new SchemaLoader.Source("hand.yaml", HAND));
        Schema handSchema = SchemaLoader.load(hand).schema().orElseThrow();
        result = IfcImporter.run(ifc, handSchema, hand, "imported.yaml", "mini_ifc.h", "import-ifc mini_ifc.h");
        List<SchemaLoader.Source> both = new ArrayList<>(hand);
        both.add(new SchemaLoader.Source("imported.yaml", result.yaml()));
        SchemaLoader.Result loaded = SchemaLoader.load(both);
        assertTrue(loaded.diagnostics().isEmpty(), loaded.diagnostics().toString());
        merged = loaded.schema().orElseThrow();
    }

    @Test
    void keepsTheHandWrittenLayoutAndReportsWhereItDiffersFromTheHeader() {
        assertEquals("By hand.", merged.layout("nop_in").orElseThrow().doc());
        assertTrue(result.reports().stream().anyMatch(r -> r.contains("field 'op_mod' of hand-written layout "
                + "'nop_in' is at 0x2f, 0x11 bits; the header has 0x30, 0x10 bits")), result.reports().toString());
        assertEquals(1, result.existing());
    }

    @Test
    void importsTheOtherLayoutsWithTheHeadersOffsets() {
        Layout table = merged.layout("table").orElseThrow();
        assertEquals(List.of("mac", "entry", "choice", "pas"), table.fields().stream().map(Field::name).toList());
        assertEquals(0x80 + 3 * 0x20, table.field("choice").orElseThrow().offset());
        assertEquals(0x80 + 3 * 0x20 + 0x40, table.sizeBits());
        assertEquals("mixed_case", merged.layout("entry").orElseThrow().fields().getFirst().name());
        assertEquals(List.of("entry", "table", "table_choice", "tail"),
                merged.layouts().stream().map(Layout::name).filter(n -> !n.equals("nop_in")).toList());
    }

    @Test
    void writesAMemberWiderThan64BitsAsAnArrayOfDwords() {
        Field.Array mac = (Field.Array) merged.layout("table").orElseThrow().field("mac").orElseThrow();
        assertEquals(4, mac.count());
        assertEquals(0x20, mac.element().width());
    }

    @Test
    void importsTheOpcodeEnum() {
        assertEquals(List.of("query_hca_cap", "nop"), merged.enumDef(IfcImporter.OPCODE_ENUM).orElseThrow()
                .values().stream().map(v -> v.name()).toList());
        assertEquals(2, result.opcodes());
    }

    @Test
    void leavesOutALayoutItCouldNotReadCompletelyAndSaysSo() {
        assertTrue(merged.layout("bad").isEmpty());
        assertTrue(result.reports().stream().anyMatch(r -> r.contains("struct mlx5_ifc_bad_bits not imported")),
                result.reports().toString());
        assertEquals(4, result.errors(), result.reports().toString());
    }

    @Test
    void leavesOutALayoutWhoseMemberIsNoSchemaIdentifier() {
        assertTrue(merged.layout("odd").isEmpty());
        assertTrue(result.reports().stream().anyMatch(r -> r.contains("struct mlx5_ifc_odd_bits not imported: "
                + "'_leading_underscore' is not a schema identifier")), result.reports().toString());
    }

    @Test
    void isDeterministic() throws IOException, URISyntaxException {
        IfcModel again = IfcParser.parse(Path.of(Objects.requireNonNull(IfcImporterTest.class
                .getResource("/ifc/mini_ifc.h")).toURI()));
        List<SchemaLoader.Source> hand = List.of(new SchemaLoader.Source("hand.yaml", HAND));
        IfcImporter.Result second = IfcImporter.run(again, SchemaLoader.load(hand).schema().orElseThrow(), hand,
                "imported.yaml", "mini_ifc.h", "import-ifc mini_ifc.h");
        assertEquals(result.yaml(), second.yaml());
    }

    @Test
    void keepsTheFormatsAndUnitsOfTheImportItReplaces() throws IOException, URISyntaxException {
        // The committed import with keys people added: the header knows nothing of them.
        String field = "{name: count, width: 0x20}";
        String layout = "  - name: entry\n    doc: \"C type struct mlx5_ifc_entry_bits.\"\n    size: 0x20\n";
        assertTrue(result.yaml().contains(field) && result.yaml().contains(layout), result.yaml());
        String committed = result.yaml()
                .replace(field, "{name: count, width: 0x20, unit: \"entries \\\"n\\\"\"}")
                .replace(layout, layout + "    format: ascii\n");
        IfcModel again = IfcParser.parse(Path.of(Objects.requireNonNull(IfcImporterTest.class
                .getResource("/ifc/mini_ifc.h")).toURI()));
        List<SchemaLoader.Source> hand = List.of(new SchemaLoader.Source("hand.yaml", HAND));
        IfcImporter.Result regenerated = IfcImporter.run(again, SchemaLoader.load(hand).schema().orElseThrow(),
                hand, "imported.yaml", "mini_ifc.h", "import-ifc mini_ifc.h",
                SchemaLoader.presentationKeys(new SchemaLoader.Source("imported.yaml", committed)));
        assertEquals(committed, regenerated.yaml());
    }
}
