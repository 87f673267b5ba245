package dev.mlx5ctl.codegen.uapi;

import dev.mlx5ctl.codegen.uapi.UapiHeader.CStruct;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Member;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a C compiler for x86-64 puts each member of a struct: every member at the next multiple of its alignment,
 * the struct aligned as its most aligned member and its size rounded up to that, the gaps being padding. This is
 * the System V ABI's rule, and what java.lang.foreign's struct layouts must spell out as explicit padding.
 *
 * @param slots the members and the padding, in memory order, tiling {@code size} bytes
 */
record CLayout(CStruct struct, List<Slot> slots, long size, long alignment) {

    CLayout {
        slots = List.copyOf(slots);
    }

    sealed interface Slot permits Placed, Padding {
        long offset();

        long size();
    }

    record Placed(Member member, long offset) implements Slot {
        @Override
        public long size() {
            return member.size();
        }
    }

    record Padding(long offset, long size) implements Slot {
    }

    static CLayout of(CStruct struct) {
        List<Slot> slots = new ArrayList<>();
        long offset = 0;
        long alignment = 1;
        for (Member m : struct.members()) {
            long align = m.type().alignment();
            long at = roundUp(offset, align);
            if (at > offset) {
                slots.add(new Padding(offset, at - offset));
            }
            slots.add(new Placed(m, at));
            offset = at + m.size();
            alignment = Math.max(alignment, align);
        }
        long size = roundUp(offset, alignment);
        if (size > offset) {
            // Tail padding: arrays of the struct keep every element aligned.
            slots.add(new Padding(offset, size - offset));
        }
        return new CLayout(struct, slots, size, alignment);
    }

    /** The placed members alone, in order. */
    List<Placed> members() {
        return slots.stream().filter(s -> s instanceof Placed).map(s -> (Placed) s).toList();
    }

    private static long roundUp(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
