package dev.mlx5ctl.bench;

import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.prm.CmdHcaCap;
import dev.mlx5ctl.prm.HcaCapType;
import dev.mlx5ctl.prm.QueryHcaCap;
import dev.mlx5ctl.prm.QueryHcaCapIn;
import dev.mlx5ctl.prm.QueryHcaCapOut;
import dev.mlx5ctl.prm.QueryVportCounter;
import dev.mlx5ctl.prm.QueryVportCounterIn;
import dev.mlx5ctl.prm.QueryVportCounterOut;
import dev.mlx5ctl.prm.QueryVportState;
import dev.mlx5ctl.prm.QueryVportStateIn;
import dev.mlx5ctl.prm.QueryVportStateOut;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The generated bindings against hand-written {@link MemorySegment} code doing the same work, for three commands:
 * QUERY_HCA_CAP (a nested capability block), QUERY_VPORT_STATE (sub-dword fields) and QUERY_VPORT_COUNTER (64-bit
 * counters in nested layouts). Each pair is named {@code <command>_<what>_{generated,handWritten}}:
 * <ul>
 *   <li>{@code encode}: a fresh input mailbox from values, as the generated builder makes one (range-checked).</li>
 *   <li>{@code encodeInPlace}: the same fields written into a reused mailbox (zeroed first, as a builder over
 *       a mailbox does), through the generated builder that writes straight into it.</li>
 *   <li>{@code decode}: several fields read from a reply through the generated views.</li>
 * </ul>
 * Run with {@code make bench-java}; the hand-written code must produce the same bytes and values, which
 * {@link #check()} verifies before any measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BindingsBenchmark {

    private static final ValueLayout.OfInt BE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfLong BE_LONG =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    /** Inputs vary per call through these, so nothing folds to a constant. */
    int opMod;
    int vport;
    int port;

    private Arena arena;
    private MemorySegment hcaCapReply;
    private MemorySegment vportStateReply;
    private MemorySegment vportCounterReply;
    private MemorySegment hcaCapIn;
    private MemorySegment vportStateIn;
    private MemorySegment vportCounterIn;

    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofConfined();
        opMod = (int) (HcaCapType.GENERAL.value() << 1 | 1);
        vport = 3;
        port = 1;
        hcaCapReply = arena.allocate(QueryHcaCapOut.SIZE_BYTES, 8);
        MemorySegment.copy(QueryHcaCapOut.builder().status(0).syndrome(0).build().segment(), 0, hcaCapReply, 0,
                QueryHcaCapOut.SIZE_BYTES);
        long cap = QueryHcaCapOut.CAPABILITY_OFFSET;
        Bits.set(hcaCapReply, cap + CmdHcaCap.LOG_MAX_QP_OFFSET, CmdHcaCap.LOG_MAX_QP_WIDTH, 17);
        Bits.set(hcaCapReply, cap + CmdHcaCap.LOG_MAX_CQ_OFFSET, CmdHcaCap.LOG_MAX_CQ_WIDTH, 24);
        Bits.set(hcaCapReply, cap + CmdHcaCap.VHCA_ID_OFFSET, CmdHcaCap.VHCA_ID_WIDTH, 0x1234);
        Bits.set(hcaCapReply, cap + CmdHcaCap.UCTX_CAP_OFFSET, CmdHcaCap.UCTX_CAP_WIDTH, 7);
        vportStateReply = arena.allocate(QueryVportStateOut.SIZE_BYTES, 8);
        MemorySegment.copy(QueryVportStateOut.builder().adminState(1).state(1).build().segment(), 0,
                vportStateReply, 0, QueryVportStateOut.SIZE_BYTES);
        vportCounterReply = arena.allocate(QueryVportCounterOut.SIZE_BYTES, 8);
        for (long i = 16; i < QueryVportCounterOut.SIZE_BYTES; i += 8) {
            vportCounterReply.set(BE_LONG, i, i * 1_000_003L);
        }
        hcaCapIn = arena.allocate(QueryHcaCapIn.SIZE_BYTES, 8);
        vportStateIn = arena.allocate(QueryVportStateIn.SIZE_BYTES, 8);
        vportCounterIn = arena.allocate(QueryVportCounterIn.SIZE_BYTES, 8);
        check();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    // ---- QUERY_HCA_CAP -------------------------------------------------------------------------------------------

    @Benchmark
    public MemorySegment queryHcaCap_encode_generated() {
        return QueryHcaCap.in().opMod(opMod).build().segment();
    }

    @Benchmark
    public MemorySegment queryHcaCap_encode_handWritten() {
        MemorySegment in = MemorySegment.ofArray(new byte[16]);
        in.set(BE_INT, 0, 0x100 << 16);
        in.set(BE_INT, 4, checkBits(opMod, 16));
        return in;
    }

    @Benchmark
    public MemorySegment queryHcaCap_encodeInPlace_generated() {
        QueryHcaCap.in(hcaCapIn).opMod(opMod);
        return hcaCapIn;
    }

    @Benchmark
    public MemorySegment queryHcaCap_encodeInPlace_handWritten() {
        MemorySegment in = hcaCapIn;
        in.fill((byte) 0);
        in.set(BE_INT, 0, 0x100 << 16);
        in.set(BE_INT, 4, checkBits(opMod, 16));
        return in;
    }

    @Benchmark
    public long queryHcaCap_decode_generated() {
        QueryHcaCapOut out = QueryHcaCapOut.wrap(hcaCapReply);
        CmdHcaCap cap = out.capability().cmdHcaCap();
        return out.status() + out.syndrome() + cap.logMaxQp() + cap.logMaxCq() + cap.vhcaId() + cap.uctxCap();
    }

    @Benchmark
    public long queryHcaCap_decode_handWritten() {
        MemorySegment out = hcaCapReply;
        // cmd_hca_cap starts 16 bytes in: log_max_qp is bits 0x9b-0x9f, log_max_cq 0xdb-0xdf, vhca_id 0x30-0x3f.
        return (out.get(BE_INT, 0) >>> 24) + Integer.toUnsignedLong(out.get(BE_INT, 4))
                + (out.get(BE_INT, 16 + 16) & 0x1f) + (out.get(BE_INT, 16 + 24) & 0x1f)
                + (out.get(BE_INT, 16 + 4) & 0xffff) + Integer.toUnsignedLong(out.get(BE_INT, 16 + 212));
    }

    // ---- QUERY_VPORT_STATE ---------------------------------------------------------------------------------------

    @Benchmark
    public MemorySegment queryVportState_encode_generated() {
        return QueryVportState.in().otherVport(1).vportNumber(vport).build().segment();
    }

    @Benchmark
    public MemorySegment queryVportState_encode_handWritten() {
        MemorySegment in = MemorySegment.ofArray(new byte[16]);
        in.set(BE_INT, 0, 0x750 << 16);
        in.set(BE_INT, 8, 1 << 31 | checkBits(vport, 16));
        return in;
    }

    @Benchmark
    public MemorySegment queryVportState_encodeInPlace_generated() {
        QueryVportState.in(vportStateIn).otherVport(1).vportNumber(vport);
        return vportStateIn;
    }

    @Benchmark
    public MemorySegment queryVportState_encodeInPlace_handWritten() {
        MemorySegment in = vportStateIn;
        in.fill((byte) 0);
        in.set(BE_INT, 0, 0x750 << 16);
        in.set(BE_INT, 8, 1 << 31 | checkBits(vport, 16));
        return in;
    }

    @Benchmark
    public long queryVportState_decode_generated() {
        QueryVportStateOut out = QueryVportStateOut.wrap(vportStateReply);
        return out.status() + out.syndrome() + out.adminState() + out.state();
    }

    @Benchmark
    public long queryVportState_decode_handWritten() {
        MemorySegment out = vportStateReply;
        int dword3 = out.get(BE_INT, 12);
        return (out.get(BE_INT, 0) >>> 24) + Integer.toUnsignedLong(out.get(BE_INT, 4)) + ((dword3 >>> 4) & 0xf)
                + (dword3 & 0xf);
    }

    // ---- QUERY_VPORT_COUNTER -------------------------------------------------------------------------------------

    @Benchmark
    public MemorySegment queryVportCounter_encode_generated() {
        return QueryVportCounter.in().otherVport(1).portNum(port).vportNumber(vport).clear(1).build().segment();
    }

    @Benchmark
    public MemorySegment queryVportCounter_encode_handWritten() {
        MemorySegment in = MemorySegment.ofArray(new byte[32]);
        in.set(BE_INT, 0, 0x770 << 16);
        in.set(BE_INT, 8, 1 << 31 | checkBits(port, 4) << 16 | checkBits(vport, 16));
        in.set(BE_INT, 24, 1 << 31);
        return in;
    }

    @Benchmark
    public MemorySegment queryVportCounter_encodeInPlace_generated() {
        QueryVportCounter.in(vportCounterIn).otherVport(1).portNum(port).vportNumber(vport).clear(1);
        return vportCounterIn;
    }

    @Benchmark
    public MemorySegment queryVportCounter_encodeInPlace_handWritten() {
        MemorySegment in = vportCounterIn;
        in.fill((byte) 0);
        in.set(BE_INT, 0, 0x770 << 16);
        in.set(BE_INT, 8, 1 << 31 | checkBits(port, 4) << 16 | checkBits(vport, 16));
        in.set(BE_INT, 24, 1 << 31);
        return in;
    }

    @Benchmark
    public long queryVportCounter_decode_generated() {
        QueryVportCounterOut out = QueryVportCounterOut.wrap(vportCounterReply);
        return out.status() + out.receivedEthUnicast().packets() + out.receivedEthUnicast().octets()
                + out.transmittedEthUnicast().packets() + out.transmittedEthUnicast().octets();
    }

    @Benchmark
    public long queryVportCounter_decode_handWritten() {
        MemorySegment out = vportCounterReply;
        // received_eth_unicast is at bit 0x480 (byte 144), transmitted_eth_unicast at 0x500 (byte 160).
        return (out.get(BE_INT, 0) >>> 24) + out.get(BE_LONG, 144) + out.get(BE_LONG, 152)
                + out.get(BE_LONG, 160) + out.get(BE_LONG, 168);
    }

    // ---- both sides must agree -----------------------------------------------------------------------------------

    private static int checkBits(int value, int width) {
        if ((value >>> width) != 0) {
            throw new IllegalArgumentException("value 0x" + Integer.toHexString(value) + " does not fit in "
                    + width + " bits");
        }
        return value;
    }

    private static byte[] bytes(MemorySegment s) {
        return s.toArray(ValueLayout.JAVA_BYTE);
    }

    private void same(String what, MemorySegment generated, MemorySegment handWritten) {
        if (!java.util.Arrays.equals(bytes(generated), bytes(handWritten))) {
            throw new IllegalStateException(what + ": the hand-written bytes differ from the generated ones");
        }
    }

    private void same(String what, long generated, long handWritten) {
        if (generated != handWritten) {
            throw new IllegalStateException(what + ": hand-written " + handWritten + ", generated " + generated);
        }
    }

    /** Refuses to measure code that does not do the same thing on both sides. */
    void check() {
        same("QUERY_HCA_CAP encode", queryHcaCap_encode_generated(), queryHcaCap_encode_handWritten());
        // Both in-place variants write the one reused buffer: compare a copy of the first with the second.
        byte[] generated = bytes(queryHcaCap_encodeInPlace_generated());
        same("QUERY_HCA_CAP in place", MemorySegment.ofArray(generated), queryHcaCap_encodeInPlace_handWritten());
        same("QUERY_HCA_CAP decode", queryHcaCap_decode_generated(), queryHcaCap_decode_handWritten());
        same("QUERY_VPORT_STATE encode", queryVportState_encode_generated(), queryVportState_encode_handWritten());
        generated = bytes(queryVportState_encodeInPlace_generated());
        same("QUERY_VPORT_STATE in place", MemorySegment.ofArray(generated),
                queryVportState_encodeInPlace_handWritten());
        same("QUERY_VPORT_STATE decode", queryVportState_decode_generated(), queryVportState_decode_handWritten());
        same("QUERY_VPORT_COUNTER encode", queryVportCounter_encode_generated(),
                queryVportCounter_encode_handWritten());
        generated = bytes(queryVportCounter_encodeInPlace_generated());
        same("QUERY_VPORT_COUNTER in place", MemorySegment.ofArray(generated),
                queryVportCounter_encodeInPlace_handWritten());
        same("QUERY_VPORT_COUNTER decode", queryVportCounter_decode_generated(),
                queryVportCounter_decode_handWritten());
    }
}
