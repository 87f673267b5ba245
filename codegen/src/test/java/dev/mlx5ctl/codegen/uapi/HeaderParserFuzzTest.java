package dev.mlx5ctl.codegen.uapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlx5ctl.codegen.fuzz.Mutator;
import dev.mlx5ctl.schema.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The uAPI header parser fed seeded mutations of the headers it reads (kmod/include/uapi): each ends in a header
 * or in diagnostics naming the file, never in an exception. {@code -Dmlx5ctl.fuzz.seed=N} replays one input.
 */
class HeaderParserFuzzTest {

    private static final long SEED = Long.getLong("mlx5ctl.fuzz.seed", 20261203L);
    private static final int RUNS = Integer.getInteger("mlx5ctl.fuzz.runs", 200);
    private static final boolean ONE = System.getProperty("mlx5ctl.fuzz.seed") != null;

    @Test
    void everyMutatedUapiHeaderEndsInAHeaderOrPlacedDiagnostics() throws IOException {
        Path uapi = Path.of(System.getProperty("mlx5ctl.root", "..")).resolve("kmod/include/uapi");
        List<Path> headers = List.of(uapi.resolve("misc/mlx5ctl.h"), uapi.resolve("fwctl/fwctl.h"),
                uapi.resolve("fwctl/mlx5.h"));
        int refused = 0;
        for (int run = 0; run < (ONE ? 1 : RUNS); run++) {
            long seed = SEED + run;
            Path h = headers.get((int) Math.floorMod(seed, (long) headers.size()));
            String name = h.getFileName().toString();
            String mutated = new Mutator(seed).mutate(Files.readString(h));
            HeaderParser.Result r;
            try {
                r = HeaderParser.parse(name, mutated);
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + " (-Dmlx5ctl.fuzz.seed=" + seed + "): " + name + " escaped as " + e, e);
                return;
            }
            if (r.header().isEmpty()) {
                refused++;
                assertFalse(r.diagnostics().isEmpty(), "seed " + seed + ": no header and no diagnostic");
            }
            for (Diagnostic d : r.diagnostics()) {
                assertTrue(d.format().startsWith(name + ":"), "seed " + seed + ": unplaced: " + d.format());
            }
        }
        assertTrue(ONE || refused > 0, "no mutation broke a header");
    }
}
