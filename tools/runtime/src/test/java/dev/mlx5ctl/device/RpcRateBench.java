package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.Nop;
import dev.mlx5ctl.prm.NopIn;
import dev.mlx5ctl.prm.NopOut;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Guest benchmark (not a test): NOPs per second through the scoped RPC from Java, the same call the C benchmark
 * measures as {@code nop_rpc, 1 thread}. kmod/tests/run-guest-bench.sh runs both in one guest and prints the ratio.
 *
 * <p>Usage: {@code RpcRateBench DEVICE [SECONDS_PER_RUN [RUNS [C_COMMAND...]]]}. With a command (the C benchmark
 * of the same call, {@code mlx5ctl-bench -o nop_rpc -r 1}), it runs it after each of its own runs, on the same
 * CPU, and reports the best of both: an emulated guest's speed drifts by tens of percent over a minute, so rates
 * measured minutes apart compare the moments as much as the languages.
 */
public final class RpcRateBench {

    private RpcRateBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String device = args.length > 0 ? args[0] : "0";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> c = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        try (Device d = Device.open(device); Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocate(NopIn.SIZE_BYTES, 8);
            Nop.in(in);
            MemorySegment out = arena.allocate(NopOut.SIZE_BYTES, 8);
            // Warm-up until C2 has compiled the call path: 15 s at least (an emulated guest compiles slowly, and C1's
            // code runs steadily before C2's replaces it), then until two 1 s rates in a row agree within 10%, for
            // 60 s at most; reported, since runs begun before it ends measure the compiler too.
            long warmStart = System.nanoTime();
            double previous = 0;
            double warmUp = rate(d, in, out, 1.0);
            while ((System.nanoTime() - warmStart < 15e9 || Math.abs(warmUp - previous) > 0.1 * warmUp)
                    && System.nanoTime() - warmStart < 60e9) {
                previous = warmUp;
                warmUp = rate(d, in, out, 1.0);
            }
            double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
            double[] rates = new double[runs];
            double[] cRates = new double[runs];
            for (int r = 0; r < runs; r++) {
                rates[r] = rate(d, in, out, seconds);
                if (!c.isEmpty()) {
                    cRates[r] = cRate(c);
                }
            }
            Arrays.sort(rates);
            System.out.printf("java nop_rpc 1 thread: %.0f calls/s (best of %d runs of %.2f s; median %.0f, worst %.0f;"
                    + " warm-up %.0f s, last second %.0f calls/s)%n", rates[runs - 1], runs, seconds, rates[runs / 2],
                    rates[0], warmSeconds, warmUp);
            if (!c.isEmpty()) {
                Arrays.sort(cRates);
                System.out.printf("c nop_rpc 1 thread, interleaved: %.0f calls/s (best of %d runs; median %.0f, "
                        + "worst %.0f)%n", cRates[runs - 1], runs, cRates[runs / 2], cRates[0]);
            }
        }
    }

    /** The rate the C benchmark prints ({@code figure: nop_rpc_per_s N}), run to its end. */
    private static double cRate(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
        return output.lines().filter(l -> l.startsWith("figure: nop_rpc_per_s ")).findFirst()
                .map(l -> Double.parseDouble(l.substring("figure: nop_rpc_per_s ".length()).strip()))
                .orElseThrow(() -> new IllegalStateException(command + " printed no nop_rpc rate: " + output));
    }

    /** Calls per second over about {@code seconds}; execute() throws on a firmware error, so every NOP counted. */
    private static double rate(Device d, MemorySegment in, MemorySegment out, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long calls = 0;
        long now;
        do {
            for (int i = 0; i < 256; i++) {
                d.execute(Scope.CONFIGURATION, in, out);
            }
            calls += 256;
            now = System.nanoTime();
        } while (now < deadline);
        return calls / ((now - start) / 1e9);
    }
}
