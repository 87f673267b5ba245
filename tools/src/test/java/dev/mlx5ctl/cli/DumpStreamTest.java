package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.device.DeviceException;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.Node;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resource dump stream read back: segments by their type's layout, the menu's names, and broken framing. */
class DumpStreamTest {

    private final LayoutCodec codec = new LayoutCodec(Prm.REGISTRY);

    /** A menu segment of one record, then a terminate segment, as a device streams them. */
    private byte[] menuStream(String name) {
        int recordBytes = Fields.layout("resource_dump_menu_record").sizeBytes();
        int menuBytes = Fields.layout("resource_dump_menu_segment").sizeBytes() + recordBytes;
        MemorySegment menu = MemorySegment.ofArray(new byte[menuBytes + 4]);
        codec.set("resource_dump_menu_segment", menu, "segment_header.length_dw", menuBytes / 4);
        codec.set("resource_dump_menu_segment", menu, "segment_header.segment_type", 0xffffL);
        codec.set("resource_dump_menu_segment", menu, "num_of_records", 1L);
        long record = Fields.layout("resource_dump_menu_segment").sizeBytes();
        codec.set("resource_dump_menu_record", menu.asSlice(record), "segment_type", 0x1004L);
        byte[] text = name.getBytes(StandardCharsets.US_ASCII);
        MemorySegment.copy(text, 0, menu, ValueLayout.JAVA_BYTE,
                record + codec.resolve("resource_dump_menu_record", "segment_name[0]").bitOffset() / 8, text.length);
        MemorySegment end = menu.asSlice(menuBytes);
        codec.set("resource_dump_terminate_segment", end, "segment_header.length_dw", 1L);
        codec.set("resource_dump_terminate_segment", end, "segment_header.segment_type", 0xfffbL);
        return menu.toArray(ValueLayout.JAVA_BYTE);
    }

    @Test
    void theMenuNamesItsSegmentsInText() {
        byte[] stream = menuStream("FW_TRACE");
        assertEquals(List.of(new DumpStream.MenuEntry(0x1004, "FW_TRACE", "", "")), DumpStream.menu(stream));
        List<Node.Struct> segments = DumpStream.segments(stream);
        assertEquals(List.of("resource_dump_menu_segment", "resource_dump_terminate_segment"),
                segments.stream().map(Node.Struct::layout).toList());
        assertEquals(0x1004, DumpStream.byName(DumpStream.menu(stream), "fw_trace").orElseThrow().segmentType());
        assertTrue(DumpStream.byName(DumpStream.menu(stream), "nope").isEmpty());
    }

    @Test
    void aResourceTypeIsAResourceSegment() {
        assertEquals("resource_dump_resource_segment", DumpStream.layoutOf(0x1004));
        assertEquals("resource_dump_error_segment", DumpStream.layoutOf(0xfffc));
        assertEquals("resource_dump_info_segment", DumpStream.layoutOf(0xfffe));
    }

    @Test
    void brokenFramingIsTheDevicesErrorNotACrash() {
        byte[] zeroLength = new byte[8];
        DeviceException e = assertThrows(DeviceException.class, () -> DumpStream.segments(zeroLength));
        assertTrue(e.getMessage().contains("segment at byte 0 (type 0x0) claims 0 dwords"), e.getMessage());
        byte[] tooLong = ByteBuffer.allocate(8).putShort((short) 100).putShort((short) 0xfffb).array();
        e = assertThrows(DeviceException.class, () -> DumpStream.segments(tooLong));
        assertTrue(e.getMessage().contains("claims 100 dwords, but 8 bytes are left"), e.getMessage());
    }
}
