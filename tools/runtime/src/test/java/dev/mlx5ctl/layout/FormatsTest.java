package dev.mlx5ctl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema's formats: each one's text, and the decoded trees of the layouts that use them. */
class FormatsTest {

    private final LayoutCodec codec = new LayoutCodec(Prm.REGISTRY);
    private final Formats formats = new Formats(Prm.REGISTRY);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void eachFormatWritesItsText() {
        assertEquals("00:11:22:aa:bb:cc", Format.MAC.text(hex("001122aabbcc")));
        assertEquals("192.0.2.1", Format.IPV4.text(hex("c0000201")));
        assertEquals("MT_0000000001", Format.ASCII.text("MT_0000000001\0\0\0".getBytes()));
        assertEquals("a\\x01b", Format.ASCII.text(new byte[] {'a', 1, 'b', 0, 'c'}), "stops at NUL, escapes");
        assertEquals(2026, Format.bcd(0x2026));
        assertEquals("1432", Format.BCD.text(hex("1432")));
    }

    @Test
    void ipv6IsWrittenAsRfc5952Says() {
        assertEquals("fe80::211:22ff:fe33:4455", Format.IPV6.text(hex("fe800000000000000211 22fffe334455"
                .replace(" ", ""))));
        assertEquals("::", Format.IPV6.text(new byte[16]));
        assertEquals("::1", Format.IPV6.text(hex("00000000000000000000000000000001")));
        assertEquals("2001:db8::1:0:0:1", Format.IPV6.text(hex("20010db8000000000001000000000001")),
                "the first of two equal runs of zeros");
        assertEquals("2001:db8:0:1:1:1:1:1", Format.IPV6.text(hex("20010db8000000010001000100010001")),
                "a single zero group stays");
        assertEquals("::ffff:c000:201", Format.IPV6.text(hex("00000000000000000000ffffc0000201")));
    }

    @Test
    void aMacLayoutIsOneAddressAndASplitMacIsJoined() {
        MemorySegment out = codec.allocate("query_roce_address_out");
        codec.set("query_roce_address_out", out, "roce_address.source_mac_47_32", 0x0011L);
        codec.set("query_roce_address_out", out, "roce_address.source_mac_31_0", 0x22aabbccL);
        codec.set("query_roce_address_out", out, "roce_address.roce_version", 2L);
        MemorySegment.copy(hex("fe800000000000000211 22fffe334455".replace(" ", "")), 0, out,
                java.lang.foreign.ValueLayout.JAVA_BYTE, 0x10, 16);
        Node.Struct roce = (Node.Struct) formats.present(codec.decode("query_roce_address_out", out))
                .field("roce_address");
        assertEquals(new Node.Text("source_mac", "00:11:22:aa:bb:cc", Format.MAC), roce.field("source_mac"));
        assertEquals(new Node.Text("source_l3_address", "fe80::211:22ff:fe33:4455", Format.IPV6),
                roce.field("source_l3_address"));
        assertEquals(null, roce.field("source_mac_31_0"), "the halves are one field now");
        assertEquals(2L, ((Node.Scalar) roce.field("roce_version")).value(), "plain fields stay numbers");

        MemorySegment l2 = codec.allocate("query_l2_table_entry_out");
        codec.set("query_l2_table_entry_out", l2, "mac_address.mac_addr_47_32", 0x0202L);
        codec.set("query_l2_table_entry_out", l2, "mac_address.mac_addr_31_0", 0x03040506L);
        assertEquals(new Node.Text("mac_address", "02:02:03:04:05:06", Format.MAC),
                formats.present(codec.decode("query_l2_table_entry_out", l2)).field("mac_address"));
    }

    @Test
    void bcdIsItsDecimalReadingAndUnitsComeAlong() {
        MemorySegment mgir = codec.allocate("mgir_reg");
        codec.set("mgir_reg", mgir, "fw_info.year", 0x2026L);
        codec.set("mgir_reg", mgir, "fw_info.month", 0x11L);
        codec.set("mgir_reg", mgir, "fw_info.day", 0x25L);
        Node.Struct fw = (Node.Struct) formats.present(codec.decode("mgir_reg", mgir)).field("fw_info");
        assertEquals(List.of(2026L, 11L, 25L), List.of(((Node.Scalar) fw.field("year")).value(),
                ((Node.Scalar) fw.field("month")).value(), ((Node.Scalar) fw.field("day")).value()));

        MemorySegment mtmp = codec.allocate("mtmp_reg");
        codec.set("mtmp_reg", mtmp, "temperature", 344L);
        Node.Scalar t = (Node.Scalar) formats.present(codec.decode("mtmp_reg", mtmp)).field("temperature");
        assertEquals(344L, t.value());
        assertEquals(Optional.of("x 0.125 C"), t.unit());
    }
}
