package dev.mlx5ctl.codegen.uapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlx5ctl.codegen.uapi.UapiHeader.CStruct;
import dev.mlx5ctl.codegen.uapi.UapiHeader.CType;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Direction;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Ioctl;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Member;
import dev.mlx5ctl.schema.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CLayoutTest {

    private static final Location HERE = new Location("t.h", 1, 1);

    /** A struct from "type name" or "type name[count]" strings. */
    private static CStruct struct(String... members) {
        List<Member> list = new ArrayList<>();
        for (String m : members) {
            String[] parts = m.split("[ \\[\\]]+");
            int count = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            list.add(new Member(parts[1], CType.bySpelling(parts[0]).orElseThrow(), count, "", HERE));
        }
        return new CStruct("s", "", list, HERE);
    }

    private static List<Long> offsets(CLayout layout) {
        return layout.members().stream().map(CLayout.Placed::offset).toList();
    }

    private static List<CLayout.Slot> paddings(CLayout layout) {
        return layout.slots().stream().filter(s -> s instanceof CLayout.Padding).toList();
    }

    @Test
    void alignsEachMemberToItsOwnSize() {
        CLayout l = CLayout.of(struct("__u8 a", "__u32 b", "__u16 c", "__u64 d"));
        assertEquals(List.of(0L, 4L, 8L, 16L), offsets(l));
        assertEquals(List.of(new CLayout.Padding(1, 3), new CLayout.Padding(10, 6)), paddings(l));
        assertEquals(24, l.size());
        assertEquals(8, l.alignment());
    }

    @Test
    void padsTheTailToTheStructsAlignment() {
        CLayout l = CLayout.of(struct("__aligned_u64 a", "__u8 b"));
        assertEquals(16, l.size());
        assertEquals(List.of(new CLayout.Padding(9, 7)), paddings(l));
    }

    @Test
    void alignsArraysByTheirElementNotTheirSize() {
        CLayout l = CLayout.of(struct("char name[5]", "__u16 x", "__u8 id[3]"));
        assertEquals(List.of(0L, 6L, 8L), offsets(l));
        assertEquals(12, l.size());
        assertEquals(2, l.alignment());
    }

    @Test
    void needsNoPaddingWhenMembersAreInDescendingAlignment() {
        CLayout l = CLayout.of(struct("__u64 a", "__u32 b", "__u16 c", "__u8 d", "__u8 e"));
        assertEquals(List.of(), paddings(l));
        assertEquals(16, l.size());
    }

    @Test
    void slotsTileTheWholeStruct() {
        CLayout l = CLayout.of(struct("__u8 a", "__u64 b", "__u16 c", "char d[3]", "__u32 e", "__u8 f"));
        long at = 0;
        for (CLayout.Slot s : l.slots()) {
            assertEquals(at, s.offset());
            at += s.size();
        }
        assertEquals(l.size(), at);
    }

    @Test
    void encodesIoctlNumbersAsX8664LinuxDoes() {
        // mlx5ctl V4's own numbers, from its uAPI: _IOR(0x5c, 0, 16 bytes) and _IOWR(0x5c, 1, 24 bytes).
        assertEquals(0x80105c00L, new Ioctl("I", Direction.READ, 0x5c, 0, Optional.of("s"), "", HERE)
                .request(16));
        assertEquals(0xc0185c01L, new Ioctl("C", Direction.READ_WRITE, 0x5c, 1, Optional.of("s"), "", HERE)
                .request(24));
        assertEquals(0x40085c03L, new Ioctl("W", Direction.WRITE, 0x5c, 3, Optional.of("s"), "", HERE)
                .request(8));
        assertEquals(0x5c10L, new Ioctl("N", Direction.NONE, 0x5c, 0x10, Optional.empty(), "", HERE)
                .request(0));
    }
}
