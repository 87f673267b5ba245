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

    /** {@code fwctl} and a number, as fwctl names its nodes ({@code fwctl0}). */
    static boolean isFwctlName(String s) {
        if (s.length() <= 5 || !s.startsWith("fwctl")) {
            return false;
        }
        for (int i = 5; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
