package dev.mlx5ctl.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One mlx5ctl device as {@link Devices#list()} finds it.
 *
 * @param name  the device's name, the auxiliary device's ({@code mlx5ctl_sim.ctl.0})
 * @param node  its character device node ({@code /dev/mlx5ctl-mlx5ctl_sim.ctl.0}); it may not exist when only
 *              sysfs shows the device (no devtmpfs or udev)
 * @param sysfs its misc class directory ({@code /sys/class/misc/mlx5ctl-mlx5ctl_sim.ctl.0}), if sysfs shows it
 * @param fwctl its fwctl node ({@code /dev/fwctl/fwctl0}), if the driver serves fwctl's uAPI and sysfs says so
 */
public record DeviceEntry(String name, Path node, Optional<Path> sysfs, Optional<Path> fwctl) {

    /** A device without a known fwctl node. */
    public DeviceEntry(String name, Path node, Optional<Path> sysfs) {
        this(name, node, sysfs, Optional.empty());
    }

    /** The uAPI {@link #node()} serves. */
    public FrontDoor door() {
        return FrontDoor.of(node);
    }

    /** The same device, to be opened through its fwctl node (when it has one: else this entry). */
    public DeviceEntry viaFwctl() {
        return fwctl.map(f -> new DeviceEntry(name, f, sysfs, fwctl)).orElse(this);
    }

    /** Whether the device node exists, so that the device can be opened. */
    public boolean hasNode() {
        return Files.exists(node);
    }

    /**
     * A sysfs attribute of the device, trimmed ({@code provider}, {@code open_files}, {@code uctx_count},
     * {@code umem_count}); empty without sysfs or without that attribute.
     */
    public Optional<String> attribute(String attribute) {
        if (sysfs.isEmpty() || attribute.contains("/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(sysfs.get().resolve(attribute)).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A PCI function's sysfs name: domain, bus, device and function ({@code 0000:08:00.0}). */
    static final java.util.regex.Pattern PCI_ADDRESS =
            java.util.regex.Pattern.compile("[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]");

    /**
     * The function the device belongs to, from sysfs: the PCI function its misc device sits under (the nearest
     * ancestor named by a PCI address), else its parent device (the simulator's {@code mlx5ctl_sim0}); the real
     * path of that directory. Empty without sysfs.
     */
    public Optional<Path> function() {
        if (sysfs.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path parent = sysfs.get().resolve("device").toRealPath();
            return pciFunction(parent).or(() -> Optional.of(parent));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The PCI function a sysfs device directory is, or sits under: the nearest one named by a PCI address. */
    static Optional<Path> pciFunction(Path device) {
        for (Path p = device; p != null && p.getFileName() != null; p = p.getParent()) {
            if (PCI_ADDRESS.matcher(p.getFileName().toString()).matches()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The name of {@link #function()}: a PCI address ({@code 0000:08:00.0}) or the parent's name. */
    public Optional<String> functionName() {
        return function().map(f -> f.getFileName().toString());
    }

    /** The network interfaces of {@link #function()} ({@code ens1f0np0}), sorted; none for the simulator. */
    public List<String> netdevs() {
        Optional<Path> function = function();
        if (function.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> nets = Files.list(function.get().resolve("net"))) {
            return nets.map(n -> n.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
