package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Scope;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds mlx5ctl devices: the nodes {@code /dev/mlx5ctl-*} and the misc class entries
 * {@code /sys/class/misc/mlx5ctl-*}, joined by name. {@link #system()} looks at the real roots; a test hands in
 * a fake tree.
 *
 * <p>A device is named as a user would: by its name ({@code mlx5ctl_sim.ctl.0}), by its node's file name
 * ({@code mlx5ctl-mlx5ctl_sim.ctl.0}), by a path to its node ({@code /dev/mlx5ctl-mlx5ctl_sim.ctl.0}), or by its
 * number, the index in {@link #list()}; or by its function: a PCI address ({@code 0000:08:00.0}), a network
 * interface of that function ({@code ens1f0np0}) or the parent's sysfs name. Its fwctl node ({@code fwctl0} or
 * {@code /dev/fwctl/fwctl0}), which the misc device's sysfs attribute {@code fwctl} names, opens the same device
 * through fwctl's uAPI.
 */
public final class Devices {

    /** The prefix of every node and misc class entry: {@code mlx5ctl-<name>}. */
    public static final String NODE_PREFIX = "mlx5ctl-";

    private static final Devices SYSTEM = new Devices(Path.of("/dev"), Path.of("/sys"));

    private final Path devRoot;
    private final Path sysRoot;

    /**
     * Devices under other roots than the system's: a test's fake tree, or a chroot's.
     *
     * @param devRoot where device nodes live ({@code /dev})
     * @param sysRoot where sysfs is mounted ({@code /sys})
     */
    public Devices(Path devRoot, Path sysRoot) {
        this.devRoot = devRoot;
        this.sysRoot = sysRoot;
    }

    /** The devices of this machine: {@code /dev} and {@code /sys}. */
    public static Devices system() {
        return SYSTEM;
    }

    /** Where device nodes are looked for. */
    public Path devRoot() {
        return devRoot;
    }

    /** Where sysfs is looked for. */
    public Path sysRoot() {
        return sysRoot;
    }

    /**
     * Every device either root shows, sorted by name with numbers in numeric order ({@code ctl.2} before
     * {@code ctl.10}). A missing or unreadable root contributes nothing.
     */
    public List<DeviceEntry> list() {
        Map<String, Path> nodes = scan(devRoot, false);
        Map<String, Path> classes = scan(sysRoot.resolve("class").resolve("misc"), true);
        Map<String, DeviceEntry> byName = new TreeMap<>(NATURAL_ORDER);
        nodes.forEach((name, node) -> byName.put(name, entry(name, node, Optional.ofNullable(classes.get(name)))));
        classes.forEach((name, dir) -> byName.putIfAbsent(name, entry(name, devRoot.resolve(NODE_PREFIX + name),
                Optional.of(dir))));
        return List.copyOf(byName.values());
    }

    private DeviceEntry entry(String name, Path node, Optional<Path> sysfs) {
        Optional<Path> fwctl = new DeviceEntry(name, node, sysfs).attribute("fwctl")
                .filter(FrontDoor::isFwctlName)
                .map(n -> devRoot.resolve("fwctl").resolve(n));
        return new DeviceEntry(name, node, sysfs, fwctl);
    }

    private static Map<String, Path> scan(Path dir, boolean directories) {
        Map<String, Path> found = new TreeMap<>();
        // A prefix test, not a glob: a glob becomes a regex compiled per scan and run on every name of /dev, for
        // no more exactness.
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(NODE_PREFIX))) {
            for (Path p : entries) {
                String name = p.getFileName().toString().substring(NODE_PREFIX.length());
                if (!name.isEmpty() && Files.isDirectory(p) == directories) {
                    found.put(name, p);
                }
            }
        } catch (IOException e) {
            // No /dev or no sysfs (a container, a chroot): the other root may still show devices.
        }
        return found;
    }

    /**
     * The device {@code spec} names: a number (index in {@link #list()}), a name, a node's file name or a path to
     * a node. A path outside the listed devices is taken as it is, so that a node elsewhere can be opened.
     *
     * @throws DeviceException naming the devices there are, when none matches
     */
    public DeviceEntry find(String spec) {
        String s = spec == null ? "" : spec.strip();
        if (s.isEmpty()) {
            throw new DeviceException("no device named: give a device name or number" + available(list()));
        }
        List<DeviceEntry> devices = list();
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int index;
            try {
                index = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                index = Integer.MAX_VALUE;
            }
            if (index >= devices.size()) {
                throw new DeviceException("no mlx5ctl device number " + s + ": "
                        + (devices.isEmpty() ? "there are none" + hint()
                                : "there " + (devices.size() == 1 ? "is 1" : "are " + devices.size())
                                        + " (0" + (devices.size() > 1 ? "-" + (devices.size() - 1) : "") + ")"
                                        + available(devices)));
            }
            return devices.get(index);
        }
        if (FrontDoor.isFwctlName(s)) {
            for (DeviceEntry d : devices) {
                if (d.fwctl().map(f -> f.getFileName().toString().equals(s)).orElse(false)) {
                    return d.viaFwctl();
                }
            }
            throw new DeviceException("no fwctl node '" + s + "' of an mlx5ctl device"
                    + (devices.isEmpty() ? ": there are none" + hint() : available(devices)));
        }
        if (s.contains("/")) {
            Path node = Path.of(s);
            Path wanted = node.toAbsolutePath().normalize();
            for (DeviceEntry d : devices) {
                if (d.node().equals(node) || d.node().toAbsolutePath().normalize().equals(wanted)) {
                    return d;
                }
                if (d.fwctl().map(f -> f.toAbsolutePath().normalize().equals(wanted)).orElse(false)) {
                    return d.viaFwctl();
                }
            }
            String file = node.getFileName() == null ? s : node.getFileName().toString();
            String name = file.startsWith(NODE_PREFIX) ? file.substring(NODE_PREFIX.length()) : file;
            return new DeviceEntry(name, node, Optional.empty());
        }
        String name = s.startsWith(NODE_PREFIX) ? s.substring(NODE_PREFIX.length()) : s;
        for (DeviceEntry d : devices) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        Optional<DeviceEntry> byFunction = byFunction(s, devices);
        if (byFunction.isPresent()) {
            return byFunction.get();
        }
        throw new DeviceException("no mlx5ctl device '" + s + "'"
                + (devices.isEmpty() ? ": there are none" + hint() : available(devices)));
    }

    /**
     * The device of a function named as users name it: its PCI address ({@code 0000:08:00.0}, or {@code 08:00.0}
     * in domain 0), one of its network interfaces ({@code ens1f0np0}, through {@code /sys/class/net}), or its
     * parent's sysfs name ({@code mlx5ctl_sim0}).
     */
    private Optional<DeviceEntry> byFunction(String spec, List<DeviceEntry> devices) {
        String function = spec.toLowerCase(java.util.Locale.ROOT);
        if (function.matches("[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]")) {
            function = "0000:" + function;
        }
        if (!DeviceEntry.PCI_ADDRESS.matcher(function).matches()) {
            Optional<String> netdevFunction = netdevFunction(spec);
            if (netdevFunction.isPresent()) {
                function = netdevFunction.get();
            } else {
                function = spec;
            }
        }
        for (DeviceEntry d : devices) {
            if (d.functionName().map(function::equals).orElse(false)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The PCI function of network interface {@code name}, if sysfs has one. */
    private Optional<String> netdevFunction(String name) {
        if (name.contains("/") || name.startsWith(".")) {
            return Optional.empty();
        }
        try {
            return DeviceEntry.pciFunction(sysRoot.resolve("class/net").resolve(name).resolve("device").toRealPath())
                    .map(p -> p.getFileName().toString());
        } catch (IOException e) {
            return Optional.empty(); // No such interface, or one without a device (lo, a bridge).
        }
    }

    /** Opens the device {@code spec} names, as {@link Device#open(String, OpenOptions)} does. */
    public Device open(String spec, OpenOptions options) {
        return Device.open(this, find(spec), options);
    }

    /**
     * The scope the V4 CMDRPC ioctl runs at: the mlx5ctl module's {@code cmdrpc_scope} parameter, if sysfs shows
     * it.
     */
    public Optional<Scope> cmdrpcScope() {
        try {
            int value = Integer.parseInt(Files.readString(sysRoot.resolve("module/mlx5ctl/parameters/cmdrpc_scope"))
                    .strip());
            for (Scope s : Scope.values()) {
                if (s.uapiValue() == value) {
                    return Optional.of(s);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not loaded, no sysfs, or a value this runtime does not know: the caller says less.
        }
        return Optional.empty();
    }

    private static String available(List<DeviceEntry> devices) {
        if (devices.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            DeviceEntry d = devices.get(i);
            names.add(i + ": " + d.name() + d.fwctl().map(f -> " (" + f.getFileName() + ")").orElse(""));
        }
        return "; devices: " + String.join(", ", names);
    }

    private String hint() {
        return " (no " + devRoot.resolve(NODE_PREFIX + "*") + " nor " + sysRoot.resolve("class/misc/" + NODE_PREFIX
                + "*") + "; is the mlx5ctl module loaded?)";
    }

    /** Orders names as a person would: runs of digits by their value, everything else by character. */
    static final Comparator<String> NATURAL_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String da = stripZeros(a.substring(i, ei));
                String db = stripZeros(b.substring(j, ej));
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    };

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
