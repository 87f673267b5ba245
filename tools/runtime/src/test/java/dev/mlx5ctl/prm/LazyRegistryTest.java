package dev.mlx5ctl.prm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.layout.LayoutInfo;
import dev.mlx5ctl.layout.Registry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The generated registry finds each layout, enum and command by name (or opcode) without initializing the others,
 * and answers every name as a registry made from its lists would.
 */
class LazyRegistryTest {

    private static final Registry LAZY = Prm.REGISTRY;

    @Test
    void everyNameFindsWhatTheListsHold() {
        for (LayoutInfo l : LAZY.layouts()) {
            assertSame(l, LAZY.layout(l.name()).orElseThrow(), l.name());
        }
        for (EnumInfo e : LAZY.enums()) {
            assertSame(e, LAZY.enumInfo(e.name()).orElseThrow(), e.name());
        }
        for (CommandInfo c : LAZY.commands()) {
            assertSame(c, LAZY.command(c.name()).orElseThrow(), c.name());
        }
        assertTrue(LAZY.layouts().size() > 500, "the whole schema: " + LAZY.layouts().size());
    }

    @Test
    void itAnswersAsARegistryMadeFromItsLists() {
        Registry eager = new Registry(LAZY.schemaId(), LAZY.layouts(), LAZY.enums(), LAZY.commands(),
                LAZY.registers(), LAZY.capTypes());
        for (CommandInfo c : LAZY.commands()) {
            assertEquals(eager.commandByOpcode(c.opcode()), LAZY.commandByOpcode(c.opcode()), c.name());
        }
        for (String name : List.of("no_such_layout", "", "PAOS", "query_hca_cap_in ")) {
            assertEquals(eager.layout(name), LAZY.layout(name), name);
            assertFalse(LAZY.layout(name).isPresent(), name);
        }
        assertFalse(LAZY.commandByOpcode(0xffff).isPresent());
        assertEquals(eager.toString(), LAZY.toString());
    }

    /** Run in a JVM of its own by {@link #oneLookupInitializesOnlyWhatItFinds}. */
    static final class OneLookup {
        public static void main(String[] args) {
            Prm.REGISTRY.layout("paos_reg").orElseThrow();
            Prm.REGISTRY.commandByOpcode(AccessReg.OPCODE).orElseThrow();
        }
    }

    @Test
    void oneLookupInitializesOnlyWhatItFinds() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+init=info", "-cp", System.getProperty("java.class.path"), OneLookup.class.getName())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        List<String> initialized = log.lines().filter(l -> l.contains("Initializing 'dev/mlx5ctl/prm/")).toList();
        assertTrue(initialized.stream().anyMatch(l -> l.contains("'dev/mlx5ctl/prm/PaosReg'")), log);
        assertTrue(initialized.stream().anyMatch(l -> l.contains("'dev/mlx5ctl/prm/AccessReg'")), log);
        assertFalse(initialized.stream().anyMatch(l -> l.contains("'dev/mlx5ctl/prm/QueryHcaCap")), log);
        assertTrue(initialized.size() < 20, initialized.size() + " classes of the schema initialized:\n"
                + String.join("\n", initialized));
    }
}
