package dev.mlx5ctl.device;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The three libc calls the runtime needs, as downcall handles: {@code open}, {@code ioctl} and {@code close}. Each
 * captures {@code errno} into a caller-provided segment, which is read only when the call returned -1 (errno is
 * meaningless otherwise).
 *
 * <p>The one class of the runtime that uses restricted methods; hence the JVM's
 * {@code --enable-native-access=ALL-UNNAMED} (or the jar manifest's {@code Enable-Native-Access}).
 */
@SuppressWarnings("restricted") // Linking libc is the purpose of this class; the handles' types are checked here.
final class Libc {

    /** {@code O_RDWR | O_CLOEXEC} on Linux. */
    static final int O_RDWR_CLOEXEC = 0x2 | 0x80000;
    /** {@code O_RDONLY | O_CLOEXEC} on Linux. */
    static final int O_RDONLY_CLOEXEC = 0x80000;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");

    /** Where a call leaves errno; one per thread in {@link Scratch}. */
    static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO_HANDLE =
            CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    // Both open and ioctl are variadic in C: the third argument must be passed as a variadic one.
    private static final MethodHandle OPEN = LINKER.downcallHandle(LIBC.findOrThrow("open"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT),
            Linker.Option.firstVariadicArg(2), ERRNO);
    private static final MethodHandle IOCTL = LINKER.downcallHandle(LIBC.findOrThrow("ioctl"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                    ValueLayout.ADDRESS),
            Linker.Option.firstVariadicArg(2), ERRNO);
    private static final MethodHandle CLOSE = LINKER.downcallHandle(LIBC.findOrThrow("close"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), ERRNO);

    private Libc() {
    }

    /** {@code open(path, flags)}: the file descriptor, or -1 with errno in {@code capture}. */
    static int open(MemorySegment capture, String path, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) OPEN.invokeExact(capture, arena.allocateFrom(path), flags, 0);
        } catch (Throwable t) {
            throw linkageFailure("open", t);
        }
    }

    /** {@code ioctl(fd, request, arg)}: its result, or -1 with errno in {@code capture}. */
    static int ioctl(MemorySegment capture, int fd, long request, MemorySegment arg) {
        try {
            return (int) IOCTL.invokeExact(capture, fd, request, arg);
        } catch (Throwable t) {
            throw linkageFailure("ioctl", t);
        }
    }

    /** {@code close(fd)}: 0, or -1 with errno in {@code capture}. */
    static int close(MemorySegment capture, int fd) {
        try {
            return (int) CLOSE.invokeExact(capture, fd);
        } catch (Throwable t) {
            throw linkageFailure("close", t);
        }
    }

    /** The errno a failed call left in {@code capture}. */
    static int errno(MemorySegment capture) {
        return (int) ERRNO_HANDLE.get(capture, 0L);
    }

    // A downcall throws nothing of its own; anything here is a broken runtime, not a device error.
    private static IllegalStateException linkageFailure(String call, Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(call + " downcall failed", t);
    }
}
