package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.CreateUctx;
import dev.mlx5ctl.prm.CreateUctxIn;
import dev.mlx5ctl.prm.CreateUctxOut;
import dev.mlx5ctl.prm.Nop;
import dev.mlx5ctl.prm.NopIn;
import dev.mlx5ctl.prm.NopOut;
import dev.mlx5ctl.prm.Prm;
import dev.mlx5ctl.prm.QueryHcaCap;
import dev.mlx5ctl.prm.QueryHcaCapIn;
import dev.mlx5ctl.prm.QueryHcaCapOut;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the runtime does on a host without a device: real open and ioctl downcalls against files that are not
 * mlx5ctl devices, and the schema check of opening.
 */
class DeviceTest {

    @TempDir
    Path dir;

    @Test
    void ioctlOnANodeThatIsNoMlx5ctlDeviceIsENOTTYThroughTheDowncall() {
        // /dev/null opens, and answers every unknown ioctl with ENOTTY: the errno captured by the downcall.
        DeviceException e = assertThrows(DeviceException.class,
                () -> Device.open(Path.of("/dev/null").toString()).close());
        assertEquals(Errno.ENOTTY.number(), e.errno());
        assertTrue(e.getMessage().contains("does not know ioctl MLX5CTL_IOCTL_INFO (0x80105c00) (ENOTTY)"),
                e.getMessage());
    }

    @Test
    void aRegularFileIsNoDeviceEither() throws IOException {
        Path file = Files.createFile(dir.resolve("mlx5ctl-fake.ctl.0"));
        DeviceException e = assertThrows(DeviceException.class, () -> Device.open(file.toString()).close());
        assertEquals(Errno.ENOTTY.number(), e.errno());
        assertTrue(e.getMessage().startsWith("device fake.ctl.0: "), e.getMessage());
    }

    @Test
    void aMissingNodeIsENOENTThroughTheDowncall() {
        Path missing = dir.resolve("mlx5ctl-gone.ctl.0");
        DeviceException e = assertThrows(DeviceException.class, () -> Device.open(missing.toString()).close());
        assertEquals(Errno.ENOENT.number(), e.errno());
        assertEquals("no device node " + missing + " (ENOENT): the device is gone, or /dev lacks its node "
                + "(devtmpfs or udev)", e.getMessage());
    }

    private static DeviceInfo infoWithSchema(Optional<String> driverSchemaId) {
        return new DeviceInfo("mlx5ctl_sim.ctl.0", 1, 7, 7, 7, Set.of(), 0, 0, driverSchemaId, Prm.SCHEMA_ID);
    }

    @Test
    void aMatchingSchemaNeitherWarnsNorThrows() {
        List<String> warnings = new ArrayList<>();
        Device.checkSchema(infoWithSchema(Optional.of(Prm.SCHEMA_ID)),
                OpenOptions.defaults().withStrict(true).withWarnings(warnings::add));
        Device.checkSchema(infoWithSchema(Optional.of(Prm.SCHEMA_ID)),
                OpenOptions.defaults().withWarnings(warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aMismatchWarnsThroughTheListenerWhenNotStrict() {
        List<String> warnings = new ArrayList<>();
        Device.checkSchema(infoWithSchema(Optional.of("00".repeat(32))),
                OpenOptions.defaults().withWarnings(warnings::add));
        assertEquals(1, warnings.size());
        assertTrue(warnings.getFirst().contains("built from schema 000000000000, this program from schema "
                + Prm.SCHEMA_ID.substring(0, 12)), warnings.getFirst());
    }

    @Test
    void aMismatchThrowsWhenStrict() {
        List<String> warnings = new ArrayList<>();
        SchemaMismatchException e = assertThrows(SchemaMismatchException.class, () -> Device.checkSchema(
                infoWithSchema(Optional.of("ab".repeat(32))),
                OpenOptions.defaults().withStrict(true).withWarnings(warnings::add)));
        assertEquals(Optional.of("ab".repeat(32)), e.driverSchemaId());
        assertEquals(Prm.SCHEMA_ID, e.bindingsSchemaId());
        assertEquals(List.of(), warnings, "strict refuses instead of warning");
    }

    @Test
    void aDriverWithoutSchemaIdentityIsRefusedWhenStrict() {
        SchemaMismatchException e = assertThrows(SchemaMismatchException.class, () -> Device.checkSchema(
                infoWithSchema(Optional.empty()), OpenOptions.defaults().withStrict(true)));
        assertEquals(Optional.empty(), e.driverSchemaId());
        assertTrue(e.getMessage().contains("does not report its schema identity"), e.getMessage());
    }

    /** A device over /dev/null: every ioctl reaches the kernel and comes back ENOTTY. */
    private static Device overDevNull() {
        return Device.overFile(new DeviceEntry("null.ctl.0", Path.of("/dev/null"), Optional.empty()),
                Devices.system(), Prm.REGISTRY, infoWithSchema(Optional.of(Prm.SCHEMA_ID)));
    }

    private static byte[] queryHcaCapIn() {
        return QueryHcaCap.in().opMod(1).build().segment().toArray(ValueLayout.JAVA_BYTE);
    }

    @Test
    void aScopedRpcThatFailsNamesTheIoctlAndTheCommandFromTheInput() {
        try (Device device = overDevNull()) {
            DeviceException e = assertThrows(DeviceException.class,
                    () -> device.execute(Scope.CONFIGURATION, queryHcaCapIn(), QueryHcaCapOut.SIZE_BYTES));
            assertEquals(Errno.ENOTTY.number(), e.errno());
            assertTrue(e.getMessage().startsWith("device mlx5ctl_sim.ctl.0: the driver does not know ioctl "
                    + "MLX5CTL_IOCTL_RPC (0x5c10) (ENOTTY)"), e.getMessage());
        }
    }

    @Test
    void nativeAndHeapMailboxesAndCmdrpcReachTheKernel() {
        try (Device device = overDevNull(); Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocate(16, 8);
            MemorySegment.copy(MemorySegment.ofArray(queryHcaCapIn()), 0, in, 0, 16);
            MemorySegment out = arena.allocate(QueryHcaCapOut.SIZE_BYTES, 8);
            assertEquals(Errno.ENOTTY.number(), assertThrows(DeviceException.class,
                    () -> device.execute(Scope.CONFIGURATION, in, out)).errno());
            // Larger than the per-thread buffer: copied through memory of its own.
            assertEquals(Errno.ENOTTY.number(), assertThrows(DeviceException.class,
                    () -> device.execute(Scope.CONFIGURATION, queryHcaCapIn(), 1 << 20)).errno());
            DeviceException e = assertThrows(DeviceException.class,
                    () -> device.cmdrpc(queryHcaCapIn(), QueryHcaCapOut.SIZE_BYTES));
            assertTrue(e.getMessage().contains("MLX5CTL_IOCTL_CMDRPC (0xc0185c01)"), e.getMessage());
        }
    }

    @Test
    void mailboxesShorterThanAHeaderAndTheKernelScopeAreRefusedBeforeTheIoctl() {
        try (Device device = overDevNull()) {
            assertThrows(IllegalArgumentException.class, () -> device.execute(Scope.CONFIGURATION, new byte[8], 16));
            assertThrows(IllegalArgumentException.class, () -> device.execute(Scope.CONFIGURATION, queryHcaCapIn(),
                    8));
            assertThrows(IllegalArgumentException.class, () -> device.execute(Scope.KERNEL, queryHcaCapIn(), 16));
        }
    }

    @Test
    void aTypedCommandRunsAtItsLeastScopeAndRefusesKernelOnlyCommands() {
        try (Device device = overDevNull()) {
            Command<QueryHcaCapIn, QueryHcaCapOut> query = Command.of(QueryHcaCap.INFO, QueryHcaCapIn::segment,
                    QueryHcaCapOut.SIZE_BYTES, QueryHcaCap::out);
            DeviceException e = assertThrows(DeviceException.class,
                    () -> device.execute(query, QueryHcaCap.in().opMod(1).build()));
            assertEquals(Errno.ENOTTY.number(), e.errno(), "the typed command reached the ioctl");
            assertEquals(QueryHcaCap.scopeFor(1), device.requiredScope(QueryHcaCap.in().opMod(1).build().segment()));
            DeviceException kernel = assertThrows(DeviceException.class, () -> device.execute(
                    Command.of(CreateUctx.INFO, CreateUctxIn::segment, CreateUctxOut.SIZE_BYTES, CreateUctx::out),
                    CreateUctx.in().build()));
            assertEquals("CREATE_UCTX is issued by the driver only; user space cannot send it", kernel.getMessage());
            assertThrows(IllegalArgumentException.class, () -> device.execute(query, QueryHcaCapIn.builder()
                    .opcode(Nop.OPCODE).build()), "an input with another command's opcode");
        }
    }

    @Test
    void aRefusedUmemRegistrationExplainsItselfAndHeapMemoryIsRefusedFirst() {
        try (Device device = overDevNull()) {
            DeviceException e = assertThrows(DeviceException.class, () -> device.registerUmem(1 << 16));
            assertTrue(e.getMessage().contains("MLX5CTL_IOCTL_UMEM_REG"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> device.registerUmem(0));
            assertThrows(IllegalArgumentException.class, () -> device.registerUmem(MemorySegment.ofArray(
                    new byte[4096])));
        }
    }

    @Test
    void closeWaitsForCallsUnderWayAndLaterCallsSeeAClosedDevice() throws InterruptedException {
        Device device = overDevNull();
        AtomicLong calls = new AtomicLong();
        AtomicLong closedSeen = new AtomicLong();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                byte[] in = queryHcaCapIn();
                while (true) {
                    try {
                        device.execute(Scope.CONFIGURATION, in, 16);
                    } catch (IllegalStateException e) {
                        closedSeen.incrementAndGet();
                        return;
                    } catch (DeviceException e) {
                        // ENOTTY is /dev/null's answer; EBADF would mean an ioctl on a closed descriptor.
                        if (e.errno() != Errno.ENOTTY.number()) {
                            unexpected.add(e);
                        }
                    } catch (Throwable e) {
                        unexpected.add(e);
                        return;
                    }
                    calls.incrementAndGet();
                }
            }));
        }
        while (calls.get() < 1000) {
            Thread.onSpinWait();
        }
        device.close();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), unexpected);
        assertEquals(4, closedSeen.get());
        assertFalse(device.isOpen());
        device.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> device.execute(Scope.CONFIGURATION,
                queryHcaCapIn(), 16));
        assertEquals("device mlx5ctl_sim.ctl.0 is closed", e.getMessage());
    }

    @Test
    void aCommandRefusesAnOutputMailboxShorterThanAHeader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Command.of(Nop.INFO, NopIn::segment, 8, Nop::out));
        assertEquals("NOP: an output mailbox has at least 16 bytes, not 8", e.getMessage());
        assertEquals(64, Command.of(Nop.INFO, NopIn::segment, NopOut.SIZE_BYTES, Nop::out).withOutBytes(64)
                .outBytes());
    }
}
