package dev.mlx5ctl.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generic codec over a small registry written by hand here (the real one is tested in dev.mlx5ctl.prm). */
class LayoutCodecTest {

    private static final Registry REGISTRY = new Registry("test-id",
            List.of(
                    new LayoutInfo("lane", "", false, 0x20, List.of(
                            FieldInfo.scalar("module", 0, 8, null, ""),
                            FieldInfo.scalar("lane", 8, 8, null, ""),
                            FieldInfo.reserved(0x10, 0x10))),
                    new LayoutInfo("caps", "", true, 0x20, List.of(
                            FieldInfo.scalar("word", 0, 0x20, null, ""),
                            FieldInfo.nested("lane_view", 0, 0x20, "lane", ""))),
                    new LayoutInfo("port_reg", "", false, 0xe0, List.of(
                            FieldInfo.scalar("admin_status", 0, 4, "port_admin_status", "Administrative state."),
                            FieldInfo.reserved(4, 4),
                            FieldInfo.scalar("log_max_qp", 8, 5, null, ""),
                            FieldInfo.reserved(0xd, 3),
                            FieldInfo.scalarArray("data", 0x10, 8, 2, false, null, ""),
                            FieldInfo.scalar("cap", 0x20, 0x20, "uctx_cap", ""),
                            FieldInfo.layoutArray("lanes", 0x40, 0x20, 3, false, "lane", ""),
                            FieldInfo.nested("capability", 0xa0, 0x20, "caps", ""),
                            FieldInfo.scalar("wide", 0xc0, 0x20, null, ""))),
                    new LayoutInfo("flex", "", false, 0x20, List.of(
                            FieldInfo.scalar("count", 0, 0x20, null, ""),
                            FieldInfo.scalarArray("entries", 0x20, 0x20, 0, true, null, "")))),
            List.of(
                    new EnumInfo("port_admin_status", "", false,
                            List.of(new EnumInfo.Value("up", 1, ""), new EnumInfo.Value("down", 2, ""))),
                    new EnumInfo("uctx_cap", "", true,
                            List.of(new EnumInfo.Value("raw_tx", 1, ""),
                                    new EnumInfo.Value("tools_resources", 4, "")))),
            List.of(new CommandInfo("NOP", 0x80d, Scope.CONFIGURATION, "lane", "lane", "",
                    Optional.of(new CommandInfo.OpModInfo("", Optional.empty(), Optional.empty(),
                            Map.of(1, Scope.DEBUG_WRITE))))),
            List.of(new RegisterInfo("PORT", 0x5006, "port_reg", Scope.DEBUG_READ_ONLY, Scope.CONFIGURATION, "")),
            List.of(new CapTypeInfo("general", 0, "caps", "")));

    private final LayoutCodec codec = new LayoutCodec(REGISTRY);

    @Test
    void dottedPathsReachNestedUnionAndArrayFields() {
        MemorySegment s = codec.allocate("port_reg");
        codec.set("port_reg", s, "lanes[2].module", 0xab);
        codec.set("port_reg", s, "capability.lane_view.lane", 0x7);
        codec.set("port_reg", s, "data[1]", 0xff);
        assertEquals(0xab, codec.get("port_reg", s, "lanes[2].module"));
        // lanes[2] starts at bit 0x40 + 2 * 0x20 = 0x80: byte 16; lane_view.lane is byte 21 of the union at 0xa0
        assertEquals((byte) 0xab, s.get(ValueLayout.JAVA_BYTE, 16));
        assertEquals(0x7, s.get(ValueLayout.JAVA_BYTE, 21));
        assertEquals(0x00070000L, codec.get("port_reg", s, "capability.word"));
        assertEquals((byte) 0xff, s.get(ValueLayout.JAVA_BYTE, 3));
    }

    @Test
    void unknownNamesAndMisusedPathsAreRefusedInOneLine() {
        MemorySegment s = codec.allocate("port_reg");
        assertEquals("unknown field 'nope' in port_reg", assertThrows(UnknownFieldException.class,
                () -> codec.get("port_reg", s, "nope")).getMessage());
        assertEquals("unknown field 'x' in lane (path 'lanes[0].x')", assertThrows(UnknownFieldException.class,
                () -> codec.get("port_reg", s, "lanes[0].x")).getMessage());
        assertEquals("unknown layout 'nothing'", assertThrows(UnknownFieldException.class,
                () -> codec.get("nothing", s, "x")).getMessage());
        assertEquals("index 3 out of range for 'lanes' of port_reg (3 elements)",
                assertThrows(UnknownFieldException.class, () -> codec.get("port_reg", s, "lanes[3].module"))
                        .getMessage());
        assertEquals("field 'lanes' of port_reg is an array: name an element, as lanes[0]",
                assertThrows(UnknownFieldException.class, () -> codec.get("port_reg", s, "lanes.module"))
                        .getMessage());
        assertEquals("field 'capability' of port_reg is a layout (caps): name one of its fields, as capability.word",
                assertThrows(UnknownFieldException.class, () -> codec.get("port_reg", s, "capability"))
                        .getMessage());
        assertEquals("field 'wide' of port_reg is a number and has no field 'x'",
                assertThrows(UnknownFieldException.class, () -> codec.get("port_reg", s, "wide.x")).getMessage());
        assertEquals("unknown field 'reserved_at_4' in port_reg", assertThrows(UnknownFieldException.class,
                () -> codec.get("port_reg", s, "reserved_at_4")).getMessage());
        assertEquals("malformed path 'data[x]': bad index in 'data[x]'", assertThrows(UnknownFieldException.class,
                () -> codec.get("port_reg", s, "data[x]")).getMessage());
    }

    @Test
    void aValueWiderThanItsFieldIsRefusedNamingFieldValueAndWidth() {
        MemorySegment s = codec.allocate("port_reg");
        assertEquals("field 'log_max_qp' of port_reg: value 0x40 does not fit in 5 bits",
                assertThrows(FieldWidthException.class, () -> codec.set("port_reg", s, "log_max_qp", 0x40))
                        .getMessage());
        assertEquals("field 'module' of lane: value 0x100 does not fit in 8 bits",
                assertThrows(FieldWidthException.class, () -> codec.set("port_reg", s, "lanes[1].module", 0x100))
                        .getMessage());
        assertArrayEquals(new byte[0xe0 / 8], s.toArray(ValueLayout.JAVA_BYTE), "a refused set writes nothing");
    }

    @Test
    void textValuesAreNumbersOrNamesOfTheFieldsEnum() {
        MemorySegment s = codec.allocate("port_reg");
        codec.set("port_reg", s, "admin_status", "down");
        codec.set("port_reg", s, "cap", "raw_tx|tools_resources");
        codec.set("port_reg", s, "log_max_qp", "0x1f");
        codec.set("port_reg", s, "data[0]", "200");
        assertEquals(2, codec.get("port_reg", s, "admin_status"));
        assertEquals(5, codec.get("port_reg", s, "cap"));
        assertEquals(0x1f, codec.get("port_reg", s, "log_max_qp"));
        assertEquals(200, codec.get("port_reg", s, "data[0]"));
        assertEquals("field 'admin_status' of port_reg: 'sideways' is neither a number nor a value of "
                + "port_admin_status (up, down)", assertThrows(UnknownFieldException.class,
                        () -> codec.set("port_reg", s, "admin_status", "sideways")).getMessage());
        assertEquals("field 'wide' of port_reg: 'lots' is not a number", assertThrows(UnknownFieldException.class,
                () -> codec.set("port_reg", s, "wide", "lots")).getMessage());
    }

    @Test
    void decodeGivesATreeOfNamedValuesWithEnumNamesAndWithoutReservedGaps() {
        MemorySegment s = codec.allocate("port_reg");
        codec.set("port_reg", s, "admin_status", 1);
        codec.set("port_reg", s, "cap", 0x15);
        codec.set("port_reg", s, "lanes[1].lane", 3);
        Node.Struct tree = codec.decode("port_reg", s);
        assertEquals(List.of("admin_status", "log_max_qp", "data", "cap", "lanes", "capability", "wide"),
                tree.fields().stream().map(Node::name).toList());
        assertEquals(new Node.Scalar("admin_status", 1, 4, List.of("up")), tree.field("admin_status"));
        assertEquals(List.of("raw_tx", "tools_resources"), ((Node.Scalar) tree.field("cap")).symbols());
        assertEquals(new Node.Bytes("data", new byte[2]), tree.field("data"));
        Node.Array lanes = (Node.Array) tree.field("lanes");
        assertEquals(3, ((Node.Scalar) ((Node.Struct) lanes.elements().get(1)).field("lane")).value());
        assertEquals("lane{module=0x0, lane=0x3}", lanes.elements().get(1).toString());
    }

    @Test
    void flexibleArraysReachAsFarAsTheSegment() {
        MemorySegment s = codec.allocate("flex", 2);
        assertEquals(12, s.byteSize());
        codec.set("flex", s, "entries[1]", 0xdeadbeefL);
        assertEquals(0xdeadbeefL, codec.get("flex", s, "entries[1]"));
        assertEquals("'entries[2]' of flex lies beyond the 12 bytes given (flexible array)",
                assertThrows(UnknownFieldException.class, () -> codec.get("flex", s, "entries[2]")).getMessage());
        Node.Array entries = (Node.Array) codec.decode("flex", s).field("entries");
        assertEquals(2, entries.elements().size());
    }

    @Test
    void registryFindsElementsByNameAndNumber() {
        assertEquals("PORT", REGISTRY.registerById(0x5006).orElseThrow().name());
        assertEquals(0x80d, REGISTRY.command("NOP").orElseThrow().opcode());
        assertEquals(Scope.DEBUG_WRITE, REGISTRY.commandByOpcode(0x80d).orElseThrow().scopeFor(1));
        assertEquals(Scope.CONFIGURATION, REGISTRY.commandByOpcode(0x80d).orElseThrow().scopeFor(0));
        assertEquals("caps", REGISTRY.capType("general").orElseThrow().layout());
        assertEquals(Optional.empty(), REGISTRY.layout("nothing"));
    }

    @Test
    void decodeShowsOnlyTheChosenMemberOfAUnionNamedByPath() {
        MemorySegment s = codec.allocate("port_reg");
        codec.set("port_reg", s, "capability.word", 0x01020000);
        Node.Struct all = (Node.Struct) codec.decode("port_reg", s).field("capability");
        assertEquals(List.of("word", "lane_view"), all.fields().stream().map(Node::name).toList());
        Node.Struct chosen = (Node.Struct) codec.decode("port_reg", s, Map.of("capability", "lane_view"))
                .field("capability");
        assertEquals("caps{lane_view=lane{module=0x1, lane=0x2}}", chosen.toString());
        assertEquals("union caps at 'capability' has no member 'nope'", assertThrows(UnknownFieldException.class,
                () -> codec.decode("port_reg", s, Map.of("capability", "nope"))).getMessage());
    }
}
