package dev.mlx5ctl.prm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.EnumSet;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Bytes the typed builders produce, against bytes worked out by hand from include/linux/mlx5/mlx5_ifc.h (Linux
 * 6.1) the way MLX5_SET does it: a field at bit offset O of width W lives in big-endian dword O / 32, shifted left
 * by 32 - O % 32 - W. Each expectation below spells out that arithmetic, so it does not depend on the schema or the
 * emitter being right.
 */
class GoldenBytesTest {

    private static byte[] bytes(MemorySegment segment) {
        return segment.toArray(ValueLayout.JAVA_BYTE);
    }

    private static byte[] hex(String dwords) {
        return HexFormat.of().parseHex(dwords.replace(" ", ""));
    }

    @Test
    void queryHcaCapInForCurrentGeneralCaps() {
        // mlx5_ifc_query_hca_cap_in_bits: opcode[0x10] at 0x0, op_mod[0x10] at 0x30, 0x80 bits.
        // dword 0: opcode 0x100 << (32 - 0 - 16) = 0x01000000
        // dword 1: op_mod = MLX5_CAP_GENERAL (0) << 1 | HCA_CAP_OPMOD_GET_CUR (1) = 1, << (32 - 16 - 16) = 0x00000001
        // dwords 2-3: other_function, function_id, reserved: 0
        byte[] expected = hex("01000000 00000001 00000000 00000000");
        QueryHcaCapIn in = QueryHcaCap.in()
                .opMod(QueryHcaCapOpMod.builder().capType(HcaCapType.GENERAL).cur(HcaCapMode.CURRENT).build())
                .build();
        assertArrayEquals(expected, bytes(in.segment()));
        assertEquals(HcaCapMode.CURRENT, in.opModFields().curEnum().orElseThrow());
        assertArrayEquals(expected, bytes(QueryHcaCap.in().opMod(1).build().segment()));
        // the op_mod layout itself: cap_type[0xf] at 0x0 = 0, cur[0x1] at 0xf = 1 -> 16 bits 0x0001
        assertArrayEquals(hex("0001"), bytes(QueryHcaCapOpMod.builder().capType(HcaCapType.GENERAL)
                .cur(HcaCapMode.CURRENT).build().segment()));
    }

    @Test
    void queryHcaCapInTakesOpModFromAnEmbeddedView() {
        // MLX5_CAP_ROCE is 4: op_mod = 4 << 1 | 0 (device maximums) = 0x0008 in dword 1's low half.
        // other_function[0x1] at 0x40 = 1 -> 0x80000000; function_id[0x10] at 0x50 = 0x12 -> 0x00000012.
        byte[] expected = hex("01000000 00000008 80000012 00000000");
        QueryHcaCapIn model = QueryHcaCap.in().opMod(8).build();
        // opModFields() views op_mod 0x30 bits into model's bytes: its bits, not its segment's first 16, are taken.
        MemorySegment mailbox = Arena.ofAuto().allocate(QueryHcaCapIn.SIZE_BYTES + 8);
        mailbox.fill((byte) 0x5a);
        QueryHcaCapIn in = QueryHcaCap.in(mailbox).otherFunction(1).opMod(model.opModFields()).functionId(0x12)
                .build();
        assertArrayEquals(expected, bytes(in.segment()));
        assertEquals(HcaCapType.ROCE, in.opModFields().capTypeEnum().orElseThrow());
        assertEquals(HcaCapMode.MAX, in.opModFields().curEnum().orElseThrow());
        assertEquals(0x5a, mailbox.get(ValueLayout.JAVA_BYTE, QueryHcaCapIn.SIZE_BYTES), "past the layout");
    }

    @Test
    void accessRegReadOfPaosWithItsRegisterData() {
        // mlx5_ifc_access_register_in_bits: opcode at 0x0, op_mod at 0x30, register_id[0x10] at 0x50,
        // argument[0x20] at 0x60, register_data[][0x20] from 0x80.
        // dword 0: 0x805 << 16 = 0x08050000
        // dword 1: op_mod MLX5_REG_ACCESS... read = 1 -> 0x00000001
        // dword 2: register_id 0x5006 (MLX5_REG_PAOS) at 0x50: << (32 - 16 - 16) = 0x00005006
        // dword 3: argument 0
        // dwords 4-7: register_data = the PAOS register below: local_port[0x8] at 0x8 = 1 -> << 16 = 0x00010000
        byte[] expected = hex("08050000 00000001 00005006 00000000  00010000 00000000 00000000 00000000");
        PaosReg paos = PaosReg.builder().localPort(1).build();
        byte[] data = bytes(paos.segment());
        AccessRegisterIn.Builder in = AccessReg.in(data.length / 4).opMod(AccessRegOpMod.READ)
                .registerId(Prm.REG_PAOS.id());
        for (int i = 0; i < data.length / 4; i++) {
            in.registerData(i, MemorySegment.ofArray(data).get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(
                    java.nio.ByteOrder.BIG_ENDIAN), i * 4L) & 0xffffffffL);
        }
        assertArrayEquals(expected, bytes(in.build().segment()));
        assertEquals(AccessRegOpMod.READ, in.build().opModEnum().orElseThrow());
        assertEquals(0x5006, PaosReg.REGISTER_ID);
    }

    @Test
    void paosRegisterData() {
        // mlx5_ifc_paos_reg_bits: local_port[0x8] at 0x8, admin_status[0x4] at 0x14, oper_status[0x4] at 0x1c,
        // ase[0x1] at 0x20, e[0x2] at 0x3e; 0x80 bits.
        // dword 0: local_port 1 << (32 - 8 - 8 = 16) | admin_status 1 (up) << (32 - 20 - 4 = 8)
        //          | oper_status 2 (down) << (32 - 28 - 4 = 0) = 0x00010102
        // dword 1: ase 1 << (32 - 0 - 1 = 31) | e 2 << (32 - 30 - 2 = 0) = 0x80000002
        byte[] expected = hex("00010102 80000002 00000000 00000000");
        PaosReg paos = PaosReg.builder().localPort(1).adminStatus(PortAdminStatus.UP)
                .operStatus(PortOperStatus.DOWN).ase(1).e(2).build();
        assertArrayEquals(expected, bytes(paos.segment()));
        assertEquals(PortAdminStatus.UP, paos.adminStatusEnum().orElseThrow());
    }

    @Test
    void createUctxInWithRawTxAndToolsResources() {
        // mlx5_ifc_create_uctx_in_bits: opcode at 0x0, op_mod at 0x30, reserved_at_40[0x40], uctx at 0x80;
        // mlx5_ifc_uctx_bits: cap[0x20] at 0x0, reserved_at_20[0x160]: 0x200 bits in all.
        // dword 0: 0xa04 << 16 = 0x0a040000; dwords 1-3: 0
        // dword 4: uctx.cap = MLX5_UCTX_CAP_RAW_TX (1 << 0) | MLX5_UCTX_CAP_TOOLS_RESOURCES (1 << 2) = 0x00000005
        // dwords 5-15: 0
        byte[] expected = hex("0a040000 00000000 00000000 00000000  00000005 00000000 00000000 00000000"
                + "00000000 00000000 00000000 00000000  00000000 00000000 00000000 00000000");
        Uctx uctx = Uctx.builder().cap(EnumSet.of(UctxCap.RAW_TX, UctxCap.TOOLS_RESOURCES)).build();
        CreateUctxIn in = CreateUctx.in().uctx(uctx).build();
        assertArrayEquals(expected, bytes(in.segment()));
        assertEquals(EnumSet.of(UctxCap.RAW_TX, UctxCap.TOOLS_RESOURCES), in.uctx().capFlags());
    }

    @Test
    void queryVportStateInForAnotherVport() {
        // mlx5_ifc_query_vport_state_in_bits: opcode at 0x0, op_mod at 0x30, other_vport[0x1] at 0x40,
        // vport_number[0x10] at 0x50; 0x80 bits.
        // dword 0: 0x750 << 16 = 0x07500000; dword 1: 0
        // dword 2: other_vport 1 << (32 - 0 - 1 = 31) | vport_number 3 << (32 - 16 - 16 = 0) = 0x80000003
        byte[] expected = hex("07500000 00000000 80000003 00000000");
        QueryVportStateIn in = QueryVportState.in().otherVport(1).vportNumber(3).build();
        assertArrayEquals(expected, bytes(in.segment()));
    }

    @Test
    void queryHcaCapOutReadsLogMaxQpOfTheGeneralCaps() {
        // mlx5_ifc_query_hca_cap_out_bits: capability (union) at 0x80. mlx5_ifc_cmd_hca_cap_bits: log_max_qp[0x5]
        // after reserved_at_99[0x2], so at 0x9b: dword 4 of the cap block, shift 32 - 0x1b - 5 = 0. The cap block
        // starts at byte 16 of the reply, so log_max_qp is the low 5 bits of byte 16 + 16 + 3 = 35.
        byte[] reply = new byte[QueryHcaCapOut.SIZE_BYTES];
        reply[35] = (byte) 0xf2; // 0x12 in the low five bits; the three above belong to other fields
        QueryHcaCapOut out = QueryHcaCap.out(MemorySegment.ofArray(reply));
        assertEquals(0x12, out.capability().cmdHcaCap().logMaxQp());
        assertEquals(0x12, Prm.CODEC.get("query_hca_cap_out", MemorySegment.ofArray(reply),
                "capability.cmd_hca_cap.log_max_qp"));
        assertEquals("OK", out.statusName());
    }

    @Test
    void createUmemInWithTwoPagesInTheFlexibleTailOfItsUmem() {
        // mlx5_ifc_create_umem_in_bits: opcode at 0x0, uid, op_mod at 0x30, reserved_at_40[0x40], umem at 0x80.
        // mlx5_ifc_umem_bits: reserved_at_0[0x80]; ats[0x1] at 0x80, log_page_size[0x5] at 0x9b; page_offset[0x20]
        // at 0xa0; num_of_mtt[0x40] at 0xc0; mtt[] from 0x100. mlx5_ifc_mtt_bits: ptag_63_32[0x20] at 0x0,
        // ptag_31_8[0x18] at 0x20, wr_en[0x1] at 0x3e, rd_en[0x1] at 0x3f.
        // dword 0: 0xa08 << 16 = 0x0a080000; dwords 1-7 (the rest of the header and umem's reserved_at_0): 0
        // dword 8 (umem + 0x80): log_page_size 9 << (32 - 0x1b - 5 = 0) = 0x00000009
        // dword 9: page_offset 0x10; dwords 10-11: num_of_mtt 2 as MLX5_SET64 writes it (big-endian 64 bits)
        // dwords 12-13, mtt[0]: ptag_63_32 1; ptag_31_8 0x234567 << (32 - 0 - 24 = 8) | wr_en 1 << 1 | rd_en 1
        //                       = 0x23456703
        // dwords 14-15, mtt[1]: ptag_63_32 0; ptag_31_8 0x200000 << 8 | rd_en 1 = 0x20000001
        byte[] expected = hex("0a080000 00000000 00000000 00000000  00000000 00000000 00000000 00000000"
                + "00000009 00000010 00000000 00000002  00000001 23456703 00000000 20000001");
        Umem umem = Umem.builder(2).logPageSize(9).pageOffset(0x10L).numOfMtt(2L)
                .mtt(0, Mtt.builder().ptag63_32(1L).ptag31_8(0x234567).wrEn(1).rdEn(1).build())
                .mtt(1, Mtt.builder().ptag31_8(0x200000).rdEn(1).build())
                .build();
        CreateUmemIn in = CreateUmem.in(2).umem(umem).build();
        assertArrayEquals(expected, bytes(in.segment()));
        assertEquals(2, in.umem().mttCount());
        assertEquals(0x200000, in.umem().mtt(1).ptag31_8());
    }

    @Test
    void aBuilderOverAMailboxWritesTheSameBytesIntoIt() {
        // QUERY_VPORT_COUNTER: opcode 0x770 << 16; other_vport[0x1] at 0x40 -> bit 31 of dword 2; port_num[0x4]
        // at 0x4c -> << (32 - 12 - 4) = << 16; vport_number[0x10] at 0x50 -> << 0; clear[0x1] at 0xc0 -> bit 31
        // of dword 6.
        byte[] expected = hex("07700000 00000000 80030005 00000000 00000000 00000000 80000000 00000000");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mailbox = arena.allocate(QueryVportCounterIn.SIZE_BYTES + 4);
            mailbox.fill((byte) 0xee);
            QueryVportCounterIn in = QueryVportCounter.in(mailbox).otherVport(1).portNum(3).vportNumber(5).clear(1)
                    .build();
            assertArrayEquals(expected, bytes(mailbox.asSlice(0, QueryVportCounterIn.SIZE_BYTES)));
            // Only the layout's bytes are zeroed: what lies past it is the caller's.
            assertEquals((byte) 0xee, mailbox.get(ValueLayout.JAVA_BYTE, QueryVportCounterIn.SIZE_BYTES));
            assertEquals(5, in.vportNumber());
            assertArrayEquals(expected, bytes(QueryVportCounter.in().otherVport(1).portNum(3).vportNumber(5)
                    .clear(1).build().segment()));
            assertThrows(IllegalArgumentException.class, () -> QueryVportCounter.in(arena.allocate(16)));
        }
    }

    @Test
    void aBuiltViewKeepsItsBytesWhileTheBuilderGoesOn() {
        QueryVportStateIn.Builder builder = QueryVportState.in().vportNumber(1);
        QueryVportStateIn first = builder.build();
        QueryVportStateIn second = builder.vportNumber(2).build();
        assertEquals(1, first.vportNumber());
        assertEquals(2, second.vportNumber());
        assertEquals(0x750, second.opcode());
    }

    @Test
    void aMailboxBuildersViewIsTheMailboxAndSeesLaterSetters() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mailbox = arena.allocate(QueryVportStateIn.SIZE_BYTES);
            QueryVportStateIn.Builder builder = QueryVportState.in(mailbox).vportNumber(1);
            QueryVportStateIn view = builder.build();
            builder.otherVport(1).vportNumber(9);
            assertEquals(9, view.vportNumber());
            // dword 2 written whole each time: other_vport at bit 31, vport_number 9 below it.
            assertArrayEquals(hex("07500000 00000000 80000009 00000000"), bytes(mailbox));
        }
    }

    @Test
    void writeToCopiesTheBuiltBytesAndRefusesAShortTarget() {
        QueryVportStateIn.Builder builder = QueryVportState.in().otherVport(1).vportNumber(7);
        MemorySegment target = MemorySegment.ofArray(new byte[QueryVportStateIn.SIZE_BYTES]);
        builder.writeTo(target);
        // opcode 0x750 << 16; other_vport at 0x40 -> bit 31 of dword 2; vport_number[0x10] at 0x50 -> << 0
        assertArrayEquals(hex("07500000 00000000 80000007 00000000"), bytes(target));
        assertThrows(IllegalArgumentException.class, () -> builder.writeTo(MemorySegment.ofArray(new byte[8])));
    }
}
