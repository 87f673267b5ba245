package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and naming devices in a fake /dev and /sys under a temporary directory. */
class DevicesTest {

    @TempDir
    Path root;

    private Path dev;
    private Path sys;
    private Devices devices;

    @BeforeEach
    void fakeTree() throws IOException {
        dev = Files.createDirectories(root.resolve("dev"));
        sys = Files.createDirectories(root.resolve("sys"));
        Path misc = Files.createDirectories(sys.resolve("class/misc"));
        for (String name : List.of("mlx5ctl_sim.ctl.10", "mlx5ctl_sim.ctl.2", "mlx5_core.ctl.0")) {
            Files.createFile(dev.resolve("mlx5ctl-" + name));
            Files.createDirectories(misc.resolve("mlx5ctl-" + name));
        }
        Files.writeString(misc.resolve("mlx5ctl-mlx5ctl_sim.ctl.2/provider"), "mlx5ctl_sim\n");
        // Only sysfs shows this one (no devtmpfs); only /dev shows the last.
        Files.createDirectories(misc.resolve("mlx5ctl-mlx5ctl_sim.ctl.3"));
        Files.createFile(dev.resolve("mlx5ctl-orphan.ctl.1"));
        // Neither is an mlx5ctl device.
        Files.createFile(dev.resolve("null"));
        Files.createDirectories(misc.resolve("kvm"));
        devices = new Devices(dev, sys);
    }

    private List<String> names() {
        return devices.list().stream().map(DeviceEntry::name).toList();
    }

    @Test
    void listsEveryDeviceEitherRootShowsInNaturalOrder() {
        assertEquals(List.of("mlx5_core.ctl.0", "mlx5ctl_sim.ctl.2", "mlx5ctl_sim.ctl.3", "mlx5ctl_sim.ctl.10",
                "orphan.ctl.1"), names());
    }

    @Test
    void joinsNodeAndSysfsEntryByName() {
        DeviceEntry two = devices.find("mlx5ctl_sim.ctl.2");
        assertEquals(dev.resolve("mlx5ctl-mlx5ctl_sim.ctl.2"), two.node());
        assertEquals(Optional.of(sys.resolve("class/misc/mlx5ctl-mlx5ctl_sim.ctl.2")), two.sysfs());
        assertTrue(two.hasNode());
        assertEquals(Optional.of("mlx5ctl_sim"), two.attribute("provider"));
        assertEquals(Optional.empty(), two.attribute("open_files"));
    }

    @Test
    void aDeviceOnlySysfsShowsHasItsExpectedNodeButNoNodeFile() {
        DeviceEntry three = devices.find("mlx5ctl_sim.ctl.3");
        assertEquals(dev.resolve("mlx5ctl-mlx5ctl_sim.ctl.3"), three.node());
        assertFalse(three.hasNode());
        assertEquals(Optional.empty(), devices.find("orphan.ctl.1").sysfs());
    }

    @Test
    void findsByNumberAsTheIndexInTheList() {
        assertEquals("mlx5_core.ctl.0", devices.find("0").name());
        assertEquals("mlx5ctl_sim.ctl.10", devices.find("3").name());
        assertEquals("orphan.ctl.1", devices.find(" 4 ").name());
    }

    @Test
    void findsByNodeFileNameAndByNodePath() {
        assertEquals("mlx5ctl_sim.ctl.10", devices.find("mlx5ctl-mlx5ctl_sim.ctl.10").name());
        DeviceEntry byPath = devices.find(dev.resolve("mlx5ctl-mlx5ctl_sim.ctl.2").toString());
        assertEquals("mlx5ctl_sim.ctl.2", byPath.name());
        assertTrue(byPath.sysfs().isPresent(), "a listed node is the listed device, with its sysfs entry");
    }

    @Test
    void takesAPathOutsideTheListAsItIs() {
        DeviceEntry other = devices.find("/elsewhere/mlx5ctl-test.ctl.5");
        assertEquals("test.ctl.5", other.name());
        assertEquals(Path.of("/elsewhere/mlx5ctl-test.ctl.5"), other.node());
        assertEquals(Optional.empty(), other.sysfs());
    }

    @Test
    void anUnknownNameIsRefusedWithTheDevicesThereAre() {
        DeviceException e = assertThrows(DeviceException.class, () -> devices.find("mlx5ctl_sim.ctl.9"));
        assertEquals("no mlx5ctl device 'mlx5ctl_sim.ctl.9'; devices: 0: mlx5_core.ctl.0, 1: mlx5ctl_sim.ctl.2, "
                + "2: mlx5ctl_sim.ctl.3, 3: mlx5ctl_sim.ctl.10, 4: orphan.ctl.1", e.getMessage());
        assertEquals(0, e.errno());
    }

    @Test
    void aNumberPastTheEndIsRefusedWithTheRange() {
        DeviceException e = assertThrows(DeviceException.class, () -> devices.find("5"));
        assertTrue(e.getMessage().startsWith("no mlx5ctl device number 5: there are 5 (0-4)"), e.getMessage());
        assertThrows(DeviceException.class, () -> devices.find("99999999999999999999"));
    }

    @Test
    void anEmptyNameIsRefused() {
        assertThrows(DeviceException.class, () -> devices.find(" "));
        assertThrows(DeviceException.class, () -> devices.find(null));
    }

    @Test
    void missingRootsListNothingAndSaySoOnLookup() {
        Devices none = new Devices(root.resolve("no-dev"), root.resolve("no-sys"));
        assertEquals(List.of(), none.list());
        DeviceException e = assertThrows(DeviceException.class, () -> none.find("0"));
        assertTrue(e.getMessage().contains("there are none"), e.getMessage());
        assertTrue(e.getMessage().contains("is the mlx5ctl module loaded?"), e.getMessage());
    }

    @Test
    void readsTheCmdrpcScopeModuleParameter() throws IOException {
        assertEquals(Optional.empty(), devices.cmdrpcScope());
        Path param = Files.createDirectories(sys.resolve("module/mlx5ctl/parameters")).resolve("cmdrpc_scope");
        Files.writeString(param, "2\n");
        assertEquals(Optional.of(Scope.DEBUG_WRITE), devices.cmdrpcScope());
        Files.writeString(param, "9\n");
        assertEquals(Optional.empty(), devices.cmdrpcScope());
    }

    @Test
    void openingAListedDeviceWithoutItsNodeExplainsENOENT() {
        DeviceException e = assertThrows(DeviceException.class,
                () -> devices.open("mlx5ctl_sim.ctl.3", OpenOptions.defaults()));
        assertEquals(Errno.ENOENT.number(), e.errno());
        assertTrue(e.getMessage().startsWith("no device node " + dev.resolve("mlx5ctl-mlx5ctl_sim.ctl.3")
                + " (ENOENT)"), e.getMessage());
    }

    @Test
    void naturalOrderComparesDigitRunsByValue() {
        assertTrue(Devices.NATURAL_ORDER.compare("a.2", "a.10") < 0);
        assertTrue(Devices.NATURAL_ORDER.compare("a.10", "a.9") > 0);
        assertTrue(Devices.NATURAL_ORDER.compare("a.02", "a.2") != 0, "distinct names never compare equal");
        assertTrue(Devices.NATURAL_ORDER.compare("b.1", "a.2") > 0);
        assertEquals(0, Devices.NATURAL_ORDER.compare("x.1", "x.1"));
    }

    /**
     * A real ConnectX function's layout: the misc device under the auxiliary device under the PCI function, whose
     * net/ holds its interface; /sys/class entries are symlinks into /sys/devices, as in sysfs.
     */
    private void connectxFunction(String pci, String aux, String netdev) throws IOException {
        Path function = Files.createDirectories(sys.resolve("devices/pci0000:00/0000:00:02.0").resolve(pci));
        Path misc = Files.createDirectories(function.resolve(aux).resolve("misc/mlx5ctl-" + aux));
        Files.createSymbolicLink(misc.resolve("device"), Path.of("../.."));
        Path classMisc = sys.resolve("class/misc/mlx5ctl-" + aux);
        Files.delete(classMisc);
        Files.createSymbolicLink(classMisc, misc);
        Path net = Files.createDirectories(function.resolve("net").resolve(netdev));
        Files.createSymbolicLink(net.resolve("device"), Path.of("../.."));
        Files.createDirectories(sys.resolve("class/net"));
        Files.createSymbolicLink(sys.resolve("class/net").resolve(netdev), net);
    }

    @Test
    void findsAFunctionByPciAddressOrNetdev() throws IOException {
        connectxFunction("0000:08:00.0", "mlx5_core.ctl.0", "ens1f0np0");
        Files.createDirectories(sys.resolve("class/net/lo"));
        DeviceEntry d = devices.find("0000:08:00.0");
        assertEquals("mlx5_core.ctl.0", d.name());
        assertEquals(Optional.of("0000:08:00.0"), d.functionName());
        assertEquals(List.of("ens1f0np0"), d.netdevs());
        assertEquals("mlx5_core.ctl.0", devices.find("08:00.0").name(), "domain 0 may be left out");
        assertEquals("mlx5_core.ctl.0", devices.find("0000:08:00.0".toUpperCase(java.util.Locale.ROOT)).name());
        assertEquals("mlx5_core.ctl.0", devices.find("ens1f0np0").name());
        // Another function, an interface without a device, and one that does not exist are no device.
        for (String other : List.of("0000:09:00.0", "lo", "eth9")) {
            DeviceException e = assertThrows(DeviceException.class, () -> devices.find(other), other);
            assertTrue(e.getMessage().startsWith("no mlx5ctl device '" + other + "'"), e.getMessage());
        }
    }

    @Test
    void aFunctionWithoutPciIsNamedByItsParent() throws IOException {
        // The simulator: the misc device sits under its bus device mlx5ctl_sim2.
        Path misc = Files.createDirectories(sys.resolve("devices/mlx5ctl_sim2/misc/mlx5ctl-mlx5ctl_sim.ctl.2"));
        Files.createSymbolicLink(misc.resolve("device"), Path.of("../.."));
        Path classMisc = sys.resolve("class/misc/mlx5ctl-mlx5ctl_sim.ctl.2");
        Files.walk(classMisc).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.createSymbolicLink(classMisc, misc);
        assertEquals(Optional.of("mlx5ctl_sim2"), devices.find("mlx5ctl_sim.ctl.2").functionName());
        assertEquals("mlx5ctl_sim.ctl.2", devices.find("mlx5ctl_sim2").name());
        assertEquals(List.of(), devices.find("mlx5ctl_sim2").netdevs());
        assertEquals(Optional.empty(), devices.find("orphan.ctl.1").functionName(), "no sysfs, no function");
    }
}
