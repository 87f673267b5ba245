package dev.mlx5ctl.codegen.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import of the kernel's own mlx5_ifc.h (Debian's 6.1 headers, which `make test` installs first): the committed
 * schema/mlx5/ifc_imported.yaml is exactly what importing gives today, and the cross-check leaves no schema field
 * unexplained. Without the header these tests fail: they are the only check of the import against the kernel.
 */
class KernelHeaderImportTest {

    private static final Path HEADER = header();

    /**
     * The header vm/kernel.sh names (the Makefile passes it), else the same rule: the first installed
     * linux-headers-*-common in sort order.
     */
    private static Path header() {
        String given = System.getProperty("mlx5ctl.ifc.header", "");
        if (!given.isEmpty()) {
            return Path.of(given);
        }
        try (Stream<Path> dirs = Files.list(Path.of("/usr/src"))) {
            return dirs.filter(d -> d.getFileName().toString().matches("linux-headers-.*-common"))
                    .sorted()
                    .map(d -> d.resolve("include/linux/mlx5/mlx5_ifc.h"))
                    .filter(Files::isRegularFile)
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path requireHeader() {
        if (HEADER == null || !Files.isRegularFile(HEADER)) {
            fail("no kernel mlx5_ifc.h (" + HEADER + "): install linux-headers-amd64 (bash vm/deps.sh)");
        }
        return HEADER;
    }

    private static Path schemaDir() {
        return Path.of(System.getProperty("mlx5ctl.root", "..")).resolve("schema/mlx5");
    }

    @Test
    void committedImportIsWhatImportingTheHeaderGives() throws IOException {
        Path header = requireHeader();
        Path committed = schemaDir().resolve(ImportIfcCommand.IMPORTED_FILE);
        List<SchemaLoader.Source> hand = ImportIfcCommand.handSources(schemaDir(), committed);
        Schema handSchema = SchemaLoader.loadWithoutImport(hand).schema().orElseThrow();
        IfcImporter.Result r = IfcImporter.run(IfcParser.parse(header), handSchema, hand, committed.toString(),
                KernelHeader.displayName(header), KernelHeader.REGENERATE, ImportIfcCommand.committedKeys(committed));

        assertEquals(Files.readString(committed), r.yaml(), "run 'make import-ifc' and commit the result");
        assertTrue(r.imported() > 600, "layouts imported: " + r.imported());
        assertTrue(r.opcodes() > 190, "opcodes imported: " + r.opcodes());
        // The formats people gave imported layouts survive the regeneration (a GID is shown as an address).
        assertTrue(r.yaml().contains("{name: source_mac_47_32, width: 0x10, format: mac}"), "kept field format");
        assertTrue(r.yaml().contains("    size: 0x80\n    format: ipv6\n"), "kept layout format");
    }

    @Test
    void crosscheckExplainsEverySchemaFieldTheHeaderLacks() throws IOException {
        Path header = requireHeader();
        Schema schema = SchemaLoader.load(schemaDir()).schema().orElseThrow();
        CrosscheckEmitter.Result r = CrosscheckEmitter.emit(schema, IfcParser.parse(header), "schema/mlx5",
                KernelHeader.displayName(header));

        assertEquals(List.of(), r.unmatched());
        assertTrue(r.fields() > 4000, r.summary());
    }
}
