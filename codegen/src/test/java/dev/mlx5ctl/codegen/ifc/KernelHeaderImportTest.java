package dev.mlx5ctl.codegen.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import of the kernel's own mlx5_ifc.h (Debian's 6.1 headers, which the build machine has): the committed
 * schema/mlx5/ifc_imported.yaml is exactly what importing gives today, and the cross-check leaves no schema field
 * unexplained.
 */
class KernelHeaderImportTest {

    private static final Path HEADER =
            Path.of("/usr/src/linux-headers-6.1.0-56-common/include/linux/mlx5/mlx5_ifc.h");

    private static Path schemaDir() {
        return Path.of(System.getProperty("mlx5ctl.root", "..")).resolve("schema/mlx5");
    }

    @Test
    void committedImportIsWhatImportingTheHeaderGives() throws IOException {
        assumeTrue(Files.isRegularFile(HEADER), "the kernel headers are installed by vm/deps.sh");
        Path into = Path.of("schema/mlx5");
        Path committed = schemaDir().resolve(ImportIfcCommand.IMPORTED_FILE);
        List<SchemaLoader.Source> hand = ImportIfcCommand.handSources(schemaDir(), committed);
        Schema handSchema = SchemaLoader.load(hand).schema().orElseThrow();
        String cmd = "java -jar codegen/target/mlx5ctl-codegen.jar import-ifc --into " + into + " " + HEADER;
        IfcImporter.Result r = IfcImporter.run(IfcParser.parse(HEADER), handSchema, hand, committed.toString(),
                HEADER.toString(), cmd);

        assertEquals(Files.readString(committed), r.yaml(), "run 'make import-ifc' and commit the result");
        assertTrue(r.imported() > 600, "layouts imported: " + r.imported());
        assertTrue(r.opcodes() > 190, "opcodes imported: " + r.opcodes());
    }

    @Test
    void crosscheckExplainsEverySchemaFieldTheHeaderLacks() throws IOException {
        assumeTrue(Files.isRegularFile(HEADER), "the kernel headers are installed by vm/deps.sh");
        Schema schema = SchemaLoader.load(schemaDir()).schema().orElseThrow();
        CrosscheckEmitter.Result r = CrosscheckEmitter.emit(schema, IfcParser.parse(HEADER), "schema/mlx5",
                HEADER.toString());

        assertEquals(List.of(), r.unmatched());
        assertTrue(r.fields() > 4000, r.summary());
    }
}
