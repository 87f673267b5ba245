package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FrontDoorTest {

    @Test
    void fwctlNodesAreFwctlAndEveryOtherNodeIsTheMiscDoor() {
        assertEquals(FrontDoor.FWCTL, FrontDoor.of(Path.of("/dev/fwctl/fwctl0")));
        assertEquals(FrontDoor.FWCTL, FrontDoor.of(Path.of("/dev/fwctl/fwctl12")));
        assertEquals(FrontDoor.MISC, FrontDoor.of(Path.of("/dev/mlx5ctl-mlx5ctl_sim.ctl.0")));
        assertEquals(FrontDoor.MISC, FrontDoor.of(Path.of("/dev/fwctl/fwctl")));
        assertEquals(FrontDoor.MISC, FrontDoor.of(Path.of("/dev/fwctl/fwctl1a")));
        assertEquals(FrontDoor.MISC, FrontDoor.of(Path.of("/dev/fwctl/xfwctl1")));
        assertEquals(FrontDoor.MISC, FrontDoor.of(Path.of("/")));
    }
}
