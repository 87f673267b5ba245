package dev.mlx5ctl.device;

import java.nio.file.Path;

/** The uAPI a device node serves: the driver gives each device both. */
public enum FrontDoor {
    /** {@code /dev/mlx5ctl-<name>}: the mlx5ctl V4 misc node and this driver's scoped RPC. */
    MISC,
    /** {@code /dev/fwctl/fwctlN}: fwctl's uAPI (Linux 6.15), served on kernels without fwctl. */
    FWCTL;

    /** The door a node serves, by its file name: {@code fwctlN} is fwctl's, anything else the misc node. */
    public static FrontDoor of(Path node) {
        Path file = node.getFileName();
        return file != null && isFwctlName(file.toString()) ? FWCTL : MISC;
    }

    static boolean isFwctlName(String s) {
        return s.matches("fwctl[0-9]+");
    }
}
