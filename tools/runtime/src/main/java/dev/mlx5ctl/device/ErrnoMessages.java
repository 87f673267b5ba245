package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.Registry;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.uapi.Mlx5ctlUapi;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a failed system call into a {@link DeviceException} whose message says, in the terms of what was being
 * done, what the errno means here and what to do about it. The same errno means different things per call:
 * EPERM on an RPC is the missing CAP_SYS_RAWIO of debug-write-full, ENOMEM on UMEM_REG is usually RLIMIT_MEMLOCK.
 */
final class ErrnoMessages {

    private ErrnoMessages() {
    }

    /** What was being done when the call failed. */
    sealed interface Call {
        /** The C name of the ioctl, or of the libc call. */
        String what();
    }

    /** {@code open} of a device node. */
    record Open(Path node) implements Call {
        @Override
        public String what() {
            return "open";
        }
    }

    /** An ioctl that only reads information. */
    record Query(String what) implements Call {
    }

    /**
     * One firmware command through the scoped RPC ({@code scope} present, {@code cmdrpc} false) or through V4
     * CMDRPC ({@code scope} the driver's cmdrpc_scope, if known).
     */
    record Rpc(boolean cmdrpc, Optional<Scope> scope, int opcode, int opMod, long inLength, long outLength)
            implements Call {
        @Override
        public String what() {
            return cmdrpc ? "MLX5CTL_IOCTL_CMDRPC" : "MLX5CTL_IOCTL_RPC";
        }
    }

    /** {@code MLX5CTL_IOCTL_UMEM_REG}. */
    record UmemReg(long address, long length) implements Call {
        @Override
        public String what() {
            return "MLX5CTL_IOCTL_UMEM_REG";
        }
    }

    /** {@code MLX5CTL_IOCTL_UMEM_UNREG}. */
    record UmemUnreg(int id) implements Call {
        @Override
        public String what() {
            return "MLX5CTL_IOCTL_UMEM_UNREG";
        }
    }

    /** The exception for {@code errno} from {@code call} on the device named {@code device}. */
    static DeviceException explain(String device, int errno, Call call, Registry registry) {
        String tag = " (" + Errno.of(errno).map(Enum::name).orElse("errno " + errno) + ")";
        String text = Errno.of(errno).map(e -> explain(e, device, call, registry)).orElse(null);
        if (text == null) {
            text = "device " + device + ": " + call.what() + " failed: " + describe(errno);
            return new DeviceException(text, errno);
        }
        return new DeviceException(text.replace("{}", tag), errno);
    }

    private static String describe(int errno) {
        return Errno.of(errno).map(e -> e.description() + " (" + e.name() + ")").orElse("errno " + errno);
    }

    // "{}" marks where the errno's name goes; null means no message specific to this call.
    private static String explain(Errno errno, String device, Call call, Registry registry) {
        String dev = "device " + device + ": ";
        if (call instanceof Open(Path node)) {
            return switch (errno) {
                case ENOENT -> "no device node " + node + "{}: the device is gone, or /dev lacks its node "
                        + "(devtmpfs or udev)";
                case EACCES, EPERM -> "permission denied opening " + node + "{}: the node is root's (mode 0600); "
                        + "run as root, or for read-only access join the group mlx5ctl-ro, which the installed udev "
                        + "rule grants it once the group exists";
                case ENODEV, ENXIO -> "device node " + node + " has no device behind it{}: the device was removed";
                case EMFILE -> "cannot open " + node + "{}: this process has too many open files";
                default -> null;
            };
        }
        return switch (errno) {
            case ENODEV -> dev + "the device was removed{}; close it and open it again once it is back";
            case ENOTTY -> dev + "the driver does not know ioctl " + call.what() + ioctlNumber(call.what())
                    + "{}: an older mlx5ctl driver, or a node that is not an mlx5ctl device";
            case EBADF -> call instanceof Rpc || call instanceof UmemReg
                    ? dev + "the node is open for reading only{}: its mode grants this user no more (the read-only "
                            + "group), and " + subject(call, registry) + " changes the device or clears what it "
                            + "reads; run it as root"
                    : dev + "the file is not open{}";
            case EINTR -> dev + "interrupted by a signal before " + subject(call, registry)
                    + " was delivered{}; it is safe to retry";
            case EFAULT -> dev + "the driver could not access the memory passed to " + call.what()
                    + "{}: a segment is not what its length says";
            case E2BIG -> dev + "the driver refused the non-zero tail of the " + call.what() + " argument{}: "
                    + "this program is newer than the driver";
            default -> switch (call) {
                case Rpc rpc -> rpc(errno, dev, rpc, registry);
                case UmemReg reg -> umemReg(errno, dev, reg);
                case UmemUnreg(int id) -> switch (errno) {
                    case ENOENT -> dev + "no umem " + id + " is registered on this file{}";
                    case EINVAL -> dev + "the driver refused to unregister umem " + id + "{}";
                    default -> null;
                };
                case Query q -> errno == Errno.EINVAL ? dev + "the driver refused the " + q.what() + " request{}"
                        : null;
                case Open o -> null;
            };
        };
    }

    private static String rpc(Errno errno, String dev, Rpc rpc, Registry registry) {
        String command = commandName(rpc.opcode(), registry);
        String at = rpc.cmdrpc() ? "at the CMDRPC scope" + rpc.scope().map(s -> " " + s.schemaName()).orElse("")
                + " (module parameter cmdrpc_scope)" : "at scope " + rpc.scope().map(Scope::schemaName).orElse("?");
        String lengths = "in " + rpc.inLength() + " bytes, out " + rpc.outLength() + " bytes";
        return switch (errno) {
            case EBADMSG -> dev + "the driver's policy refused " + command + " " + at + "{}"
                    + policyHint(rpc, registry);
            case EPERM -> dev + "scope " + Scope.DEBUG_WRITE_FULL.schemaName() + " needs CAP_SYS_RAWIO{}; "
                    + command + " was not sent";
            case EOPNOTSUPP -> dev + "the driver does not support "
                    + rpc.scope().map(s -> "scope " + s.schemaName()).orElse("that scope") + "{}";
            case EINVAL -> dev + "the driver refused the mailbox lengths of " + command + ", " + lengths + "{}: "
                    + "each must be at least " + Mlx5ctlUapi.MLX5CTL_CMDRPC_MIN_LEN
                    + " bytes and at least the command's own size"
                    + (rpc.cmdrpc() ? ", and CMDRPC takes at most " + Mlx5ctlUapi.MLX5CTL_CMDRPC_MAX_LEN : "");
            case EMSGSIZE -> dev + "mailbox too large for " + command + ", " + lengths + "{}: the scoped RPC takes "
                    + "at most " + Mlx5ctlUapi.MLX5CTL_RPC_MAX_LEN + " bytes each, a command at most its own size";
            case ENOMEM -> dev + "the kernel could not allocate the mailboxes of " + command + ", " + lengths + "{}";
            case ETIMEDOUT -> dev + "the firmware did not answer " + command + " in time{}; the device may be hung";
            case EIO -> dev + "the device failed to deliver " + command + "{}";
            case EBUSY, EAGAIN -> dev + "the device is busy and did not take " + command + "{}; try again";
            default -> null;
        };
    }

    private static String policyHint(Rpc rpc, Registry registry) {
        Optional<CommandInfo> known = registry.commandByOpcode(rpc.opcode());
        if (known.isEmpty()) {
            return ": this program's schema does not know the opcode either; the driver allows only the commands "
                    + "of its policy table";
        }
        Scope needed = known.get().scopeFor(rpc.opMod());
        if (needed == Scope.KERNEL) {
            return ": the schema reserves " + known.get().name() + " to the driver itself";
        }
        if (rpc.scope().isPresent() && needed.uapiValue() > rpc.scope().get().uapiValue()) {
            return ": it needs scope " + needed.schemaName()
                    + (rpc.opMod() != 0 ? " with op_mod 0x" + Integer.toHexString(rpc.opMod()) : "");
        }
        return ": this program's schema allows it " + (rpc.scope().isPresent() ? "at that scope" : "at scope "
                + needed.schemaName()) + ", so the driver's schema differs (compare the schema identities in info)";
    }

    private static String umemReg(Errno errno, String dev, UmemReg reg) {
        String what = reg.length() + " bytes at 0x" + Long.toHexString(reg.address());
        return switch (errno) {
            case ENOMEM -> dev + "cannot pin " + what + " for a umem{}: RLIMIT_MEMLOCK is too low (ulimit -l, or "
                    + "LimitMEMLOCK= of a service) or the kernel is out of memory";
            case EINVAL -> dev + "the driver refused a umem of " + what + "{}: the length must be 1 to "
                    + Mlx5ctlUapi.MLX5CTL_UMEM_MAX_LEN + " bytes of valid user memory";
            case EOPNOTSUPP -> dev + "the device does not support umems{}";
            case ENOSPC -> dev + "the device has no room for another umem{}";
            default -> null;
        };
    }

    private static String subject(Call call, Registry registry) {
        return call instanceof Rpc rpc ? commandName(rpc.opcode(), registry) : call.what();
    }

    /** {@code QUERY_HCA_CAP (0x100)}, or {@code opcode 0x1234} for one the schema does not name. */
    static String commandName(int opcode, Registry registry) {
        String hex = "0x" + Integer.toHexString(opcode);
        return registry.commandByOpcode(opcode).map(c -> c.name() + " (" + hex + ")").orElse("opcode " + hex);
    }

    private static String ioctlNumber(String ioctl) {
        long number = switch (ioctl) {
            case "MLX5CTL_IOCTL_INFO" -> Mlx5ctlUapi.MLX5CTL_IOCTL_INFO;
            case "MLX5CTL_IOCTL_CMDRPC" -> Mlx5ctlUapi.MLX5CTL_IOCTL_CMDRPC;
            case "MLX5CTL_IOCTL_UMEM_REG" -> Mlx5ctlUapi.MLX5CTL_IOCTL_UMEM_REG;
            case "MLX5CTL_IOCTL_UMEM_UNREG" -> Mlx5ctlUapi.MLX5CTL_IOCTL_UMEM_UNREG;
            case "MLX5CTL_IOCTL_RPC" -> Mlx5ctlUapi.MLX5CTL_IOCTL_RPC;
            case "MLX5CTL_IOCTL_DEVICE_INFO" -> Mlx5ctlUapi.MLX5CTL_IOCTL_DEVICE_INFO;
            default -> -1;
        };
        return number < 0 ? "" : " (0x" + Long.toHexString(number) + ")";
    }
}
