package dev.mlx5ctl.layout;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Reads and writes PRM bit fields: big-endian, most significant bit first within each 32-bit dword, bit 0 being
 * the MSB of the first dword (what MLX5_GET/MLX5_SET do in the kernel).
 *
 * <p>Offsets are absolute bit offsets into the segment. A field of up to 32 bits never crosses a dword boundary and
 * is read as one unaligned big-endian int, shifted and masked; a wider field is a multiple of 32 bits on a dword
 * boundary (64 in practice) and is read as one big-endian long. Only a layout smaller than a dword, wrapped on its
 * own, is read byte by byte. Nothing here allocates, so that generated getters with constant offsets compile down
 * to a load, a shift and a mask.
 */
public final class Bits {

    private static final ValueLayout.OfInt BE_INT =
            ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfLong BE_LONG =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private Bits() {
    }

    /** The unsigned value of the {@code width}-bit field at {@code bit}; a 64-bit field comes back as raw bits. */
    public static long get(MemorySegment segment, long bit, int width) {
        if (width == 64) {
            return getLongField(segment, bit);
        }
        if (width > 32 || dwordOf(bit) + 4 > segment.byteSize()) {
            return getBytewise(segment, bit, width);
        }
        return getField(segment, bit, width);
    }

    /** {@link #get} for fields of at most 31 bits, which always fit an int. */
    public static int getInt(MemorySegment segment, long bit, int width) {
        return (int) get(segment, bit, width);
    }

    /*
     * The *Field methods are what generated code calls for a field whose whole dword (or 64-bit word) lies in the
     * segment: any field of a layout whose size is a multiple of 32 bits, in a segment its wrap() accepted. Each
     * handles one shape of field, so that it stays small enough to inline and, with constant offsets, compiles to
     * the load, shift and mask hand-written code does; the segment still checks its bounds.
     */

    /** The unsigned value of a field of at most 32 bits whose dword lies in the segment. */
    public static long getField(MemorySegment segment, long bit, int width) {
        return (Integer.toUnsignedLong(segment.get(BE_INT, dwordOf(bit))) >>> shiftOf(bit, width))
                & ((1L << width) - 1);
    }

    /** {@link #getField} for fields of at most 31 bits, in int arithmetic. */
    public static int getIntField(MemorySegment segment, long bit, int width) {
        return (segment.get(BE_INT, dwordOf(bit)) >>> shiftOf(bit, width)) & ((1 << width) - 1);
    }

    /** The raw bits of a 64-bit field (on a dword boundary, as the PRM places them). */
    public static long getLongField(MemorySegment segment, long bit) {
        return segment.get(BE_LONG, bit >>> 3);
    }

    /**
     * Writes {@code value} into the {@code width}-bit field at {@code bit}, keeping the bits around it. The caller
     * has checked the width ({@link #checkWidth}); excess high bits are dropped here.
     */
    public static void set(MemorySegment segment, long bit, int width, long value) {
        if (width == 64) {
            setLongField(segment, bit, value);
        } else if (width > 32 || dwordOf(bit) + 4 > segment.byteSize()) {
            setBytewise(segment, bit, width, value);
        } else {
            setField(segment, bit, width, value);
        }
    }

    /** {@link #set} for a field of at most 32 bits whose dword lies in the segment. */
    public static void setField(MemorySegment segment, long bit, int width, long value) {
        long dword = dwordOf(bit);
        segment.set(BE_INT, dword, withField(segment.get(BE_INT, dword), bit, width, value));
    }

    /**
     * {@code dword} with a field of at most 32 bits at {@code bit} (its dword's) set to {@code value}: what the
     * builders of small layouts, which keep their dwords in fields, compose a dword with.
     */
    public static int withField(int dword, long bit, int width, long value) {
        int shift = shiftOf(bit, width);
        int m = (int) (((1L << width) - 1) << shift);
        return (dword & ~m) | ((int) (value << shift) & m);
    }

    /** Writes a whole dword, big-endian, at byte {@code offset}. */
    public static void setDword(MemorySegment segment, long offset, int dword) {
        segment.set(BE_INT, offset, dword);
    }

    /** Writes the 64 bits of a 64-bit field. */
    public static void setLongField(MemorySegment segment, long bit, long value) {
        segment.set(BE_LONG, bit >>> 3, value);
    }

    /** True if {@code value}, taken as unsigned, fits in {@code width} bits. */
    public static boolean fits(long value, int width) {
        return width >= 64 || (value >>> width) == 0;
    }

    /**
     * Returns {@code value} if it fits in {@code width} bits, else throws the one-line refusal naming the field:
     * {@code field 'log_max_qp' of cmd_hca_cap: value 0x40 does not fit in 5 bits}.
     */
    public static long checkWidth(String layout, String field, long value, int width) {
        if (!fits(value, width)) {
            throw new FieldWidthException(layout, field, value, width);
        }
        return value;
    }

    /** Zeroes the first {@code bytes} bytes of {@code segment} (a mailbox builders write into). */
    public static void clear(MemorySegment segment, long bytes) {
        (segment.byteSize() == bytes ? segment : segment.asSlice(0, bytes)).fill((byte) 0);
    }

    /** Copies {@code bits} bits from one place to another; byte-aligned copies (the usual case) use one memcpy. */
    public static void copy(MemorySegment src, long srcBit, MemorySegment dst, long dstBit, long bits) {
        if (((srcBit | dstBit | bits) & 7) == 0) {
            MemorySegment.copy(src, srcBit >>> 3, dst, dstBit >>> 3, bits >>> 3);
            return;
        }
        for (long i = 0; i < bits; i++) {
            setBytewise(dst, dstBit + i, 1, getBytewise(src, srcBit + i, 1));
        }
    }

    /** The byte offset of the dword holding bit {@code bit}. */
    private static long dwordOf(long bit) {
        return (bit >>> 5) << 2;
    }

    /** How far right a {@code width}-bit field at {@code bit} sits in its dword. */
    private static int shiftOf(long bit, int width) {
        return 32 - (int) (bit & 31) - width;
    }

    private static long getBytewise(MemorySegment segment, long bit, int width) {
        long result = 0;
        for (long b = bit; b < bit + width; b++) {
            int octet = segment.get(ValueLayout.JAVA_BYTE, b >>> 3);
            result = (result << 1) | ((octet >>> (7 - (b & 7))) & 1);
        }
        return result;
    }

    private static void setBytewise(MemorySegment segment, long bit, int width, long value) {
        for (long b = bit; b < bit + width; b++) {
            long byteOffset = b >>> 3;
            int shift = 7 - (int) (b & 7);
            int octet = segment.get(ValueLayout.JAVA_BYTE, byteOffset);
            int v = (int) (value >>> (bit + width - 1 - b)) & 1;
            octet = (octet & ~(1 << shift)) | (v << shift);
            segment.set(ValueLayout.JAVA_BYTE, byteOffset, (byte) octet);
        }
    }
}
