package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.device.DeviceEntry;
import dev.mlx5ctl.device.Devices;
import dev.mlx5ctl.device.FrontDoor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@link CliGuestTest} again, with the device named by its fwctl node
 * ({@code /dev/fwctl/fwctlN}): the CLI works the same through fwctl's uAPI.
 */
@Tag("guest")
class CliFwctlGuestTest extends CliGuestTest {

    /** The fwctl node the misc device's sysfs attribute names. */
    @Override
    String dev() {
        try {
            String name = Files.readString(Path.of("/sys/class/misc/mlx5ctl-" + DEV + "/fwctl")).strip();
            return "/dev/fwctl/" + name;
        } catch (IOException e) {
            throw new AssertionError("device " + DEV + " has no fwctl attribute", e);
        }
    }

    /** fwctl's rule: TOOLS_RESOURCES, whatever the opener's privileges. */
    @Override
    List<String> rootUctxCaps() {
        return List.of("tools_resources");
    }

    @Test
    void fwctlNodeNamesTheSameDeviceByPathAndByName() {
        Path node = Path.of(dev());
        DeviceEntry byPath = Devices.system().find(node.toString());
        DeviceEntry byName = Devices.system().find(node.getFileName().toString());
        assertEquals(DEV, byPath.name());
        assertEquals(byPath, byName);
        assertEquals(FrontDoor.FWCTL, byName.door());
        assertTrue(byName.hasNode(), node + " missing");
    }
}
