package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.Registry;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.MboxIn;
import dev.mlx5ctl.prm.MboxOut;
import dev.mlx5ctl.uapi.FwctlUapi;
import dev.mlx5ctl.uapi.Mlx5ctlUapi;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.StampedLock;

/**
 * An open mlx5ctl device: firmware RPCs over its node's ioctls, through {@code java.lang.foreign} (no JNI, no
 * native library of our own; the JVM needs {@code --enable-native-access=ALL-UNNAMED}).
 *
 * <p>Opening creates a firmware user context for this file (the driver does); every RPC runs under it, and
 * closing destroys it along with every umem of the file.
 *
 * {@snippet :
 * try (Device device = Device.open("mlx5ctl_sim.ctl.0")) {
 *     System.out.println(device.info());
 *     byte[] reply = device.execute(Scope.CONFIGURATION, QueryHcaCap.in().opMod(1).build().segment()
 *             .toArray(ValueLayout.JAVA_BYTE), QueryHcaCapOut.SIZE_BYTES);
 * }
 * }
 *
 * <p><b>Threads.</b> A device is safe for concurrent use: any number of threads may run RPCs at once, each
 * blocking only in its own ioctl. {@link #close()} waits for the calls under way (a command the firmware never
 * answers ends at the driver's timeout) and later calls fail with {@link IllegalStateException}, so the file
 * descriptor is never closed under a running ioctl nor reused by mistake.
 *
 * <p><b>Allocation.</b> {@link #execute(Scope, MemorySegment, MemorySegment)} and
 * {@link #cmdrpc(MemorySegment, MemorySegment)} with native segments allocate nothing on the Java heap: the ioctl
 * argument and the errno capture are per-thread native memory reused across calls. Heap segments and arrays are
 * copied through a per-thread native buffer. The caller keeps its segments alive for the duration of the call.
 *
 * <p><b>Errors.</b> A failed ioctl is a {@link DeviceException} whose message explains its errno for this call; a
 * reply with a non-zero firmware status is a {@link FirmwareException} (the output mailbox holds the reply all
 * the same).
 */
public final class Device implements AutoCloseable {

    private final DeviceEntry entry;
    /** The uAPI of {@link #entry}'s node, known at open: every RPC asks. */
    private final FrontDoor door;
    private final Devices devices;
    private final Registry registry;
    private final DeviceInfo info;
    private final StampedLock lock = new StampedLock();
    private final Set<Umem> umems = ConcurrentHashMap.newKeySet();
    /** The file descriptor; -1 once closed. Written under the write lock, read under the read lock. */
    private volatile int fd;

    private Device(DeviceEntry entry, Devices devices, Registry registry, int fd, DeviceInfo info) {
        this.entry = entry;
        this.door = entry.door();
        this.devices = devices;
        this.registry = registry;
        this.fd = fd;
        this.info = info;
    }

    /** The devices of this machine, as {@link Devices#list()} on {@link Devices#system()}. */
    public static List<DeviceEntry> list() {
        return Devices.system().list();
    }

    /**
     * Opens the device {@code spec} names (a name, a number, a node), with {@link OpenOptions#defaults()}.
     *
     * @param spec {@code mlx5ctl_sim.ctl.0}, {@code 0}, {@code /dev/mlx5ctl-mlx5ctl_sim.ctl.0}
     * @return the open device; close it
     */
    public static Device open(String spec) {
        return open(spec, OpenOptions.defaults());
    }

    /**
     * Opens the device {@code spec} names (see {@link Devices#find}), reads its information and compares the
     * driver's schema with this program's: a difference is a warning, or with {@link OpenOptions#strict()} a
     * {@link SchemaMismatchException}.
     *
     * @param spec    a device name, number or node (see {@link Devices#find})
     * @param options strictness, schema and warning listener
     * @return the open device; close it
     * @throws DeviceException when there is no such device or it cannot be opened (the message says why)
     */
    public static Device open(String spec, OpenOptions options) {
        return Devices.system().open(spec, options);
    }

    /** Opens a device {@link Devices#list()} found; see {@link #open(String, OpenOptions)}. */
    public static Device open(DeviceEntry entry, OpenOptions options) {
        return open(Devices.system(), entry, options);
    }

    static Device open(Devices devices, DeviceEntry entry, OpenOptions options) {
        int fd = openNode(entry, options.registry());
        try {
            DeviceInfo info = queryInfo(fd, entry.name(), entry.door(), options.registry());
            checkSchema(info, options);
            return new Device(entry, devices, options.registry(), fd, info);
        } catch (RuntimeException e) {
            Libc.close(Scratch.get().capture(), fd);
            throw e;
        }
    }

    /**
     * A device over any file, with the information given rather than asked for: lets host tests drive the RPC,
     * umem and close paths through real downcalls against a file that is no device ({@code /dev/null}).
     */
    static Device overFile(DeviceEntry entry, Devices devices, Registry registry, DeviceInfo info) {
        return new Device(entry, devices, registry, openNode(entry, registry), info);
    }

    /**
     * Opens the node for reading and writing or, when its mode grants this user reading only (the udev rule's
     * read-only group), for reading: the driver then runs only the commands that read the device.
     */
    private static int openNode(DeviceEntry entry, Registry registry) {
        MemorySegment capture = Scratch.get().capture();
        int fd = Libc.open(capture, entry.node().toString(), Libc.O_RDWR_CLOEXEC);
        if (fd < 0) {
            int errno = Libc.errno(capture);
            if (errno == Errno.EACCES.number()) {
                fd = Libc.open(capture, entry.node().toString(), Libc.O_RDONLY_CLOEXEC);
            }
            if (fd < 0) {
                throw ErrnoMessages.explain(entry.name(), errno, new ErrnoMessages.Open(entry.node()), registry);
            }
        }
        return fd;
    }

    /** Warns of a schema that is not the bindings', or refuses it under {@link OpenOptions#strict()}. */
    static void checkSchema(DeviceInfo info, OpenOptions options) {
        Optional<String> problem = info.schemaProblem();
        if (problem.isPresent()) {
            if (options.strict()) {
                throw new SchemaMismatchException(problem.get(), info.driverSchemaId(), info.bindingsSchemaId());
            }
            options.warnings().accept(problem.get());
        }
    }

    private static DeviceInfo queryInfo(int fd, String name, FrontDoor door, Registry registry) {
        Scratch scratch = Scratch.get();
        MemorySegment arg = scratch.arg();
        UapiStructs.Info v4 = switch (door) {
            case MISC -> {
                arg.fill((byte) 0);
                int errno = ioctl(scratch, fd, Mlx5ctlUapi.MLX5CTL_IOCTL_INFO, arg);
                if (errno != 0) {
                    throw ErrnoMessages.explain(name, errno, new ErrnoMessages.Query("MLX5CTL_IOCTL_INFO"), registry);
                }
                yield UapiStructs.decodeInfo(arg);
            }
            case FWCTL -> {
                UapiStructs.encodeFwctlInfo(arg);
                int errno = ioctl(scratch, fd, FwctlUapi.FWCTL_INFO, arg);
                if (errno != 0) {
                    throw ErrnoMessages.explain(name, errno, new ErrnoMessages.Query("FWCTL_INFO"), registry);
                }
                yield UapiStructs.decodeFwctlInfo(arg).orElseThrow(() -> new DeviceException(name
                        + ": the fwctl node is not an mlx5 device's (FWCTL_INFO device type "
                        + arg.get(ValueLayout.JAVA_INT, 8) + ")"));
            }
        };
        int errno;
        UapiStructs.encodeDeviceInfoRequest(arg);
        errno = ioctl(scratch, fd, Mlx5ctlUapi.MLX5CTL_IOCTL_DEVICE_INFO, arg);
        if (errno == Errno.ENOTTY.number()) {
            // A V4-only driver: what it cannot say stays empty in DeviceInfo, and the schema check warns.
            return UapiStructs.decodeDeviceInfo(v4, Optional.empty(), name, registry.schemaId());
        }
        if (errno != 0) {
            throw ErrnoMessages.explain(name, errno, new ErrnoMessages.Query("MLX5CTL_IOCTL_DEVICE_INFO"), registry);
        }
        return UapiStructs.decodeDeviceInfo(v4, Optional.of(arg), name, registry.schemaId());
    }

    /** 0, or the errno of a failed ioctl. */
    private static int ioctl(Scratch scratch, int fd, long request, MemorySegment arg) {
        int result = Libc.ioctl(scratch.capture(), fd, request, arg);
        return result < 0 ? Libc.errno(scratch.capture()) : 0;
    }

    /** How the device was found: its name, node and sysfs entry. */
    public DeviceEntry entry() {
        return entry;
    }

    /** The device's name ({@code mlx5ctl_sim.ctl.0}). */
    public String name() {
        return info.name();
    }

    /** The node this device was opened through. */
    public Path node() {
        return entry.node();
    }

    /** What the driver said when the device was opened; it does not change while the file is open. */
    public DeviceInfo info() {
        return info;
    }

    /** The schema used for names in messages and for commands' scopes. */
    public Registry registry() {
        return registry;
    }

    /** False once {@link #close()} has begun. */
    public boolean isOpen() {
        return fd >= 0;
    }

    /**
     * Runs one command through the scoped RPC ({@code MLX5CTL_IOCTL_RPC}): {@code in} is the input mailbox,
     * {@code out} receives the output mailbox, its length the one the driver is told. Allocates nothing when both
     * segments are native.
     *
     * @param scope the scope to run at; the driver refuses a command its policy does not allow there
     * @param in    the input mailbox, 16 bytes at least
     * @param out   where the output mailbox goes, 16 bytes at least
     * @throws FirmwareException if the firmware answered with a non-zero status ({@code out} holds the reply)
     * @throws DeviceException   if the ioctl failed
     * @throws IllegalArgumentException for a mailbox shorter than 16 bytes, or {@link Scope#KERNEL}
     */
    public void execute(Scope scope, MemorySegment in, MemorySegment out) {
        if (scope == Scope.KERNEL) {
            throw new IllegalArgumentException("scope " + scope.schemaName() + " is not one user space can ask for");
        }
        rpc(false, scope, in, out);
    }

    /**
     * {@link #execute(Scope, MemorySegment, MemorySegment)} on arrays.
     *
     * @param scope     the scope to run at
     * @param in        the input mailbox
     * @param outLength the length of the output mailbox
     * @return the output mailbox, {@code outLength} bytes
     */
    public byte[] execute(Scope scope, byte[] in, int outLength) {
        byte[] out = new byte[outLength];
        execute(scope, MemorySegment.ofArray(in), MemorySegment.ofArray(out));
        return out;
    }

    /**
     * Runs one command through V4's {@code MLX5CTL_IOCTL_CMDRPC}, at the scope the driver was loaded with (its
     * {@code cmdrpc_scope} parameter). Otherwise as {@link #execute(Scope, MemorySegment, MemorySegment)}.
     */
    public void cmdrpc(MemorySegment in, MemorySegment out) {
        rpc(true, null, in, out);
    }

    /**
     * {@link #cmdrpc(MemorySegment, MemorySegment)} on arrays.
     *
     * @param in        the input mailbox
     * @param outLength the length of the output mailbox
     * @return the output mailbox, {@code outLength} bytes
     */
    public byte[] cmdrpc(byte[] in, int outLength) {
        byte[] out = new byte[outLength];
        cmdrpc(MemorySegment.ofArray(in), MemorySegment.ofArray(out));
        return out;
    }

    /**
     * Runs a typed command at the least scope its schema entry allows for the input's op_mod
     * ({@link #requiredScope}), and reads the reply.
     *
     * @param <I>     the command's input type
     * @param <O>     the command's output reader
     * @param command the command
     * @param input   its input, whose opcode must be the command's
     * @return a reader over a fresh copy of the reply
     * @throws FirmwareException if the firmware answered with a non-zero status
     * @throws DeviceException   if the ioctl failed, or the schema reserves the command to the driver
     */
    public <I, O> O execute(Command<I, O> command, I input) {
        MemorySegment in = encode(command, input);
        return run(command, in, leastScope(command.info(), in));
    }

    /**
     * {@link #execute(Command, Object)} at a scope of the caller's choosing.
     *
     * @param <I>     the command's input type
     * @param <O>     the command's output reader
     * @param command the command
     * @param input   its input
     * @param scope   the scope to run at
     * @return a reader over a fresh copy of the reply
     */
    public <I, O> O execute(Command<I, O> command, I input, Scope scope) {
        return run(command, encode(command, input), scope);
    }

    private <I, O> O run(Command<I, O> command, MemorySegment in, Scope scope) {
        if (scope == Scope.KERNEL) {
            throw new DeviceException(command.info().name() + " is issued by the driver only; user space cannot "
                    + "send it");
        }
        MemorySegment out = MemorySegment.ofArray(new byte[Math.toIntExact(command.outBytes())]);
        execute(scope, in, out);
        return command.decoder().apply(out);
    }

    private static <I, O> MemorySegment encode(Command<I, O> command, I input) {
        MemorySegment in = command.encoder().apply(input);
        if (in.byteSize() < MboxIn.SIZE_BYTES) {
            throw new IllegalArgumentException(command.info().name() + ": an input mailbox has at least "
                    + MboxIn.SIZE_BYTES + " bytes, got " + in.byteSize());
        }
        int opcode = opcode(in);
        if (opcode != command.info().opcode()) {
            throw new IllegalArgumentException(command.info().name() + " has opcode 0x"
                    + Integer.toHexString(command.info().opcode()) + ", but the input holds 0x"
                    + Integer.toHexString(opcode));
        }
        return in;
    }

    /**
     * The least scope at which this program's schema allows the command in {@code in} (by its opcode and op_mod):
     * what to pass to {@link #execute(Scope, MemorySegment, MemorySegment)} to ask for no more than needed.
     *
     * @param in an input mailbox
     * @return the least scope for its opcode and op_mod
     * @throws DeviceException if the schema does not know the opcode, or reserves the command to the driver
     */
    public Scope requiredScope(MemorySegment in) {
        int opcode = opcode(in);
        CommandInfo command = registry.commandByOpcode(opcode).orElseThrow(() -> new DeviceException(
                "opcode 0x" + Integer.toHexString(opcode) + " is not a command of this program's schema; "
                        + "name the scope to run it at"));
        Scope scope = leastScope(command, in);
        if (scope == Scope.KERNEL) {
            throw new DeviceException(command.name() + " is issued by the driver only; user space cannot send it");
        }
        return scope;
    }

    /** The driver's rule for one mailbox ({@link Policy#leastScope}). */
    private Scope leastScope(CommandInfo command, MemorySegment in) {
        return Policy.leastScope(registry, command, in);
    }

    private void rpc(boolean cmdrpc, Scope scope, MemorySegment in, MemorySegment out) {
        long inLength = in.byteSize();
        long outLength = out.byteSize();
        if (inLength < Mlx5ctlUapi.MLX5CTL_CMDRPC_MIN_LEN || outLength < Mlx5ctlUapi.MLX5CTL_CMDRPC_MIN_LEN
                || inLength > Integer.MAX_VALUE || outLength > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a mailbox has " + Mlx5ctlUapi.MLX5CTL_CMDRPC_MIN_LEN + " to "
                    + Mlx5ctlUapi.MLX5CTL_RPC_MAX_LEN + " bytes; got in " + inLength + ", out " + outLength);
        }
        Scratch scratch = Scratch.get();
        MemorySegment nativeIn = in;
        MemorySegment nativeOut = out;
        Arena oversized = null;
        if (!in.isNative() || !out.isNative()) {
            long inRoom = in.isNative() ? 0 : (inLength + 7) & ~7L;
            long need = inRoom + (out.isNative() ? 0 : outLength);
            MemorySegment buffer;
            if (need <= Scratch.RETAINED_MAILBOX) {
                buffer = scratch.mailbox(need);
            } else {
                oversized = Arena.ofConfined();
                buffer = oversized.allocate(need, 4096);
            }
            if (!in.isNative()) {
                nativeIn = buffer.asSlice(0, inLength);
                MemorySegment.copy(in, 0, nativeIn, 0, inLength);
            }
            if (!out.isNative()) {
                nativeOut = buffer.asSlice(inRoom, outLength);
            }
        }
        try {
            int errno;
            long stamp = lock.readLock();
            try {
                int file = requireOpen();
                MemorySegment arg = scratch.arg();
                if (door == FrontDoor.FWCTL) {
                    // fwctl has no scope-less RPC: CMDRPC's scope is the driver's cmdrpc_scope.
                    Scope at = cmdrpc ? devices.cmdrpcScope().orElse(Scope.DEBUG_READ_ONLY) : scope;
                    UapiStructs.encodeFwctlRpc(arg, at.uapiValue(), nativeIn, nativeOut);
                    errno = ioctl(scratch, file, FwctlUapi.FWCTL_RPC, arg);
                } else if (cmdrpc) {
                    UapiStructs.encodeCmdrpc(arg, nativeIn, nativeOut);
                    errno = ioctl(scratch, file, Mlx5ctlUapi.MLX5CTL_IOCTL_CMDRPC, arg);
                } else {
                    UapiStructs.encodeRpc(arg, scope.uapiValue(), nativeIn, nativeOut);
                    errno = ioctl(scratch, file, Mlx5ctlUapi.MLX5CTL_IOCTL_RPC, arg);
                }
            } finally {
                lock.unlockRead(stamp);
            }
            if (errno != 0) {
                throw ErrnoMessages.explain(name(), errno, new ErrnoMessages.Rpc(cmdrpc,
                        cmdrpc ? devices.cmdrpcScope() : Optional.of(scope), opcode(in), opMod(in), inLength,
                        outLength), registry);
            }
            if (nativeOut != out) {
                MemorySegment.copy(nativeOut, 0, out, 0, outLength);
            }
            int status = Bits.getInt(out, MboxOut.STATUS_OFFSET, MboxOut.STATUS_WIDTH);
            if (status != 0) {
                throw FirmwareException.of(registry, opcode(in), opMod(in), status,
                        Bits.get(out, MboxOut.SYNDROME_OFFSET, MboxOut.SYNDROME_WIDTH),
                        out.toArray(ValueLayout.JAVA_BYTE));
            }
        } finally {
            if (oversized != null) {
                oversized.close();
            }
        }
    }

    private static int opcode(MemorySegment in) {
        return Bits.getInt(in, MboxIn.OPCODE_OFFSET, MboxIn.OPCODE_WIDTH);
    }

    private static int opMod(MemorySegment in) {
        return Bits.getInt(in, MboxIn.OP_MOD_OFFSET, MboxIn.OP_MOD_WIDTH);
    }

    /**
     * Allocates {@code length} bytes of page-aligned memory and registers it as a umem. Closing the {@link Umem}
     * unregisters it and frees the memory.
     *
     * @param length bytes to allocate and register
     * @return the registered umem; close it
     * @throws DeviceException if the driver refuses (ENOMEM usually means RLIMIT_MEMLOCK is too low)
     * @throws IllegalArgumentException for a length outside 1 to {@code MLX5CTL_UMEM_MAX_LEN}
     */
    public Umem registerUmem(long length) {
        if (length <= 0 || length > Mlx5ctlUapi.MLX5CTL_UMEM_MAX_LEN) {
            throw new IllegalArgumentException("a umem has 1 to " + Mlx5ctlUapi.MLX5CTL_UMEM_MAX_LEN
                    + " bytes, not " + length);
        }
        Arena arena = Arena.ofShared();
        try {
            return register(arena.allocate(length, 4096), arena);
        } catch (RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    /**
     * Registers the caller's native memory as a umem. The driver pins whole pages, so page-aligned memory
     * ({@code arena.allocate(length, 4096)}) shares no page with anything else. Closing the {@link Umem}
     * unregisters it; the memory stays the caller's.
     *
     * @param memory native memory to register
     * @return the registered umem; close it
     */
    public Umem registerUmem(MemorySegment memory) {
        if (!memory.isNative()) {
            throw new IllegalArgumentException("a umem must be native memory (Arena.allocate), not a heap segment");
        }
        return register(memory, null);
    }

    private Umem register(MemorySegment memory, Arena arena) {
        Scratch scratch = Scratch.get();
        long stamp = lock.readLock();
        try {
            int file = requireOpen();
            MemorySegment arg = scratch.arg();
            UapiStructs.encodeUmemReg(arg, memory.address(), memory.byteSize());
            int errno = ioctl(scratch, file, Mlx5ctlUapi.MLX5CTL_IOCTL_UMEM_REG, arg);
            if (errno != 0) {
                throw ErrnoMessages.explain(name(), errno, new ErrnoMessages.UmemReg(memory.address(),
                        memory.byteSize()), registry);
            }
            Umem umem = new Umem(this, UapiStructs.umemId(arg), memory, arena);
            umems.add(umem);
            return umem;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Called by {@link Umem#close()}: unregisters it unless the device was closed (which did already). */
    void unregister(Umem umem) {
        Scratch scratch = Scratch.get();
        long stamp = lock.readLock();
        try {
            int file = fd;
            if (file < 0 || !umems.remove(umem)) {
                return;
            }
            MemorySegment arg = scratch.arg();
            UapiStructs.encodeUmemUnreg(arg, umem.id());
            int errno = ioctl(scratch, file, Mlx5ctlUapi.MLX5CTL_IOCTL_UMEM_UNREG, arg);
            // After a removal (ENODEV) the driver has already unregistered every umem of the file.
            if (errno != 0 && errno != Errno.ENODEV.number()) {
                throw ErrnoMessages.explain(name(), errno, new ErrnoMessages.UmemUnreg(umem.id()), registry);
            }
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private int requireOpen() {
        int file = fd;
        if (file < 0) {
            throw new IllegalStateException("device " + name() + " is closed");
        }
        return file;
    }

    /**
     * Closes the file once the calls under way have returned: the driver destroys its user context and every
     * umem registered through it. Closing again does nothing.
     */
    @Override
    public void close() {
        long stamp = lock.writeLock();
        try {
            if (fd < 0) {
                return;
            }
            // On Linux the descriptor is released even when close reports an error, so there is nothing to retry.
            Libc.close(Scratch.get().capture(), fd);
            fd = -1;
            umems.clear();
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public String toString() {
        return "Device[" + name() + ", " + entry.node() + (isOpen() ? "" : ", closed") + "]";
    }
}
