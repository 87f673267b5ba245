package dev.mlx5ctl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A union whose member a field before it selects (the schema's select:) decodes as that member alone. */
class SelectorTest {

    private final LayoutCodec codec = new LayoutCodec(Prm.REGISTRY);

    private List<String> members(long grp) {
        MemorySegment reg = codec.allocate("ppcnt_reg");
        codec.set("ppcnt_reg", reg, "grp", grp);
        Node.Struct set = (Node.Struct) codec.decode("ppcnt_reg", reg).field("counter_set");
        return set.fields().stream().map(Node::name).toList();
    }

    @Test
    void ppcntShowsTheCounterLayoutOfItsGroup() {
        assertEquals(List.of("eth_802_3_cntrs_grp_data_layout"), members(0x0));
        assertEquals(List.of("eth_2863_cntrs_grp_data_layout"), members(0x1));
        assertEquals(List.of("eth_extended_cntrs_grp_data_layout"), members(0x5));
        Selector select = Prm.REGISTRY.requireLayout("ppcnt_reg").field("counter_set").orElseThrow().selector()
                .orElseThrow();
        assertEquals("grp", select.by());
        assertEquals(java.util.Optional.empty(), select.member(0x10), "per-priority groups are not laid out");
    }

    @Test
    void aGroupTheSchemaDoesNotLayOutShowsEveryViewAndACallersChoiceStands() {
        int views = (int) Prm.REGISTRY.requireLayout("eth_cntrs_grp_data_layout_auto").fields().stream()
                .filter(f -> f.kind() != FieldInfo.Kind.RESERVED).count();
        assertEquals(views, members(0x10).size(), "group 0x10 (per-priority) is not laid out: every view");
        MemorySegment reg = codec.allocate("ppcnt_reg");
        codec.set("ppcnt_reg", reg, "grp", 0x1L);
        Node.Struct set = (Node.Struct) codec.decode("ppcnt_reg", reg,
                Map.of("counter_set", "eth_2819_cntrs_grp_data_layout")).field("counter_set");
        assertEquals(List.of("eth_2819_cntrs_grp_data_layout"), set.fields().stream().map(Node::name).toList());
    }
}
