package dev.mlx5ctl.device;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * User memory registered with the device ({@code MLX5CTL_IOCTL_UMEM_REG}): pinned, DMA-mapped, and known to the
 * firmware by {@link #id()}, which commands such as CREATE_MKEY take. The device writes into {@link #segment()}
 * (a resource dump, say) without a round trip per chunk.
 *
 * <p>{@link #close()} unregisters it and, when the device allocated the memory, frees it. Closing the device
 * unregisters every umem of its file (the driver does), but the memory of an open {@code Umem} stays readable
 * until the {@code Umem} itself is closed. Thread-safe; closing twice does nothing.
 */
public final class Umem implements AutoCloseable {

    private final Device device;
    private final int id;
    private final MemorySegment segment;
    private final Arena arena;
    private final AtomicBoolean closed = new AtomicBoolean();

    Umem(Device device, int id, MemorySegment segment, Arena arena) {
        this.device = device;
        this.id = id;
        this.segment = segment;
        this.arena = arena;
    }

    /** The firmware's umem id ({@code umem_id} of CREATE_MKEY and friends). */
    public int id() {
        return id;
    }

    /** The registered memory. Valid until {@link #close()} when the device allocated it, else the caller's. */
    public MemorySegment segment() {
        return segment;
    }

    /** Its length in bytes. */
    public long length() {
        return segment.byteSize();
    }

    /** Its start address, as commands that name the memory by address want it. */
    public long address() {
        return segment.address();
    }

    /** Unregisters the umem if its device is still open, then frees memory the device allocated. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            device.unregister(this);
        } finally {
            if (arena != null) {
                arena.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Umem[id=" + id + ", " + segment.byteSize() + " bytes at 0x" + Long.toHexString(segment.address())
                + (closed.get() ? ", closed" : "") + "]";
    }
}
