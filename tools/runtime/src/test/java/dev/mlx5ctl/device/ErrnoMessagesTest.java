package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.device.ErrnoMessages.Open;
import dev.mlx5ctl.device.ErrnoMessages.Query;
import dev.mlx5ctl.device.ErrnoMessages.Rpc;
import dev.mlx5ctl.device.ErrnoMessages.UmemReg;
import dev.mlx5ctl.device.ErrnoMessages.UmemUnreg;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.AccessReg;
import dev.mlx5ctl.prm.CreateUctx;
import dev.mlx5ctl.prm.Prm;
import dev.mlx5ctl.prm.QueryHcaCap;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrnoMessagesTest {

    private static final String DEV = "mlx5ctl_sim.ctl.0";

    private static Rpc rpc(Scope scope, int opcode, int opMod) {
        return new Rpc(false, Optional.of(scope), opcode, opMod, 16, 4112);
    }

    private static String message(Errno errno, ErrnoMessages.Call call) {
        DeviceException e = ErrnoMessages.explain(DEV, errno.number(), call, Prm.REGISTRY);
        assertEquals(errno.number(), e.errno());
        assertEquals(Optional.of(errno), e.errnoName());
        return e.getMessage();
    }

    private static void assertContains(String message, String... parts) {
        assertAll(java.util.Arrays.stream(parts).map(p -> () -> assertTrue(message.contains(p),
                () -> "'" + p + "' missing from: " + message)));
    }

    @Test
    void epermAtDebugWriteFullNamesCapSysRawio() {
        assertContains(message(Errno.EPERM, rpc(Scope.DEBUG_WRITE_FULL, QueryHcaCap.OPCODE, 1)),
                "debug-write-full needs CAP_SYS_RAWIO", "(EPERM)", "QUERY_HCA_CAP (0x100) was not sent");
    }

    @Test
    void ebadmsgNamesTheCommandTheScopeAndTheScopeItNeeds() {
        // ACCESS_REG read (op_mod 1) needs debug-read-only in the schema: asked at configuration, it is refused.
        String m = message(Errno.EBADMSG, rpc(Scope.CONFIGURATION, AccessReg.OPCODE, 1));
        assertContains(m, "policy refused ACCESS_REG (0x805) at scope configuration", "(EBADMSG)",
                "needs scope " + AccessReg.scopeFor(1).schemaName());
    }

    @Test
    void ebadmsgForAKernelOnlyCommandSaysTheDriverKeepsIt() {
        assertContains(message(Errno.EBADMSG, rpc(Scope.DEBUG_WRITE, CreateUctx.OPCODE, 0)),
                "CREATE_UCTX (0xa04)", "reserves CREATE_UCTX to the driver");
    }

    @Test
    void ebadmsgForAnOpcodeNoSchemaKnows() {
        assertContains(message(Errno.EBADMSG, rpc(Scope.CONFIGURATION, 0x7f7f, 0)), "opcode 0x7f7f",
                "does not know the opcode");
    }

    @Test
    void ebadmsgForAnAllowedCommandPointsAtTheSchemaDifference() {
        assertContains(message(Errno.EBADMSG, rpc(Scope.DEBUG_WRITE, QueryHcaCap.OPCODE, 1)),
                "driver's schema differs");
    }

    @Test
    void ebadmsgOnCmdrpcNamesTheModuleParameterScope() {
        Rpc cmdrpc = new Rpc(true, Optional.of(Scope.DEBUG_READ_ONLY), CreateUctx.OPCODE, 0, 16, 16);
        assertContains(message(Errno.EBADMSG, cmdrpc), "CMDRPC scope debug-read-only", "cmdrpc_scope");
    }

    @Test
    void enodevSaysTheDeviceWasRemoved() {
        assertContains(message(Errno.ENODEV, rpc(Scope.CONFIGURATION, QueryHcaCap.OPCODE, 1)),
                "device " + DEV + ": the device was removed (ENODEV)");
    }

    @Test
    void enottyNamesTheIoctlAndSuggestsAnOldDriver() {
        assertContains(message(Errno.ENOTTY, new Query("MLX5CTL_IOCTL_DEVICE_INFO")),
                "does not know ioctl MLX5CTL_IOCTL_DEVICE_INFO (0x5c11)", "(ENOTTY)", "older mlx5ctl driver");
        assertContains(message(Errno.ENOTTY, rpc(Scope.CONFIGURATION, QueryHcaCap.OPCODE, 1)),
                "MLX5CTL_IOCTL_RPC (0x5c10)");
    }

    @Test
    void enomemOnUmemRegistrationPointsAtRlimitMemlock() {
        assertContains(message(Errno.ENOMEM, new UmemReg(0x7f0000000000L, 2 << 20)),
                "cannot pin 2097152 bytes at 0x7f0000000000", "RLIMIT_MEMLOCK", "(ENOMEM)");
    }

    @Test
    void enomemOnAnRpcIsTheKernelsMemory() {
        String m = message(Errno.ENOMEM, rpc(Scope.CONFIGURATION, QueryHcaCap.OPCODE, 1));
        assertContains(m, "could not allocate the mailboxes of QUERY_HCA_CAP");
        assertFalse(m.contains("RLIMIT_MEMLOCK"), m);
    }

    @Test
    void lengthErrorsGiveTheLengthsAndTheLimits() {
        assertContains(message(Errno.EINVAL, rpc(Scope.CONFIGURATION, QueryHcaCap.OPCODE, 1)),
                "mailbox lengths of QUERY_HCA_CAP", "in 16 bytes, out 4112 bytes", "(EINVAL)", "at least 16");
        assertContains(message(Errno.EMSGSIZE, rpc(Scope.CONFIGURATION, QueryHcaCap.OPCODE, 1)),
                "too large", "at most 2097152", "(EMSGSIZE)");
        assertContains(message(Errno.EINVAL, new Rpc(true, Optional.empty(), QueryHcaCap.OPCODE, 1, 16, 16)),
                "CMDRPC takes at most 262144");
    }

    @Test
    void eachRemainingErrnoOfAnRpcHasItsOwnExplanation() {
        Rpc call = rpc(Scope.DEBUG_WRITE, QueryHcaCap.OPCODE, 1);
        assertContains(message(Errno.E2BIG, call), "non-zero tail", "newer than the driver", "(E2BIG)");
        assertContains(message(Errno.EOPNOTSUPP, call), "does not support scope debug-write", "(EOPNOTSUPP)");
        assertContains(message(Errno.EFAULT, call), "could not access the memory", "(EFAULT)");
        assertContains(message(Errno.ETIMEDOUT, call), "did not answer QUERY_HCA_CAP (0x100) in time",
                "(ETIMEDOUT)");
        assertContains(message(Errno.EINTR, call), "interrupted by a signal before QUERY_HCA_CAP (0x100)",
                "safe to retry", "(EINTR)");
    }

    @Test
    void openFailuresNameTheNode() {
        Path node = Path.of("/dev/mlx5ctl-x");
        assertContains(message(Errno.ENOENT, new Open(node)), "no device node /dev/mlx5ctl-x (ENOENT)");
        assertContains(message(Errno.EACCES, new Open(node)), "permission denied opening /dev/mlx5ctl-x",
                "(EACCES)", "root");
    }

    @Test
    void umemUnregistrationOfAnUnknownId() {
        assertContains(message(Errno.ENOENT, new UmemUnreg(42)), "no umem 42 is registered", "(ENOENT)");
    }

    @Test
    void anErrnoWithoutASpecificMessageStillNamesTheCallAndTheErrno() {
        assertContains(message(Errno.EBUSY, new UmemUnreg(1)),
                "MLX5CTL_IOCTL_UMEM_UNREG failed: device or resource busy (EBUSY)");
        DeviceException e = ErrnoMessages.explain(DEV, 200, new Query("MLX5CTL_IOCTL_INFO"), Prm.REGISTRY);
        assertEquals(200, e.errno());
        assertEquals(Optional.empty(), e.errnoName());
        assertContains(e.getMessage(), "MLX5CTL_IOCTL_INFO failed: errno 200");
    }

    @ParameterizedTest
    @EnumSource(Errno.class)
    void everyMessageIsOneLineThatNamesTheDevice(Errno errno) {
        for (ErrnoMessages.Call call : new ErrnoMessages.Call[] {rpc(Scope.CONFIGURATION, QueryHcaCap.OPCODE, 1),
            new UmemReg(4096, 4096), new UmemUnreg(3), new Query("MLX5CTL_IOCTL_INFO")}) {
            String m = message(errno, call);
            assertFalse(m.contains("\n") || m.contains("{}"), m);
            assertTrue(m.contains(DEV), m);
            assertTrue(m.contains(errno.name()), m);
        }
    }

    @Test
    void errnoNumbersAreLinuxs() {
        assertEquals(1, Errno.EPERM.number());
        assertEquals(19, Errno.ENODEV.number());
        assertEquals(25, Errno.ENOTTY.number());
        assertEquals(74, Errno.EBADMSG.number());
        assertEquals(90, Errno.EMSGSIZE.number());
        assertEquals(95, Errno.EOPNOTSUPP.number());
        assertEquals(110, Errno.ETIMEDOUT.number());
        assertEquals("EINVAL (22)", Errno.describe(22));
        assertEquals("errno 4242", Errno.describe(4242));
    }
}
