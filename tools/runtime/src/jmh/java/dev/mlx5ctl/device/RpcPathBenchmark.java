package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.prm.MboxOut;
import dev.mlx5ctl.prm.Nop;
import dev.mlx5ctl.prm.NopIn;
import dev.mlx5ctl.uapi.Mlx5ctlUapi;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Java side of one RPC without a device: what {@link Device#execute(dev.mlx5ctl.layout.Scope, MemorySegment,
 * MemorySegment)} does around the ioctl (per-thread scratch, the argument struct through the uAPI layouts, the
 * status check), and the ioctl downcall itself with errno capture, aimed at {@code /dev/null} (which answers
 * ENOTTY). Both should allocate nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class RpcPathBenchmark {

    private Arena arena;
    private MemorySegment in;
    private MemorySegment out;
    private int devNull;

    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofConfined();
        in = arena.allocate(NopIn.SIZE_BYTES, 8);
        MemorySegment.copy(Nop.in().build().segment(), 0, in, 0, NopIn.SIZE_BYTES);
        out = arena.allocate(16, 8);
        devNull = Libc.open(Scratch.get().capture(), "/dev/null", Libc.O_RDWR_CLOEXEC);
        if (devNull < 0) {
            throw new IllegalStateException("cannot open /dev/null");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Libc.close(Scratch.get().capture(), devNull);
        arena.close();
    }

    @Benchmark
    public int prepareRpcArgument() {
        Scratch scratch = Scratch.get();
        UapiStructs.encodeRpc(scratch.arg(), Mlx5ctlUapi.MLX5CTL_RPC_CONFIGURATION, in, out);
        return Bits.getInt(out, MboxOut.STATUS_OFFSET, MboxOut.STATUS_WIDTH);
    }

    @Benchmark
    public int ioctlDowncallWithErrno() {
        Scratch scratch = Scratch.get();
        UapiStructs.encodeRpc(scratch.arg(), Mlx5ctlUapi.MLX5CTL_RPC_CONFIGURATION, in, out);
        int result = Libc.ioctl(scratch.capture(), devNull, Mlx5ctlUapi.MLX5CTL_IOCTL_RPC, scratch.arg());
        return result < 0 ? Libc.errno(scratch.capture()) : result;
    }
}
