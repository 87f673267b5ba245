package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.uapi.FwctlUapi;
import dev.mlx5ctl.uapi.Mlx5ctlUapi;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ioctl structs as the driver sees them: each member checked at the byte offset the generated uAPI mirror
 * gives for it (its {@code *_OFFSET} constants, a path independent of the layouts the encoder uses).
 */
class UapiStructsTest {

    private Arena arena;
    private MemorySegment arg;

    @BeforeEach
    void allocate() {
        arena = Arena.ofConfined();
        arg = arena.allocate(UapiStructs.MAX_ARG_SIZE, 8);
        arg.fill((byte) 0x5a);
    }

    @AfterEach
    void free() {
        arena.close();
    }

    private int u32(long offset) {
        return arg.get(ValueLayout.JAVA_INT, offset);
    }

    private long u64(long offset) {
        return arg.get(ValueLayout.JAVA_LONG, offset);
    }

    @Test
    void theArgumentBufferFitsEveryStruct() {
        for (long size : new long[] {Mlx5ctlUapi.Info.SIZEOF, Mlx5ctlUapi.Cmdrpc.SIZEOF, Mlx5ctlUapi.UmemReg.SIZEOF,
            Mlx5ctlUapi.UmemUnreg.SIZEOF, Mlx5ctlUapi.Rpc.SIZEOF, Mlx5ctlUapi.DeviceInfo.SIZEOF}) {
            assertTrue(size <= UapiStructs.MAX_ARG_SIZE);
        }
    }

    @Test
    void encodesTheScopedRpcWithItsSizeScopeLengthsAndAddresses() {
        MemorySegment in = arena.allocate(48, 8);
        MemorySegment out = arena.allocate(4112, 8);
        UapiStructs.encodeRpc(arg, Scope.DEBUG_WRITE.uapiValue(), in, out);
        assertEquals((int) Mlx5ctlUapi.Rpc.SIZEOF, u32(Mlx5ctlUapi.Rpc.SIZE_OFFSET));
        assertEquals(Mlx5ctlUapi.MLX5CTL_RPC_DEBUG_WRITE, u32(Mlx5ctlUapi.Rpc.SCOPE_OFFSET));
        assertEquals(48, u32(Mlx5ctlUapi.Rpc.INLEN_OFFSET));
        assertEquals(4112, u32(Mlx5ctlUapi.Rpc.OUTLEN_OFFSET));
        assertEquals(in.address(), u64(Mlx5ctlUapi.Rpc.IN_OFFSET));
        assertEquals(out.address(), u64(Mlx5ctlUapi.Rpc.OUT_OFFSET));
    }

    @Test
    void encodesFwctlsRpcOverTheLastCallsBytes() {
        MemorySegment in = arena.allocate(16, 8);
        MemorySegment out = arena.allocate(272, 8);
        UapiStructs.encodeFwctlRpc(arg, FwctlUapi.FWCTL_RPC_DEBUG_WRITE, in, out);
        assertEquals((int) FwctlUapi.Rpc.SIZEOF, u32(FwctlUapi.Rpc.SIZE_OFFSET));
        assertEquals(FwctlUapi.FWCTL_RPC_DEBUG_WRITE, u32(FwctlUapi.Rpc.SCOPE_OFFSET));
        assertEquals(16, u32(FwctlUapi.Rpc.IN_LEN_OFFSET));
        assertEquals(272, u32(FwctlUapi.Rpc.OUT_LEN_OFFSET));
        assertEquals(in.address(), u64(FwctlUapi.Rpc.IN_OFFSET));
        assertEquals(out.address(), u64(FwctlUapi.Rpc.OUT_OFFSET));
    }

    @Test
    void theRpcStructsHaveNoPaddingSoEveryByteIsAFieldTheEncoderSets() {
        // Their encoders run per call and do not clear the argument first (it holds the last call's bytes, here
        // 0x5a): every byte up to SIZEOF must be a member, or stale bytes would reach the driver.
        for (StructLayout layout : List.of(Mlx5ctlUapi.Rpc.LAYOUT, FwctlUapi.Rpc.LAYOUT, Mlx5ctlUapi.Cmdrpc.LAYOUT)) {
            assertTrue(layout.memberLayouts().stream().noneMatch(PaddingLayout.class::isInstance), layout.toString());
            assertEquals(layout.byteSize(), layout.memberLayouts().stream().mapToLong(MemoryLayout::byteSize).sum(),
                    layout.toString());
        }
        assertEquals(Mlx5ctlUapi.Rpc.SIZEOF, Mlx5ctlUapi.Rpc.LAYOUT.byteSize());
        assertEquals(FwctlUapi.Rpc.SIZEOF, FwctlUapi.Rpc.LAYOUT.byteSize());
        assertEquals(Mlx5ctlUapi.Cmdrpc.SIZEOF, Mlx5ctlUapi.Cmdrpc.LAYOUT.byteSize());
    }

    @Test
    void encodesTheV4Cmdrpc() {
        MemorySegment in = arena.allocate(16, 8);
        MemorySegment out = arena.allocate(32, 8);
        UapiStructs.encodeCmdrpc(arg, in, out);
        assertEquals(in.address(), u64(Mlx5ctlUapi.Cmdrpc.IN_OFFSET));
        assertEquals(out.address(), u64(Mlx5ctlUapi.Cmdrpc.OUT_OFFSET));
        assertEquals(16, u32(Mlx5ctlUapi.Cmdrpc.INLEN_OFFSET));
        assertEquals(32, u32(Mlx5ctlUapi.Cmdrpc.OUTLEN_OFFSET));
    }

    @Test
    void encodesUmemRegistrationAndReadsTheIdBack() {
        UapiStructs.encodeUmemReg(arg, 0x7f1234560000L, 2 << 20);
        assertEquals(0x7f1234560000L, u64(Mlx5ctlUapi.UmemReg.ADDR_OFFSET));
        assertEquals(2 << 20, u64(Mlx5ctlUapi.UmemReg.LEN_OFFSET));
        assertEquals(0, u32(Mlx5ctlUapi.UmemReg.RESERVED_OFFSET), "reserved must be 0");
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.UmemReg.UMEM_ID_OFFSET, 77);
        assertEquals(77, UapiStructs.umemId(arg));
        UapiStructs.encodeUmemUnreg(arg, 77);
        assertEquals(77, u32(Mlx5ctlUapi.UmemUnreg.UMEM_ID_OFFSET));
        assertEquals(0, u32(Mlx5ctlUapi.UmemUnreg.RESERVED_OFFSET));
    }

    @Test
    void aDeviceInfoRequestCarriesOnlyItsSize() {
        UapiStructs.encodeDeviceInfoRequest(arg);
        assertEquals((int) Mlx5ctlUapi.DeviceInfo.SIZEOF, u32(Mlx5ctlUapi.DeviceInfo.SIZE_OFFSET));
        assertEquals(Mlx5ctlUapi.DeviceInfo.SIZEOF - 4, arg.asSlice(4, Mlx5ctlUapi.DeviceInfo.SIZEOF - 4)
                .elements(ValueLayout.JAVA_BYTE).filter(b -> b.get(ValueLayout.JAVA_BYTE, 0) == 0).count());
    }

    @Test
    void decodesTheV4InfoWithAnUnsignedUid() {
        arg.set(ValueLayout.JAVA_SHORT, Mlx5ctlUapi.Info.UCTX_UID_OFFSET, (short) 0xfffe);
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.Info.UCTX_CAP_OFFSET, 5);
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.Info.DEV_UCTX_CAP_OFFSET, 7);
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.Info.UCAP_OFFSET, 4);
        assertEquals(new UapiStructs.Info(0xfffe, 5, 7, 4), UapiStructs.decodeInfo(arg));
    }

    @Test
    void decodesTheDeviceInfoAnswer() {
        byte[] schemaId = new byte[32];
        for (int i = 0; i < schemaId.length; i++) {
            schemaId[i] = (byte) (i * 7 + 1);
        }
        arg.fill((byte) 0);
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.DeviceInfo.MAX_INLEN_OFFSET, Mlx5ctlUapi.MLX5CTL_RPC_MAX_LEN);
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.DeviceInfo.MAX_OUTLEN_OFFSET, 4096);
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.DeviceInfo.SCOPES_OFFSET, 0b0111);
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.DeviceInfo.UCTX_CAP_OFFSET, 4);
        arg.set(ValueLayout.JAVA_INT, Mlx5ctlUapi.DeviceInfo.DEV_UCTX_CAP_OFFSET, 7);
        arg.set(ValueLayout.JAVA_SHORT, Mlx5ctlUapi.DeviceInfo.UCTX_UID_OFFSET, (short) 3);
        MemorySegment.copy(schemaId, 0, arg, ValueLayout.JAVA_BYTE, Mlx5ctlUapi.DeviceInfo.SCHEMA_ID_OFFSET, 32);
        byte[] name = "mlx5ctl_sim.ctl.4".getBytes(StandardCharsets.UTF_8);
        MemorySegment.copy(name, 0, arg, ValueLayout.JAVA_BYTE, Mlx5ctlUapi.DeviceInfo.NAME_OFFSET, name.length);

        DeviceInfo info = UapiStructs.decodeDeviceInfo(new UapiStructs.Info(3, 4, 7, 6), Optional.of(arg),
                "fallback", "cafe");
        assertEquals("mlx5ctl_sim.ctl.4", info.name());
        assertEquals(3, info.uctxUid());
        assertEquals(4, info.uctxCap());
        assertEquals(7, info.devUctxCap());
        assertEquals(6, info.ucap(), "ucap comes from the V4 answer");
        assertEquals(EnumSet.of(Scope.CONFIGURATION, Scope.DEBUG_READ_ONLY, Scope.DEBUG_WRITE), info.scopes());
        assertEquals(Mlx5ctlUapi.MLX5CTL_RPC_MAX_LEN, info.maxInLength());
        assertEquals(4096, info.maxOutLength());
        assertEquals(Optional.of(HexFormat.of().formatHex(schemaId)), info.driverSchemaId());
        assertEquals("cafe", info.bindingsSchemaId());
    }

    @Test
    void aNameFillingTheWholeArrayIsReadToItsEnd() {
        arg.fill((byte) 0);
        byte[] name = "n".repeat((int) Mlx5ctlUapi.DeviceInfo.NAME_SIZE).getBytes(StandardCharsets.UTF_8);
        MemorySegment.copy(name, 0, arg, ValueLayout.JAVA_BYTE, Mlx5ctlUapi.DeviceInfo.NAME_OFFSET, name.length);
        DeviceInfo info = UapiStructs.decodeDeviceInfo(new UapiStructs.Info(0, 0, 0, 0), Optional.of(arg), "x", "y");
        assertEquals(Mlx5ctlUapi.DeviceInfo.NAME_SIZE, info.name().length());
    }

    @Test
    void withoutDeviceInfoOnlyTheV4FieldsAreKnown() {
        DeviceInfo info = UapiStructs.decodeDeviceInfo(new UapiStructs.Info(9, 1, 3, 1), Optional.empty(),
                "mlx5ctl_sim.ctl.0", "cafe");
        assertEquals("mlx5ctl_sim.ctl.0", info.name());
        assertEquals(9, info.uctxUid());
        assertEquals(Set.of(), info.scopes());
        assertEquals(Optional.empty(), info.driverSchemaId());
        assertEquals(DeviceInfo.SchemaMatch.UNKNOWN, info.schemaMatch());
    }

    @Test
    void scopeBitsFollowTheUapiScopeValues() {
        assertEquals(EnumSet.of(Scope.DEBUG_WRITE_FULL), UapiStructs.scopes(1 << Mlx5ctlUapi.MLX5CTL_RPC_DEBUG_WRITE_FULL));
        assertEquals(EnumSet.noneOf(Scope.class), UapiStructs.scopes(1 << 7));
    }
}
