package dev.mlx5ctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema the project ships (schema/mlx5) loads without a single diagnostic, and its layouts tile. */
class RealSchemaTest {

    /** The shipped schema; its absence fails these tests, which are the only ones of it. */
    private static Path schemaDir() throws IOException {
        String root = System.getProperty("mlx5ctl.schema.dir");
        assertNotNull(root, "mlx5ctl.schema.dir is set by surefire (run through Maven)");
        Path dir = Path.of(root, "mlx5");
        assertTrue(Files.isDirectory(dir), dir + " is missing");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".yaml")), dir + " has no schema files");
        }
        return dir;
    }

    @Test
    void loadsWithoutDiagnostics() throws IOException {
        SchemaLoader.Result result = SchemaLoader.load(schemaDir());

        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        Schema schema = result.schema().orElseThrow();
        assertTrue(schema.identity().matches("[0-9a-f]{64}"));
        assertTrue(!schema.commands().isEmpty(), "the schema defines commands");
    }

    @Test
    void everyStructTilesItsSizeAndEveryCommandHasItsLayouts() throws IOException {
        Schema schema = SchemaLoader.load(schemaDir()).schema().orElseThrow();

        for (Layout layout : schema.layouts()) {
            if (layout.kind() == Layout.Kind.STRUCT) {
                int next = 0;
                for (Field field : layout.fields()) {
                    assertEquals(next, field.offset(), layout.name() + "." + field.name());
                    next = field.end();
                }
                assertEquals(layout.sizeBits(), next, layout.name());
            }
        }
        for (Command command : schema.commands()) {
            assertTrue(schema.layout(command.in()).isPresent(), command.name());
            assertTrue(schema.layout(command.out()).isPresent(), command.name());
        }
    }

    @Test
    void queriesReadAndTheirClearBitsAreWhereThePrmPutsThem() throws IOException {
        Schema schema = SchemaLoader.load(schemaDir()).schema().orElseThrow();
        java.util.Map<String, Command> byName = new java.util.HashMap<>();
        schema.commands().forEach(c -> byName.put(c.name(), c));
        for (Command c : schema.commands()) {
            boolean query = c.name().matches("(USER_|FPGA_)?QUERY_.*|NOP") && !c.in().equals("opaque_cmd_in");
            // Every query the schema can see into reads; everything else, opaque queries included, writes.
            assertEquals(query ? Effect.READ : Effect.WRITE, c.effect(), c.name());
        }
        assertEquals(java.util.Optional.of(new ClearBit("clear", 0xc0)), byName.get("QUERY_VPORT_COUNTER").clears());
        assertEquals(java.util.Optional.of(new ClearBit("clear", 0xc0)), byName.get("QUERY_Q_COUNTER").clears());
        assertEquals(java.util.Optional.of(new ClearBit("clear", 0x40)), byName.get("QUERY_CONG_STATISTICS").clears());
        assertTrue(byName.get("ACCESS_REG").byRegister() && byName.get("ACCESS_REGISTER_USER").byRegister());
        Register ppcnt = schema.registers().stream().filter(r -> r.name().equals("PPCNT")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of(new ClearBit("clr", 0x20)), ppcnt.clears());
    }
}
