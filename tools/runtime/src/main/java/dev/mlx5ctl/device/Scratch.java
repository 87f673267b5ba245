package dev.mlx5ctl.device;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Native memory one thread reuses across calls, so that the RPC path allocates nothing once warm: the ioctl
 * argument struct, the errno capture, and a mailbox buffer for callers that hand in heap segments or arrays.
 *
 * <p>Per thread rather than per device: a thread runs one call at a time whatever the device, and nothing here
 * outlives a call. The memory is freed by the garbage collector with the thread ({@link Arena#ofAuto()}).
 */
final class Scratch {

    /** Mailboxes up to this size are kept for reuse; larger ones are rare and get their own memory per call. */
    static final long RETAINED_MAILBOX = 64 * 1024;

    private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

    private final MemorySegment capture;
    private final MemorySegment arg;
    private MemorySegment mailbox = MemorySegment.NULL;

    private Scratch() {
        Arena arena = Arena.ofAuto();
        capture = arena.allocate(Libc.CAPTURE_LAYOUT);
        arg = arena.allocate(UapiStructs.MAX_ARG_SIZE, 8);
    }

    static Scratch get() {
        return PER_THREAD.get();
    }

    /** Where downcalls leave errno. */
    MemorySegment capture() {
        return capture;
    }

    /** The ioctl argument: room for the largest uAPI struct, aligned to 8. */
    MemorySegment arg() {
        return arg;
    }

    /**
     * This thread's mailbox buffer of at least {@code size} bytes (at most {@link #RETAINED_MAILBOX}), grown on
     * demand, page aligned. Its old contents are unspecified.
     */
    MemorySegment mailbox(long size) {
        if (mailbox.byteSize() < size) {
            // A fresh arena per growth lets the old buffer go with its arena.
            mailbox = Arena.ofAuto().allocate(Math.max(size, 4096), 4096);
        }
        return mailbox;
    }
}
