package dev.mlx5ctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaLoaderTest {

    /** A small schema touching every form of field, a union, a command with op_mod overrides and registers. */
    static final String VALID = """
            enums:
              - name: access_reg_op_mod
                doc: What ACCESS_REG does.
                values:
                  - {name: write, value: 0x0}
                  - {name: read, value: 0x1}
              - name: uctx_cap
                flags: true
                values:
                  - {name: raw_tx, value: 0x1}
                  - {name: tools_resources, value: 0x4}
            layouts:
              - name: access_register_in
                doc: Input of ACCESS_REG.
                fields:
                  - {name: opcode, width: 0x10}
                  - {name: uid, width: 0x10}
                  - {reserved: 0x10}
                  - {name: op_mod, width: 0x10, at: 0x30, enum: access_reg_op_mod}
                  - {reserved: 0x10}
                  - {name: register_id, width: 0x10}
                  - {name: argument, width: 0x20}
                  - {name: register_data, width: 0x20, count: flexible}
              - name: access_register_out
                fields:
                  - {name: status, width: 0x8}
                  - {reserved: 0x18}
                  - {name: syndrome, width: 0x20}
                  - {reserved: 0x40}
                  - {name: register_data, width: 0x20, count: flexible}
              - name: uctx
                fields:
                  - {name: cap, width: 0x20, enum: uctx_cap}
                  - {name: addr, width: 0x40}
                  - {name: pair, layout: pair, count: 2}
                  - {name: bytes, width: 0x8, count: 4}
              - name: pair
                size: 0x40
                fields:
                  - {name: a, width: 0x20}
                  - {name: b, width: 0x20}
              - name: either
                kind: union
                size: 0x100
                fields:
                  - {name: small, layout: pair}
                  - {name: big, layout: uctx, at: 0}
            commands:
              - name: ACCESS_REG
                opcode: 0x805
                scope: debug-read-only
                in: access_register_in
                out: access_register_out
                op_mod:
                  enum: access_reg_op_mod
                  scopes:
                    - {op_mod: write, scope: configuration, doc: Writing a register configures the device.}
            registers:
              - {name: PAOS, id: 0x5006, layout: pair}
            cap_types:
              - {name: general, value: 0x0, layout: uctx}
            """;

    static SchemaLoader.Result load(String... fileAndText) {
        List<SchemaLoader.Source> sources = new java.util.ArrayList<>();
        for (int i = 0; i < fileAndText.length; i += 2) {
            sources.add(new SchemaLoader.Source(fileAndText[i], fileAndText[i + 1]));
        }
        return SchemaLoader.load(sources);
    }

    static Schema loadValid(String... fileAndText) {
        SchemaLoader.Result result = load(fileAndText);
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        return result.schema().orElseThrow();
    }

    @Test
    void resolvesOffsetsWidthsAndSizes() {
        Schema schema = loadValid("s.yaml", VALID);

        Layout in = schema.layout("access_register_in").orElseThrow();
        assertEquals(Layout.Kind.STRUCT, in.kind());
        assertEquals(0x80, in.sizeBits(), "the flexible tail adds nothing to the fixed size");
        assertEquals("Input of ACCESS_REG.", in.doc());
        assertEquals(List.of("opcode@0x0+0x10", "uid@0x10+0x10", "reserved_at_20@0x20+0x10", "op_mod@0x30+0x10",
                "reserved_at_40@0x40+0x10", "register_id@0x50+0x10", "argument@0x60+0x20",
                "register_data@0x80+0x0"), describe(in));
        Field.Scalar opMod = assertInstanceOf(Field.Scalar.class, in.field("op_mod").orElseThrow());
        assertEquals(Optional.of("access_reg_op_mod"), opMod.enumName());
        Field.Array data = in.ownFlexibleTail().orElseThrow();
        assertTrue(data.flexible());
        assertEquals(0x20, data.element().width());

        Layout uctx = schema.layout("uctx").orElseThrow();
        assertEquals(List.of("cap@0x0+0x20", "addr@0x20+0x40", "pair@0x60+0x80", "bytes@0xe0+0x20"),
                describe(uctx));
        Field.Array pairs = assertInstanceOf(Field.Array.class, uctx.field("pair").orElseThrow());
        assertEquals(new Field.LayoutElement("pair", 0x40), pairs.element());
        assertEquals(2, pairs.count());
        assertEquals(0x100, uctx.sizeBits());
    }

    private static List<String> describe(Layout layout) {
        return layout.fields().stream()
                .map(f -> f.name() + "@0x" + Integer.toHexString(f.offset()) + "+0x" + Integer.toHexString(f.width()))
                .toList();
    }

    @Test
    void buildsCommandsRegistersCapTypesAndEnums() {
        Schema schema = loadValid("s.yaml", VALID);

        Command accessReg = schema.command("ACCESS_REG").orElseThrow();
        assertEquals(0x805, accessReg.opcode());
        assertEquals("access_register_in", accessReg.in());
        assertEquals(Scope.CONFIGURATION, accessReg.scopeFor(0), "write is overridden to configuration");
        assertEquals(Scope.DEBUG_READ_ONLY, accessReg.scopeFor(1), "read keeps the command's scope");
        assertEquals(Optional.of("access_reg_op_mod"), accessReg.opMod().orElseThrow().enumName());

        assertEquals(List.of(new Register("PAOS", 0x5006, "pair", "", schema.registers().getFirst().location())),
                schema.registers());
        assertEquals("uctx", schema.capTypes().getFirst().layout());

        EnumDef caps = schema.enumDef("uctx_cap").orElseThrow();
        assertTrue(caps.flags());
        assertEquals(List.of(1L, 4L), caps.values().stream().map(EnumDef.Value::value).toList());
        assertEquals(64, schema.identity().length());
    }

    @Test
    void locationsPointAtWhereElementsWereWritten() {
        Schema schema = loadValid("schema/mlx5/a.yaml", VALID);

        assertEquals(new Location("schema/mlx5/a.yaml", 13, 5), schema.layout("access_register_in").orElseThrow()
                .location());
        assertEquals(new Location("schema/mlx5/a.yaml", 21, 9), schema.layout("access_register_in").orElseThrow()
                .field("register_id").orElseThrow().location());
    }

    @Test
    void unionMembersAllStartAtZero() {
        Layout either = loadValid("s.yaml", VALID).layout("either").orElseThrow();

        assertEquals(Layout.Kind.UNION, either.kind());
        assertEquals(0x100, either.sizeBits());
        assertEquals(List.of(0, 0), either.fields().stream().map(Field::offset).toList());
        assertEquals(List.of(0x40, 0x100), either.fields().stream().map(Field::width).toList());
    }

    @Test
    void aFlexibleTailEndsEveryLayoutThatEmbedsItLast() {
        Schema schema = loadValid("s.yaml", """
                layouts:
                  - {name: umem, fields: [{name: n, width: 0x20}, {name: mtt, width: 0x40, count: flexible}]}
                  - {name: create_umem_in, fields: [{reserved: 0x80}, {name: umem, layout: umem}]}
                  - {name: fixed, fields: [{name: u, layout: create_umem_in, count: 1}]}
                """.replace(", count: 1", ""));

        Layout in = schema.layout("create_umem_in").orElseThrow();
        assertEquals(0xa0, in.sizeBits());
        assertTrue(in.ownFlexibleTail().isEmpty(), "the array is not a field of create_umem_in itself");
        assertEquals("mtt", schema.flexibleTail(in).orElseThrow().name());
        assertEquals("mtt", schema.flexibleTail(schema.layout("fixed").orElseThrow()).orElseThrow().name());
        assertTrue(schema.flexibleTail(schema.layout("umem").orElseThrow()).isPresent());
    }

    @Test
    void namesAreVisibleAcrossFiles() {
        Schema schema = loadValid(
                "b.yaml", "layouts: [{name: outer, fields: [{name: inner, layout: inner}]}]\n",
                "a.yaml", "layouts: [{name: inner, fields: [{name: x, width: 0x20}]}]\n");

        assertEquals(0x20, schema.layout("outer").orElseThrow().sizeBits());
    }

    @Test
    void reportsEveryProblemOfEveryFileInOneRun() {
        SchemaLoader.Result result = load(
                "a.yaml", """
                        layouts:
                          - name: a
                            size: 0x40
                            fields:
                              - {name: x, width: 0x20}
                              - {name: x, width: 0x41}
                        """,
                "b.yaml", "layouts: [{name: b, fields: [{name: y, width: 0x20}]\n",
                "c.yaml", """
                        commands:
                          - {name: NOP, opcode: 0x80d, scope: root, in: a, out: a}
                        registers:
                          - {name: paos, id: 0x5006, layout: a}
                        """);

        assertEquals(List.of(
                "a.yaml:6:16: error: duplicate field 'x' in layout 'a' (first defined at a.yaml:5:16)",
                "a.yaml:6:26: error: width 0x41 of field 'x' of layout 'a' is out of range (1 to 0x40)",
                "b.yaml:2:1: error: YAML syntax error: expected ',' or '}', but got <stream end> "
                        + "(while parsing a flow mapping at 1:11)",
                "c.yaml:2:39: error: unknown scope 'root' of command 'NOP'; valid scopes: configuration, "
                        + "debug-read-only, debug-write, debug-write-full, kernel",
                "c.yaml:4:12: error: register name 'paos' is not UPPER_SNAKE_CASE ([A-Z][A-Z0-9_]*)"),
                result.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(result.hasErrors());
        assertTrue(result.schema().isEmpty());
    }

    @Test
    void loadsFilesInNameOrderAndNamesThemAsTheDirectoryWasGiven(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("mlx5");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("b.yaml"), "layouts: [{name: second, fields: [{name: x, width: 0x20}]}]\n");
        Files.writeString(dir.resolve("a.yaml"), "layouts: [{name: first, fields: [{name: x, width: 0x20}]}]\n");
        Files.writeString(dir.resolve("notes.txt"), "not a schema file");

        Schema schema = SchemaLoader.load(dir).schema().orElseThrow();

        assertEquals(List.of("first", "second"), schema.layouts().stream().map(Layout::name).toList());
        assertEquals(dir + "/a.yaml", schema.layouts().getFirst().location().file());
    }

    @Test
    void aMissingDirectoryIsAnIoErrorNamingIt(@TempDir Path tmp) {
        Path missing = tmp.resolve("nope");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SchemaLoader.load(missing));

        assertEquals(missing.toString(), e.getFile());
    }

    @Test
    void aDirectoryWithoutSchemaFilesIsAnError(@TempDir Path tmp) throws IOException {
        SchemaLoader.Result result = SchemaLoader.load(tmp);

        assertEquals(List.of(tmp + ": error: no schema files (*.yaml) in this directory"),
                result.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedNotThrown(@TempDir Path tmp) throws IOException {
        Files.write(tmp.resolve("bad.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});

        SchemaLoader.Result result = SchemaLoader.load(tmp);

        assertEquals(List.of(tmp + "/bad.yaml:1:1: error: file is not valid UTF-8"),
                result.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void hexOctalAndDecimalAreNumbersButQuotedNumbersAreStrings() {
        Schema schema = loadValid("s.yaml",
                "layouts: [{name: a, fields: [{name: x, width: 0x10}, {name: y, width: 0o10}, {name: z, width: 8}]}]\n");
        assertEquals(0x20, schema.layout("a").orElseThrow().sizeBits());

        SchemaLoader.Result quoted = load("s.yaml", "layouts: [{name: a, fields: [{name: x, width: '0x20'}]}]\n");
        assertEquals(List.of("s.yaml:1:47: error: 'width' of field 'x' of layout 'a' must be a number, "
                + "not the string '0x20'"), quoted.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aProblemIsNotRepeatedByWhatDependsOnIt() {
        // 'inner' is broken; 'outer' embeds it and a command uses 'outer': one error, where it was written.
        SchemaLoader.Result result = load("s.yaml", """
                layouts:
                  - {name: inner, fields: [{name: x, width: 0x20, layout: other}]}
                  - {name: outer, fields: [{name: i, layout: inner}, {reserved: 0x60}]}
                commands:
                  - {name: NOP, opcode: 0x80d, scope: kernel, in: outer, out: outer}
                """);

        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        assertFalse(result.diagnostics().getFirst().message().contains("outer"));
    }

    @Test
    void withoutTheImportEntriesOverImportedLayoutsAreLeftOutNotErrors() {
        String text = """
                layouts:
                  - name: cmd_in
                    fields: [{name: opcode, width: 0x10}, {reserved: 0x70}]
                  - name: cmd_out
                    fields: [{name: status, width: 0x8}, {reserved: 0x18}, {name: syndrome, width: 0x20},
                             {reserved: 0x40}]
                  - name: sched_reply
                    fields: [{name: status, width: 0x8}, {reserved: 0x38}, {name: ctx, layout: scheduling_context}]
                commands:
                  - {name: NOP, opcode: 0x80d, scope: configuration, in: cmd_in, out: cmd_out}
                  - {name: QUERY_QP, opcode: 0x50b, scope: debug-read-only, in: query_qp_in, out: query_qp_out}
                registers:
                  - {name: PMTU, id: 0x5003, layout: pmtu_reg}
                cap_types:
                  - {name: odp, value: 0x2, layout: odp_cap}
                """;
        SchemaLoader.Result partial = SchemaLoader.loadWithoutImport(List.of(new SchemaLoader.Source("h.yaml", text)));
        assertEquals(List.of(), partial.diagnostics());
        Schema schema = partial.schema().orElseThrow();
        assertEquals(List.of("NOP"), schema.commands().stream().map(Command::name).toList());
        assertTrue(schema.registers().isEmpty() && schema.capTypes().isEmpty());

        // Loaded as the whole schema, the same references are errors: the import is not there to define them.
        SchemaLoader.Result whole = SchemaLoader.load(List.of(new SchemaLoader.Source("h.yaml", text)));
        assertTrue(whole.schema().isEmpty());
        assertEquals(5, whole.diagnostics().size(), whole.diagnostics().toString());
        assertTrue(whole.diagnostics().stream().allMatch(d -> d.message().startsWith("unknown layout")),
                whole.diagnostics().toString());
    }

    @Test
    void aHeaderMayLeaveUidReservedAndNameOpModOtherwise() {
        SchemaLoader.Result result = load("s.yaml", """
                layouts:
                  - name: obj_in
                    fields: [{name: opcode, width: 0x10}, {reserved: 0x20}, {name: obj_type, width: 0x10},
                             {name: obj_id, width: 0x20}, {reserved: 0x20}]
                  - name: cmd_out
                    fields: [{name: status, width: 0x8}, {reserved: 0x18}, {name: syndrome, width: 0x20},
                             {reserved: 0x40}]
                commands:
                  - {name: QUERY_GENERAL_OBJECT, opcode: 0xa02, scope: debug-read-only, in: obj_in, out: cmd_out}
                """);
        assertEquals(List.of(), result.diagnostics());
        assertTrue(result.schema().isPresent());
    }
}
