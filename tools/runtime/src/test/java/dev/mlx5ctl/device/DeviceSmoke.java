package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.CreateUctx;
import dev.mlx5ctl.prm.Nop;
import dev.mlx5ctl.prm.NopIn;
import dev.mlx5ctl.prm.NopOut;
import dev.mlx5ctl.prm.QueryHcaCap;
import dev.mlx5ctl.prm.QueryHcaCapIn;
import dev.mlx5ctl.prm.QueryHcaCapOut;
import dev.mlx5ctl.prm.QueryIssi;
import dev.mlx5ctl.prm.QueryIssiIn;
import dev.mlx5ctl.prm.QueryIssiOut;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A smoke run of the runtime against a real device, for the QEMU guest with the simulator loaded
 * ({@code make vm-run CMD='tools/runtime/src/test/device-smoke.sh'}): one line per step, then
 * {@code N passed, N failed}.
 * Not a unit test: it needs a device, so surefire never runs it (its name does not end in Test).
 */
public final class DeviceSmoke {

    private static int passed;
    private static int failed;

    private DeviceSmoke() {
    }

    public static void main(String[] args) throws Exception {
        String spec = args.length > 0 ? args[0] : "0";
        Path debugfs = Path.of("/sys/kernel/debug/mlx5ctl_sim/0");
        step("list", () -> {
            List<DeviceEntry> devices = Device.list();
            check(!devices.isEmpty(), "no devices");
            return devices.toString();
        });
        try (Device device = Device.open(spec)) {
            step("info", () -> device.info().toString() + " schema " + device.info().schemaMatch());
            Command<QueryHcaCapIn, QueryHcaCapOut> queryHcaCap = Command.of(QueryHcaCap.INFO,
                    QueryHcaCapIn::segment, QueryHcaCapOut.SIZE_BYTES, QueryHcaCap::out);
            step("typed QUERY_HCA_CAP general current", () -> {
                QueryHcaCapOut out = device.execute(queryHcaCap, QueryHcaCap.in().opMod(1).build());
                return "status " + out.statusName() + ", uctx_cap 0x" + Long.toHexString(
                        out.capability().cmdHcaCap().uctxCap()) + ", log_max_qp "
                        + out.capability().cmdHcaCap().logMaxQp();
            });
            step("typed QUERY_ISSI", () -> {
                QueryIssiOut out = device.execute(Command.of(QueryIssi.INFO, QueryIssiIn::segment,
                        QueryIssiOut.SIZE_BYTES, QueryIssi::out), QueryIssi.in().build());
                return "current_issi " + out.currentIssi();
            });
            step("raw NOP, native segments", () -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment in = arena.allocate(NopIn.SIZE_BYTES, 8);
                    MemorySegment.copy(Nop.in().build().segment(), 0, in, 0, NopIn.SIZE_BYTES);
                    MemorySegment out = arena.allocate(NopOut.SIZE_BYTES, 8);
                    device.execute(Scope.CONFIGURATION, in, out);
                    return "status " + NopOut.wrap(out).statusName();
                }
            });
            step("CMDRPC NOP, arrays", () -> {
                byte[] out = device.cmdrpc(Nop.in().build().segment().toArray(ValueLayout.JAVA_BYTE),
                        NopOut.SIZE_BYTES);
                return "status " + NopOut.wrap(MemorySegment.ofArray(out)).statusName();
            });
            step("kernel-only CREATE_UCTX refused locally", () -> {
                try {
                    device.execute(Command.of(CreateUctx.INFO, dev.mlx5ctl.prm.CreateUctxIn::segment,
                            dev.mlx5ctl.prm.CreateUctxOut.SIZE_BYTES, CreateUctx::out), CreateUctx.in().build());
                    throw new AssertionError("no exception");
                } catch (DeviceException e) {
                    return e.getMessage();
                }
            });
            step("EBADMSG: CREATE_UCTX at debug-write", () -> expectErrno(Errno.EBADMSG, () -> device.execute(
                    Scope.DEBUG_WRITE, CreateUctx.in().build().segment().toArray(ValueLayout.JAVA_BYTE), 16)));
            step("EBADMSG: unknown opcode", () -> expectErrno(Errno.EBADMSG, () -> device.execute(
                    Scope.CONFIGURATION, new byte[] {0x7f, 0x7f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 16)));
            step("short output: the firmware answers BAD_OUTP_LEN", () -> {
                try {
                    device.execute(Scope.CONFIGURATION, QueryHcaCap.in().opMod(1).build().segment()
                            .toArray(ValueLayout.JAVA_BYTE), 16);
                    throw new AssertionError("no FirmwareException");
                } catch (FirmwareException e) {
                    check(e.statusName().equals("BAD_OUTP_LEN"), e.getMessage());
                    check(e.reply().length == 16, "reply of " + e.reply().length + " bytes");
                    return e.getMessage();
                }
            });
            step("EMSGSIZE: output above 2 MiB", () -> expectErrno(Errno.EMSGSIZE, () -> device.execute(
                    Scope.CONFIGURATION, Nop.in().build().segment().toArray(ValueLayout.JAVA_BYTE),
                    (2 << 20) + 16)));
            step("EINVAL: CMDRPC output above 256 KiB", () -> expectErrno(Errno.EINVAL, () -> device.cmdrpc(
                    Nop.in().build().segment().toArray(ValueLayout.JAVA_BYTE), (256 << 10) + 16)));
            if (Files.isDirectory(debugfs)) {
                step("firmware status via fail_next", () -> {
                    write(debugfs.resolve("fail_status"), "3");
                    write(debugfs.resolve("fail_syndrome"), "0x1234abcd");
                    write(debugfs.resolve("fail_next"), "1");
                    try {
                        device.execute(Command.of(Nop.INFO, NopIn::segment, NopOut.SIZE_BYTES, Nop::out),
                                Nop.in().build());
                        throw new AssertionError("no FirmwareException");
                    } catch (FirmwareException e) {
                        check(e.statusName().equals("BAD_PARAM"), "status name " + e.statusName());
                        check(e.syndrome() == 0x1234abcdL, "syndrome " + Long.toHexString(e.syndrome()));
                        return e.getMessage();
                    }
                });
            }
            step("umem 2 MiB", () -> {
                try (Umem umem = device.registerUmem(2 << 20)) {
                    return umem.toString() + ", sysfs umem_count "
                            + device.entry().attribute("umem_count").orElse("?");
                }
            });
            step("raw RPC with native segments allocates nothing once compiled", () -> {
                com.sun.management.ThreadMXBean threads =
                        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment in = arena.allocate(NopIn.SIZE_BYTES, 8);
                    MemorySegment.copy(Nop.in().build().segment(), 0, in, 0, NopIn.SIZE_BYTES);
                    MemorySegment out = arena.allocate(NopOut.SIZE_BYTES, 8);
                    // Rounds until C2 has compiled the path: C1 code allocates 40 bytes inside the JDK's downcall.
                    // A round under one byte per call proves no per-call allocation (an object is 16 bytes or more).
                    int calls = 5000;
                    List<Long> perRound = new ArrayList<>();
                    for (int round = 1; round <= 40; round++) {
                        long before = threads.getCurrentThreadAllocatedBytes();
                        long start = System.nanoTime();
                        for (int i = 0; i < calls; i++) {
                            device.execute(Scope.CONFIGURATION, in, out);
                        }
                        long nanos = System.nanoTime() - start;
                        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
                        perRound.add(bytes);
                        if (bytes < calls) {
                            return bytes + " bytes over " + calls + " calls in round " + round + " (bytes per round: "
                                    + perRound + "), " + nanos / calls + " ns per NOP (TCG guest)";
                        }
                    }
                    throw new AssertionError("bytes per round of " + calls + " calls: " + perRound);
                }
            });
            step("4 threads x 2000 NOPs, native, one device", () -> {
                AtomicLong done = new AtomicLong();
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    threads.add(Thread.ofPlatform().start(() -> {
                        try (Arena arena = Arena.ofConfined()) {
                            MemorySegment in = arena.allocate(NopIn.SIZE_BYTES, 8);
                            MemorySegment.copy(Nop.in().build().segment(), 0, in, 0, NopIn.SIZE_BYTES);
                            MemorySegment out = arena.allocate(NopOut.SIZE_BYTES, 8);
                            for (int i = 0; i < 2000; i++) {
                                device.execute(Scope.CONFIGURATION, in, out);
                                done.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Thread t : threads) {
                    t.join();
                }
                check(done.get() == 8000, "done " + done.get());
                return done.get() + " RPCs";
            });
        }
        step("close while 4 threads call", () -> {
            Device device = Device.open(spec);
            AtomicLong ok = new AtomicLong();
            AtomicLong closedSeen = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    byte[] in = Nop.in().build().segment().toArray(ValueLayout.JAVA_BYTE);
                    while (true) {
                        try {
                            device.execute(Scope.CONFIGURATION, in, NopOut.SIZE_BYTES);
                            ok.incrementAndGet();
                        } catch (IllegalStateException e) {
                            closedSeen.incrementAndGet();
                            return;
                        }
                    }
                }));
            }
            Thread.sleep(300);
            device.close();
            for (Thread t : threads) {
                t.join();
            }
            check(closedSeen.get() == 4, "threads that saw the close: " + closedSeen.get());
            return ok.get() + " RPCs before close, every thread then saw IllegalStateException";
        });
        if (Files.isWritable(Path.of("/sys/bus/mlx5ctl_sim/del_device"))) {
            step("ENODEV after the device is removed", () -> {
                write(Path.of("/sys/bus/mlx5ctl_sim/new_device"), "7");
                Thread.sleep(200);
                try (Device device = Device.open("mlx5ctl_sim.ctl.7")) {
                    Umem umem = device.registerUmem(4096);
                    write(Path.of("/sys/bus/mlx5ctl_sim/del_device"), "7");
                    String message = expectErrno(Errno.ENODEV, () -> device.cmdrpc(
                            Nop.in().build().segment().toArray(ValueLayout.JAVA_BYTE), 16));
                    umem.close();
                    return message + "; the umem closed quietly";
                }
            });
        }
        step("open a missing device", () -> {
            try {
                Device.open("mlx5ctl_sim.ctl.99").close();
                throw new AssertionError("opened");
            } catch (DeviceException e) {
                return e.getMessage();
            }
        });
        step("ENOTTY: /dev/null is no mlx5ctl device", () -> expectErrno(Errno.ENOTTY,
                () -> Device.open("/dev/null").close()));
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    private interface Step {
        String run() throws Exception;
    }

    private static void step(String name, Step step) {
        try {
            System.out.println("ok   " + name + ": " + step.run());
            passed++;
        } catch (Throwable t) {
            System.out.println("FAIL " + name + ": " + t);
            failed++;
        }
    }

    private static String expectErrno(Errno errno, Runnable call) {
        try {
            call.run();
        } catch (DeviceException e) {
            check(e.errno() == errno.number(), "errno " + e.errno() + ": " + e.getMessage());
            return e.getMessage();
        }
        throw new AssertionError("no " + errno);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
