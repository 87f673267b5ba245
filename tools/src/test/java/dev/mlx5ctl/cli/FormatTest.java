package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.device.DeviceException;
import dev.mlx5ctl.device.FirmwareException;
import dev.mlx5ctl.layout.FieldWidthException;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.Node;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Text and JSON rendering of decoded layouts, the hexdump, --set parsing and the exit code of each failure. */
class FormatTest {

    private final LayoutCodec codec = new LayoutCodec(Prm.REGISTRY);

    private Node.Struct paos(String adminStatus, String operStatus) {
        MemorySegment reg = codec.allocate("paos_reg");
        codec.set("paos_reg", reg, "local_port", 1L);
        codec.set("paos_reg", reg, "admin_status", adminStatus);
        codec.set("paos_reg", reg, "oper_status", operStatus);
        return codec.decode("paos_reg", reg);
    }

    @Test
    void textShowsEnumsByNameWithValueAndHidesZeros() {
        String text = Text.fields(paos("down", "up"), false);
        assertEquals("""
                local_port    1
                admin_status  down (0x2)
                oper_status   up (0x1)
                """, text);
    }

    @Test
    void textWithAllShowsZeroFieldsAlignedToTheLongestName() {
        String text = Text.fields(paos("up", "up"), true);
        List<String> lines = text.lines().toList();
        assertEquals(List.of("swid", "local_port", "admin_status", "oper_status", "ase", "ee", "e"),
                lines.stream().map(l -> l.split(" +")[0]).toList());
        assertTrue(lines.stream().allMatch(l -> l.charAt("admin_status".length() + 1) == ' '
                && l.charAt("admin_status".length() + 2) != ' '), text);
    }

    @Test
    void textIndentsNestedLayoutsUnderTheirName() {
        MemorySegment out = codec.allocate("query_adapter_out");
        codec.set("query_adapter_out", out, "query_adapter_struct.ieee_vendor_id", 0x2c9L);
        String text = Text.fields(codec.decode("query_adapter_out", out), false);
        assertEquals("query_adapter_struct:\n  ieee_vendor_id  713 (0x2c9)\n", text);
    }

    @Test
    void textShowsFlagSetsByTheirNames() {
        Node.Scalar s = new Node.Scalar("uctx_cap", 5, 32, codec.symbols(java.util.Optional.of("uctx_cap"), 5));
        assertEquals("raw_tx|tools_resources (0x5)", Text.value(s));
    }

    @Test
    void textNumbersCarryTheirHexFromTenUp() {
        assertEquals("9", Text.number(9, 8));
        assertEquals("17 (0x11)", Text.number(17, 8));
        assertEquals("18446744073709551615 (0xffffffffffffffff)", Text.number(-1L, 64));
    }

    @Test
    void bytesReadAsTextWhenTheyAreTextElseAsHex() {
        assertEquals("\"MT_0001\"", Text.bytes("MT_0001\0\0\0".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("00010203 04", Text.bytes(new byte[] {0, 1, 2, 3, 4}));
    }

    @Test
    void jsonOfADecodedLayoutParsesBackWithEnumsAsNameAndValue() {
        Map<?, ?> m = (Map<?, ?>) MiniJson.parse(Json.write(paos("down", "up")));
        assertEquals(BigInteger.ONE, m.get("local_port"));
        assertEquals(BigInteger.ZERO, m.get("swid"), "JSON keeps zero fields");
        Map<?, ?> admin = (Map<?, ?>) m.get("admin_status");
        assertEquals(BigInteger.TWO, admin.get("value"));
        assertEquals("down", admin.get("name"));
    }

    @Test
    void jsonNamesNoValueAnEnumLacks() {
        Map<?, ?> m = (Map<?, ?>) MiniJson.parse(Json.write(paos("0x9", "up")));
        Map<?, ?> admin = (Map<?, ?>) m.get("admin_status");
        assertTrue(admin.containsKey("name") && admin.get("name") == null, m.toString());
    }

    @Test
    void jsonEscapesEveryCharacterThatNeedsIt() {
        String nasty = "quote\" backslash\\ newline\n tab\t bell\u0007 nul\u0000 del\u007f sep\u2028 é";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(nasty, nasty);
        String json = Json.write(m);
        assertFalse(json.chars().anyMatch(c -> c < 0x20 && c != '\n'), "raw control character in " + json);
        assertEquals(Map.of(nasty, nasty), MiniJson.parse(json));
    }

    @Test
    void aFieldWiderThan53BitsIsAStringOfDigits() {
        Node.Struct s = new Node.Struct("s", "s", List.of(
                new Node.Scalar("packets", -1L, 64, List.of()),
                new Node.Scalar("exact", (1L << 53) - 1, 53, List.of()),
                new Node.Scalar("small", 7, 64, List.of())));
        Map<?, ?> m = (Map<?, ?>) MiniJson.parse(Json.line(s));
        assertEquals("18446744073709551615", m.get("packets"));
        assertEquals(BigInteger.valueOf((1L << 53) - 1), m.get("exact"), "53 bits: a number jq keeps whole");
        assertEquals("7", m.get("small"), "the type is the field's, whatever the value");
    }

    @Test
    void json64BitValuesAreUnsigned() {
        assertEquals(new BigInteger("18446744073709551615"), MiniJson.parse(Json.write(new Json.Unsigned(-1L))));
    }

    @Test
    void hexdumpShowsOffsetsBytesAndPrintables() {
        byte[] b = new byte[18];
        b[0] = 'A';
        b[17] = (byte) 0xff;
        String dump = Text.hexdump(b);
        List<String> lines = dump.lines().toList();
        assertEquals(2, lines.size(), dump);
        assertEquals("00000000  41 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |A...............|",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("00000010  00 ff "), lines.get(1));
        assertTrue(lines.get(1).endsWith("|..|"), lines.get(1));
    }

    @Test
    void setSplitsAtTheFirstEqualsSign() {
        assertEquals(new Assignment("a.b[2].c", "x=y"), Assignment.parse("a.b[2].c=x=y"));
        assertEquals(new Assignment("admin_status", "down"), Assignment.parse(" admin_status = down "));
    }

    @Test
    void setRefusesWhatIsNotFieldEqualsValue() {
        for (String bad : List.of("admin_status", "=1", "admin_status=", " = ")) {
            assertThrows(CommandLine.TypeConversionException.class, () -> Assignment.parse(bad), bad);
        }
    }

    @Test
    void eachFailureHasItsExitCode() {
        assertEquals(ExitCode.FIRMWARE, Errors.exitCode(FirmwareException.of(Prm.REGISTRY, 0x805, 1, 3, 0x1234)));
        assertEquals(ExitCode.DEVICE, Errors.exitCode(new DeviceException("open: permission denied", 13)));
        assertEquals(ExitCode.USAGE, Errors.exitCode(new FieldWidthException("paos_reg", "e", 7, 2)));
        assertEquals(ExitCode.USAGE, Errors.exitCode(new UsageException("unknown register")));
        assertEquals(ExitCode.FILE, Errors.exitCode(new Errors.FileException("write", java.nio.file.Path.of("f"),
                new java.io.IOException("disk full"))));
        assertEquals(ExitCode.INTERNAL, Errors.exitCode(new IllegalStateException("bug")));
    }

    @Test
    void aFirmwareErrorIsNamedOnOneLine() {
        FirmwareException e = FirmwareException.of(Prm.REGISTRY, 0x805, 1, 3, 0x1234);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("ACCESS_REG"), e.getMessage());
    }

    @Test
    void formatsReadAsTheSchemaSaysInTextAndJson() {
        dev.mlx5ctl.layout.Formats formats = new dev.mlx5ctl.layout.Formats(Prm.REGISTRY);
        MemorySegment mgir = codec.allocate("mgir_reg");
        codec.set("mgir_reg", mgir, "fw_info.year", 0x2026L);
        codec.set("mgir_reg", mgir, "fw_info.month", 0x11L);
        codec.set("mgir_reg", mgir, "fw_info.day", 0x25L);
        byte[] psid = "MT_0000000838".getBytes(StandardCharsets.US_ASCII);
        MemorySegment.copy(psid, 0, mgir, java.lang.foreign.ValueLayout.JAVA_BYTE,
                codec.resolve("mgir_reg", "fw_info.psid[0]").bitOffset() / 8, psid.length);
        Node.Struct tree = formats.present(codec.decode("mgir_reg", mgir));
        String text = Text.fields(tree, false);
        assertTrue(text.contains("year   2026 (0x7ea)") && text.contains("month  11 (0xb)")
                && text.contains("day    25 (0x19)"), "BCD date, not 8230/17/37: " + text);
        assertTrue(text.contains("psid   \"MT_0000000838\""), text);
        Map<?, ?> fw = (Map<?, ?>) ((Map<?, ?>) MiniJson.parse(Json.write(tree))).get("fw_info");
        assertEquals(BigInteger.valueOf(2026), fw.get("year"));
        assertEquals("MT_0000000838", fw.get("psid"));

        MemorySegment vport = codec.allocate("query_nic_vport_context_out");
        codec.set("query_nic_vport_context_out", vport, "nic_vport_context.permanent_address.mac_addr_47_32",
                0xb859L);
        codec.set("query_nic_vport_context_out", vport, "nic_vport_context.permanent_address.mac_addr_31_0",
                0x9f000001L);
        codec.set("query_nic_vport_context_out", vport, "nic_vport_context.mtu", 1500L);
        Node.Struct v = formats.present(codec.decode("query_nic_vport_context_out", vport));
        String vtext = Text.fields(v, false);
        assertTrue(vtext.contains("permanent_address  b8:59:9f:00:00:01"), vtext);
        assertTrue(vtext.contains("mtu                1500 (0x5dc) bytes"), vtext);
        Map<?, ?> ctx = (Map<?, ?>) ((Map<?, ?>) MiniJson.parse(Json.write(v))).get("nic_vport_context");
        assertEquals("b8:59:9f:00:00:01", ctx.get("permanent_address"));
        assertEquals(BigInteger.valueOf(1500), ctx.get("mtu"), "a unit leaves the JSON number as it is");
    }

    @Test
    void aLongRunOfZerosEndingBytesIsCountedNotPrinted() {
        byte[] b = new byte[70];
        b[0] = 1;
        b[5] = (byte) 0xab;
        assertEquals("01000000 00ab0000 (then 62 zero bytes)", Text.bytes(b));
        assertEquals("01000000 00000000", Text.bytes(new byte[] {1, 0, 0, 0, 0, 0, 0, 0}), "a short tail stays");
        assertEquals("(then 40 zero bytes)", Text.bytes(new byte[40]));
    }
}
