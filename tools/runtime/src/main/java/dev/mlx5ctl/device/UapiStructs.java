package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.uapi.FwctlMlx5Uapi;
import dev.mlx5ctl.uapi.FwctlUapi;
import dev.mlx5ctl.uapi.Mlx5ctlUapi;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Encodes the ioctl argument structs and decodes the driver's answers, always through the layouts generated from
 * the uAPI header ({@link Mlx5ctlUapi}): a member is reached by its C name, never by an offset written here, so a
 * change to the header either follows through or fails at class initialisation.
 *
 * <p>Argument segments must be native, aligned to 8 and {@link #MAX_ARG_SIZE} long, as {@link Scratch#arg()} is;
 * encoding zeroes all of it first, so no stale byte reaches the driver.
 */
final class UapiStructs {

    /** Where in the ioctl argument buffer FWCTL_INFO's device data goes: after the struct, aligned. */
    static final long FWCTL_DATA_OFFSET = 64;

    /** Room for the largest argument struct. */
    static final long MAX_ARG_SIZE = Math.max(Math.max(Mlx5ctlUapi.DeviceInfo.SIZEOF, Mlx5ctlUapi.Rpc.SIZEOF),
            Math.max(Math.max(Mlx5ctlUapi.Info.SIZEOF, Mlx5ctlUapi.UmemReg.SIZEOF),
                    FWCTL_DATA_OFFSET + FwctlMlx5Uapi.InfoMlx5.SIZEOF));

    private static final VarHandle RPC_SIZE = member(Mlx5ctlUapi.Rpc.LAYOUT, "size");
    private static final VarHandle RPC_SCOPE = member(Mlx5ctlUapi.Rpc.LAYOUT, "scope");
    private static final VarHandle RPC_INLEN = member(Mlx5ctlUapi.Rpc.LAYOUT, "inlen");
    private static final VarHandle RPC_OUTLEN = member(Mlx5ctlUapi.Rpc.LAYOUT, "outlen");
    private static final VarHandle RPC_IN = member(Mlx5ctlUapi.Rpc.LAYOUT, "in");
    private static final VarHandle RPC_OUT = member(Mlx5ctlUapi.Rpc.LAYOUT, "out");

    private static final VarHandle CMDRPC_IN = member(Mlx5ctlUapi.Cmdrpc.LAYOUT, "in");
    private static final VarHandle CMDRPC_OUT = member(Mlx5ctlUapi.Cmdrpc.LAYOUT, "out");
    private static final VarHandle CMDRPC_INLEN = member(Mlx5ctlUapi.Cmdrpc.LAYOUT, "inlen");
    private static final VarHandle CMDRPC_OUTLEN = member(Mlx5ctlUapi.Cmdrpc.LAYOUT, "outlen");

    private static final VarHandle INFO_UCTX_UID = member(Mlx5ctlUapi.Info.LAYOUT, "uctx_uid");
    private static final VarHandle INFO_UCTX_CAP = member(Mlx5ctlUapi.Info.LAYOUT, "uctx_cap");
    private static final VarHandle INFO_DEV_UCTX_CAP = member(Mlx5ctlUapi.Info.LAYOUT, "dev_uctx_cap");
    private static final VarHandle INFO_UCAP = member(Mlx5ctlUapi.Info.LAYOUT, "ucap");

    private static final StructLayout DEVICE_INFO = Mlx5ctlUapi.DeviceInfo.LAYOUT;
    private static final VarHandle DI_SIZE = member(DEVICE_INFO, "size");
    private static final VarHandle DI_MAX_INLEN = member(DEVICE_INFO, "max_inlen");
    private static final VarHandle DI_MAX_OUTLEN = member(DEVICE_INFO, "max_outlen");
    private static final VarHandle DI_SCOPES = member(DEVICE_INFO, "scopes");
    private static final VarHandle DI_UCTX_CAP = member(DEVICE_INFO, "uctx_cap");
    private static final VarHandle DI_DEV_UCTX_CAP = member(DEVICE_INFO, "dev_uctx_cap");
    private static final VarHandle DI_UCTX_UID = member(DEVICE_INFO, "uctx_uid");
    private static final long DI_SCHEMA_ID = offset(DEVICE_INFO, "schema_id");
    private static final long DI_SCHEMA_ID_LEN = size(DEVICE_INFO, "schema_id");
    private static final long DI_NAME = offset(DEVICE_INFO, "name");
    private static final long DI_NAME_LEN = size(DEVICE_INFO, "name");

    private static final VarHandle FWCTL_RPC_SIZE = member(FwctlUapi.Rpc.LAYOUT, "size");
    private static final VarHandle FWCTL_RPC_SCOPE = member(FwctlUapi.Rpc.LAYOUT, "scope");
    private static final VarHandle FWCTL_RPC_IN_LEN = member(FwctlUapi.Rpc.LAYOUT, "in_len");
    private static final VarHandle FWCTL_RPC_OUT_LEN = member(FwctlUapi.Rpc.LAYOUT, "out_len");
    private static final VarHandle FWCTL_RPC_IN = member(FwctlUapi.Rpc.LAYOUT, "in");
    private static final VarHandle FWCTL_RPC_OUT = member(FwctlUapi.Rpc.LAYOUT, "out");

    private static final VarHandle FWCTL_INFO_SIZE = member(FwctlUapi.Info.LAYOUT, "size");
    private static final VarHandle FWCTL_INFO_TYPE = member(FwctlUapi.Info.LAYOUT, "out_device_type");
    private static final VarHandle FWCTL_INFO_DATA_LEN = member(FwctlUapi.Info.LAYOUT, "device_data_len");
    private static final VarHandle FWCTL_INFO_DATA = member(FwctlUapi.Info.LAYOUT, "out_device_data");
    private static final VarHandle FWCTL_MLX5_UID = member(FwctlMlx5Uapi.InfoMlx5.LAYOUT, "uid");
    private static final VarHandle FWCTL_MLX5_CAPS = member(FwctlMlx5Uapi.InfoMlx5.LAYOUT, "uctx_caps");

    private static final VarHandle UMEM_REG_ADDR = member(Mlx5ctlUapi.UmemReg.LAYOUT, "addr");
    private static final VarHandle UMEM_REG_LEN = member(Mlx5ctlUapi.UmemReg.LAYOUT, "len");
    private static final VarHandle UMEM_REG_ID = member(Mlx5ctlUapi.UmemReg.LAYOUT, "umem_id");
    private static final VarHandle UMEM_UNREG_ID = member(Mlx5ctlUapi.UmemUnreg.LAYOUT, "umem_id");

    private UapiStructs() {
    }

    private static VarHandle member(StructLayout layout, String name) {
        return layout.varHandle(MemoryLayout.PathElement.groupElement(name));
    }

    private static long offset(StructLayout layout, String name) {
        return layout.byteOffset(MemoryLayout.PathElement.groupElement(name));
    }

    private static long size(StructLayout layout, String name) {
        return layout.select(MemoryLayout.PathElement.groupElement(name)).byteSize();
    }

    /*
     * The three RPC structs (scoped, fwctl's, V4's) are written per call and have no padding (UapiStructsTest):
     * every byte is a field set here, so, unlike the others, they are not cleared first.
     */

    /** {@code struct mlx5ctl_rpc} for one mailbox pair at {@code scope} (a uAPI scope value). */
    static void encodeRpc(MemorySegment arg, int scope, MemorySegment in, MemorySegment out) {
        RPC_SIZE.set(arg, 0L, (int) Mlx5ctlUapi.Rpc.SIZEOF);
        RPC_SCOPE.set(arg, 0L, scope);
        RPC_INLEN.set(arg, 0L, (int) in.byteSize());
        RPC_OUTLEN.set(arg, 0L, (int) out.byteSize());
        RPC_IN.set(arg, 0L, in.address());
        RPC_OUT.set(arg, 0L, out.address());
    }

    /** fwctl's {@code struct fwctl_rpc} for one mailbox pair at {@code scope}. */
    static void encodeFwctlRpc(MemorySegment arg, int scope, MemorySegment in, MemorySegment out) {
        FWCTL_RPC_SIZE.set(arg, 0L, (int) FwctlUapi.Rpc.SIZEOF);
        FWCTL_RPC_SCOPE.set(arg, 0L, scope);
        FWCTL_RPC_IN_LEN.set(arg, 0L, (int) in.byteSize());
        FWCTL_RPC_OUT_LEN.set(arg, 0L, (int) out.byteSize());
        FWCTL_RPC_IN.set(arg, 0L, in.address());
        FWCTL_RPC_OUT.set(arg, 0L, out.address());
    }

    /** fwctl's {@code struct fwctl_info}, its device data to land in {@code arg} at {@link #FWCTL_DATA_OFFSET}. */
    static void encodeFwctlInfo(MemorySegment arg) {
        arg.fill((byte) 0);
        FWCTL_INFO_SIZE.set(arg, 0L, (int) FwctlUapi.Info.SIZEOF);
        FWCTL_INFO_DATA_LEN.set(arg, 0L, (int) FwctlMlx5Uapi.InfoMlx5.SIZEOF);
        FWCTL_INFO_DATA.set(arg, 0L, arg.address() + FWCTL_DATA_OFFSET);
    }

    /**
     * The FWCTL_INFO answer as the fields of a {@link DeviceInfo}: the uid and capabilities of the file's context
     * (fwctl grants TOOLS_RESOURCES, not the opener's privileges); empty when the device data is not mlx5's.
     */
    static Optional<Info> decodeFwctlInfo(MemorySegment arg) {
        if ((int) FWCTL_INFO_TYPE.get(arg, 0L) != FwctlUapi.FWCTL_DEVICE_TYPE_MLX5
                || (int) FWCTL_INFO_DATA_LEN.get(arg, 0L) < FwctlMlx5Uapi.InfoMlx5.SIZEOF) {
            return Optional.empty();
        }
        MemorySegment data = arg.asSlice(FWCTL_DATA_OFFSET, FwctlMlx5Uapi.InfoMlx5.SIZEOF);
        int caps = (int) FWCTL_MLX5_CAPS.get(data, 0L);
        return Optional.of(new Info((int) FWCTL_MLX5_UID.get(data, 0L) & 0xffff, caps, 0,
                Mlx5ctlUapi.MLX5CTL_UCTX_CAP_TOOLS_RESOURCES));
    }

    /** {@code struct mlx5ctl_cmdrpc} for one mailbox pair. */
    static void encodeCmdrpc(MemorySegment arg, MemorySegment in, MemorySegment out) {
        CMDRPC_IN.set(arg, 0L, in.address());
        CMDRPC_OUT.set(arg, 0L, out.address());
        CMDRPC_INLEN.set(arg, 0L, (int) in.byteSize());
        CMDRPC_OUTLEN.set(arg, 0L, (int) out.byteSize());
    }

    /** A zeroed {@code struct mlx5ctl_device_info} request: only its size set, as the driver expects. */
    static void encodeDeviceInfoRequest(MemorySegment arg) {
        arg.fill((byte) 0);
        DI_SIZE.set(arg, 0L, (int) Mlx5ctlUapi.DeviceInfo.SIZEOF);
    }

    /** {@code struct mlx5ctl_umem_reg} for the memory at {@code address}. */
    static void encodeUmemReg(MemorySegment arg, long address, long length) {
        arg.fill((byte) 0);
        UMEM_REG_ADDR.set(arg, 0L, address);
        UMEM_REG_LEN.set(arg, 0L, length);
    }

    /** The id the driver wrote into {@code struct mlx5ctl_umem_reg}. */
    static int umemId(MemorySegment arg) {
        return (int) UMEM_REG_ID.get(arg, 0L);
    }

    /** {@code struct mlx5ctl_umem_unreg} for one id. */
    static void encodeUmemUnreg(MemorySegment arg, int umemId) {
        arg.fill((byte) 0);
        UMEM_UNREG_ID.set(arg, 0L, umemId);
    }

    /** The V4 {@code struct mlx5ctl_info} answer, as the fields of a {@link DeviceInfo} built from it alone. */
    record Info(int uctxUid, int uctxCap, int devUctxCap, int ucap) {
    }

    static Info decodeInfo(MemorySegment arg) {
        return new Info(Short.toUnsignedInt((short) INFO_UCTX_UID.get(arg, 0L)), (int) INFO_UCTX_CAP.get(arg, 0L),
                (int) INFO_DEV_UCTX_CAP.get(arg, 0L), (int) INFO_UCAP.get(arg, 0L));
    }

    /**
     * Joins the V4 answer with the {@code struct mlx5ctl_device_info} answer in {@code deviceInfo}, or with
     * nothing when the driver has no DEVICE_INFO ({@code deviceInfo} empty); then the name is {@code fallbackName}.
     */
    static DeviceInfo decodeDeviceInfo(Info info, Optional<MemorySegment> deviceInfo, String fallbackName,
            String bindingsSchemaId) {
        if (deviceInfo.isEmpty()) {
            return new DeviceInfo(fallbackName, info.uctxUid(), info.uctxCap(), info.devUctxCap(), info.ucap(),
                    Set.of(), 0, 0, Optional.empty(), bindingsSchemaId);
        }
        MemorySegment di = deviceInfo.get();
        String name = cString(di.asSlice(DI_NAME, DI_NAME_LEN));
        byte[] schemaId = di.asSlice(DI_SCHEMA_ID, DI_SCHEMA_ID_LEN).toArray(ValueLayout.JAVA_BYTE);
        return new DeviceInfo(name.isEmpty() ? fallbackName : name,
                Short.toUnsignedInt((short) DI_UCTX_UID.get(di, 0L)), (int) DI_UCTX_CAP.get(di, 0L),
                (int) DI_DEV_UCTX_CAP.get(di, 0L), info.ucap(), scopes((int) DI_SCOPES.get(di, 0L)),
                Integer.toUnsignedLong((int) DI_MAX_INLEN.get(di, 0L)),
                Integer.toUnsignedLong((int) DI_MAX_OUTLEN.get(di, 0L)),
                Optional.of(HexFormat.of().formatHex(schemaId)), bindingsSchemaId);
    }

    /** The scopes whose bit {@code 1 << scope} is set. */
    static Set<Scope> scopes(int bits) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (Scope s : Scope.values()) {
            if (s.uapiValue() >= 0 && (bits & (1 << s.uapiValue())) != 0) {
                scopes.add(s);
            }
        }
        return scopes;
    }

    // The driver NUL-pads the name; a name that fills the array has no NUL and ends with it.
    private static String cString(MemorySegment chars) {
        byte[] bytes = chars.toArray(ValueLayout.JAVA_BYTE);
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    }
}
