package dev.mlx5ctl.cli;

import dev.mlx5ctl.device.DeviceException;
import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.layout.Formats;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.Node;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A RESOURCE_DUMP stream read back: a sequence of segments, each a resource_dump_segment_header (its length in
 * dwords, the header included, and its type) then its body. The framing segments are decoded by the layout the
 * schema gives their type (resource_dump_segment_type: info, command, menu, error, terminate); every other type is
 * the device's own, a resource_dump_resource_segment whose payload the schema does not describe.
 */
final class DumpStream {

    /** One dumpable segment type, as the menu lists it. */
    record MenuEntry(int segmentType, String name, String index1, String index2) {
    }

    private static final LayoutCodec CODEC = new LayoutCodec(Prm.REGISTRY);
    private static final Formats FORMATS = new Formats(Prm.REGISTRY);
    private static final EnumInfo TYPES = Prm.REGISTRY.enumInfo("resource_dump_segment_type").orElseThrow();

    private DumpStream() {
    }

    /** The segments of {@code stream}, each decoded and shown as the schema says. */
    static List<Node.Struct> segments(byte[] stream) {
        List<Node.Struct> out = new ArrayList<>();
        MemorySegment all = MemorySegment.ofArray(stream);
        long at = 0;
        while (at + 4 <= stream.length) {
            long lengthDw = CODEC.get("resource_dump_segment_header", all.asSlice(at), "length_dw");
            int type = (int) CODEC.get("resource_dump_segment_header", all.asSlice(at), "segment_type");
            long bytes = lengthDw * 4;
            if (lengthDw == 0 || at + bytes > stream.length) {
                throw new DeviceException(String.format("RESOURCE_DUMP: segment at byte %d "
                        + "(type 0x%x) claims %d dwords, but %d bytes are left", at, type, lengthDw,
                        stream.length - at));
            }
            MemorySegment body = all.asSlice(at, bytes);
            String layout = layoutOf(type);
            if (body.byteSize() < Fields.layout(layout).sizeBytes()) {
                throw new DeviceException(String.format("RESOURCE_DUMP: segment at byte %d of "
                        + "type 0x%x is %d bytes, shorter than its layout %s", at, type, bytes, layout));
            }
            out.add(FORMATS.present(Node.joinHalves(CODEC.decode(layout, body))));
            at += bytes;
        }
        return out;
    }

    /** The layout of a segment of {@code type}: a framing segment's own, or a resource segment. */
    static String layoutOf(int type) {
        return TYPES.byValue(type).map(v -> switch (v.name()) {
            case "dump_info" -> "resource_dump_info_segment";
            case "command" -> "resource_dump_command_segment";
            case "menu" -> "resource_dump_menu_segment";
            case "error" -> "resource_dump_error_segment";
            case "terminate" -> "resource_dump_terminate_segment";
            default -> "resource_dump_resource_segment";
        }).orElse("resource_dump_resource_segment");
    }

    /** The dumpable types a menu stream lists. */
    static List<MenuEntry> menu(byte[] stream) {
        List<MenuEntry> entries = new ArrayList<>();
        for (Node.Struct segment : segments(stream)) {
            if (!segment.layout().equals("resource_dump_menu_segment")
                    || !(segment.field("record") instanceof Node.Array records)) {
                continue;
            }
            for (Node r : records.elements()) {
                Node.Struct rec = (Node.Struct) r;
                entries.add(new MenuEntry((int) ((Node.Scalar) rec.field("segment_type")).value(),
                        text(rec, "segment_name"), text(rec, "index1_name"), text(rec, "index2_name")));
            }
        }
        return entries;
    }

    private static String text(Node.Struct rec, String field) {
        return rec.field(field) instanceof Node.Text t ? t.text() : "";
    }

    /** The menu entry named {@code name} (any case). */
    static Optional<MenuEntry> byName(List<MenuEntry> menu, String name) {
        return menu.stream().filter(e -> e.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    static String names(List<MenuEntry> menu) {
        return String.join(", ", menu.stream().map(MenuEntry::name).toList());
    }
}
