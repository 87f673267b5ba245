package dev.mlx5ctl.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BitsTest {

    /** The PRM bit order, spelled out one bit at a time: bit i is bit (7 - i % 8) of byte i / 8. */
    private static void referenceSet(byte[] bytes, long bit, int width, long value) {
        for (int j = 0; j < width; j++) {
            long b = bit + j;
            int v = (int) (value >>> (width - 1 - j)) & 1;
            int mask = 1 << (7 - (int) (b % 8));
            bytes[(int) (b / 8)] = (byte) (v == 1 ? bytes[(int) (b / 8)] | mask : bytes[(int) (b / 8)] & ~mask);
        }
    }

    private static long randomValue(Random random, int width) {
        return width == 64 ? random.nextLong() : random.nextLong() & ((1L << width) - 1);
    }

    @Test
    void setAndGetAgreeWithTheBitByBitDefinitionAtEveryLegalPlace() {
        Random random = new Random(0x5eed);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            byte[] expected = bytes.clone();
            long bit;
            int width;
            if (random.nextInt(8) == 0) {
                width = 64;
                bit = 32L * random.nextInt(7);
            } else {
                width = 1 + random.nextInt(32);
                int dword = random.nextInt(8);
                bit = 32L * dword + random.nextInt(33 - width);
            }
            long value = randomValue(random, width);
            referenceSet(expected, bit, width, value);
            MemorySegment segment = MemorySegment.ofArray(bytes);
            Bits.set(segment, bit, width, value);
            assertArrayEquals(expected, bytes, () -> "set at bit " + bit + " width " + width);
            assertEquals(value, Bits.get(segment, bit, width), () -> "get at bit " + bit + " width " + width);
        }
    }

    @Test
    void mlx5SetOfOpcodeAndOpModLandsWhereTheKernelPutsThem() {
        // MLX5_SET(query_hca_cap_in, in, opcode, 0x100): dword 0, shift 32 - 0 - 16 = 16 -> be32 0x01000000
        // MLX5_SET(query_hca_cap_in, in, op_mod, 0x1): dword 1, shift 32 - 16 - 16 = 0 -> be32 0x00000001
        MemorySegment s = MemorySegment.ofArray(new byte[8]);
        Bits.set(s, 0, 16, 0x100);
        Bits.set(s, 0x30, 16, 1);
        assertArrayEquals(new byte[] {0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01},
                s.toArray(ValueLayout.JAVA_BYTE));
    }

    @Test
    void aSegmentShorterThanADwordIsReadAndWrittenBytewise() {
        MemorySegment s = MemorySegment.ofArray(new byte[2]);
        Bits.set(s, 0, 15, 0x12);
        Bits.set(s, 15, 1, 1);
        assertArrayEquals(new byte[] {0x00, 0x25}, s.toArray(ValueLayout.JAVA_BYTE));
        assertEquals(0x12, Bits.get(s, 0, 15));
        assertEquals(1, Bits.get(s, 15, 1));
    }

    @Test
    void copyMovesBitsBetweenAlignedAndUnalignedPlaces() {
        MemorySegment src = MemorySegment.ofArray(new byte[] {(byte) 0xab, (byte) 0xcd, 0x12, 0x34});
        MemorySegment dst = MemorySegment.ofArray(new byte[4]);
        Bits.copy(src, 0, dst, 0, 32);
        assertEquals(0xabcd1234L, Bits.get(dst, 0, 32));
        MemorySegment odd = MemorySegment.ofArray(new byte[4]);
        Bits.copy(src, 4, odd, 3, 12); // 0xbcd moved from bit 4 to bit 3
        assertEquals(0xbcdL, Bits.get(odd, 3, 12));
        assertEquals(0L, Bits.get(odd, 0, 3));
        assertEquals(0L, Bits.get(odd, 15, 17));
    }

    @Test
    void checkWidthRefusesWithAOneLineMessageNamingFieldValueAndWidth() {
        FieldWidthException e = assertThrows(FieldWidthException.class,
                () -> Bits.checkWidth("cmd_hca_cap", "log_max_qp", 0x40, 5));
        assertEquals("field 'log_max_qp' of cmd_hca_cap: value 0x40 does not fit in 5 bits", e.getMessage());
        assertEquals(0x1f, Bits.checkWidth("cmd_hca_cap", "log_max_qp", 0x1f, 5));
        assertEquals(-1L, Bits.checkWidth("x", "y", -1L, 64));
    }
}
