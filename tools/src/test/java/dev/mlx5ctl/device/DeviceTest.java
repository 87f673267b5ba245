package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.prm.Nop;
import dev.mlx5ctl.prm.NopIn;
import dev.mlx5ctl.prm.NopOut;
import dev.mlx5ctl.prm.Prm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    @Test
    void aCommandRefusesAnOutputMailboxShorterThanAHeader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Command.of(Nop.INFO, NopIn::segment, 8, Nop::out));
        assertEquals("NOP: an output mailbox has at least 16 bytes, not 8", e.getMessage());
        assertEquals(64, Command.of(Nop.INFO, NopIn::segment, NopOut.SIZE_BYTES, Nop::out).withOutBytes(64)
                .outBytes());
    }
}
