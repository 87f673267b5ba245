package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Command lines users get wrong, generated: seeded random sequences of the CLI's own words (subcommands, options,
 * names, values of every shape) against a device that does not exist. Each must end with a documented exit status
 * and at most a few lines of message, never an internal error or a stack trace. {@code -Dmlx5ctl.fuzz.seed=N}
 * replays one command line; {@code -Dmlx5ctl.fuzz.runs=N} runs more.
 */
class CliFuzzTest {

    private static final long SEED = Long.getLong("mlx5ctl.fuzz.seed", 20261203L);
    private static final int RUNS = Integer.getInteger("mlx5ctl.fuzz.runs", 400);
    private static final boolean ONE = System.getProperty("mlx5ctl.fuzz.seed") != null;

    private static final String[] WORDS = {
        // subcommands and their subcommands
        "list", "info", "cap", "reg", "query", "diag", "dump", "exec", "schema", "obj", "policy", "help",
        "params", "caps", "set", "sample", "commands", "registers", "layouts", "enums",
        // options (no -o: a random file name would be written in the working directory)
        "--json", "--hex", "--raw", "--scope", "--set", "-s", "--explain", "-a", "--all", "--strict", "--max",
        "--current", "--local-port", "--flex", "--out-len", "--type", "--inline", "--num", "--index",
        "--counters", "--help", "-V", "--version", "--schema", "-d",
        // names and values of every shape
        "PAOS", "PTYS", "MGIR", "RESOURCE_DUMP", "general", "roce", "odp", "qp", "cq", "rqt", "widget",
        "QUERY_HCA_CAP", "NOP", "CREATE_UCTX", "0x805", "0x7777", "adapter", "vport-counter",
        "0", "1", "-1", "0x", "0x1f", "99999999999999999999", "1e9", "", " ", "=", "a=b", "=1",
        "admin_status=up", "admin_status=sideways", "op_mod=0x10000", "colour=red", "rq_num[3].rq_num=1",
        "x[", "[0]", "debug-write-full", "sideways", "menu", "\u00e9", "--", "-", "fwctl0", "/nonexistent/node",
    };
    private static final Set<Integer> DOCUMENTED = Set.of(ExitCode.OK, ExitCode.FIRMWARE, ExitCode.USAGE,
            ExitCode.DEVICE, ExitCode.SCHEMA_MISMATCH, ExitCode.FILE);

    @Test
    void everyGeneratedCommandLineEndsWithADocumentedStatusAndNoTrace() {
        int usage = 0;
        for (int run = 0; run < (ONE ? 1 : RUNS); run++) {
            long seed = SEED + run;
            SplittableRandom random = new SplittableRandom(seed);
            List<String> args = new ArrayList<>(List.of("-d", "/nonexistent/mlx5ctl-none"));
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                args.add(WORDS[random.nextInt(WORDS.length)]);
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            String what = "seed " + seed + " (-Dmlx5ctl.fuzz.seed=" + seed + "): mlx5ctl " + String.join(" ", args)
                    + "\n" + r;
            assertTrue(DOCUMENTED.contains(r.status()), what);
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), what);
            if (r.status() == ExitCode.USAGE) {
                usage++;
                assertTrue(r.oneErrorLine(), what);
                if (r.err().startsWith("{")) {
                    assertTrue(MiniJson.parse(r.err()) instanceof java.util.Map<?, ?> m && m.containsKey("error"), what);
                }
            }
        }
        assertTrue(ONE || usage > RUNS / 4, "most generated lines should be usage errors; " + usage + " were");
    }
}
