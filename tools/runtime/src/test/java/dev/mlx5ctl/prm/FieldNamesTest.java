package dev.mlx5ctl.prm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.UnknownFieldException;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** Fields named as users name them, in the real schema: a unique name without its path, suggestions for typos. */
class FieldNamesTest {

    private static final LayoutCodec CODEC = Prm.CODEC;

    @Test
    void aUniqueNameNeedsNoPath() {
        assertEquals("query_adapter_struct.vsd", CODEC.fullPath("query_adapter_out", "vsd"));
        assertEquals("capability.cmd_hca_cap.log_max_qp", CODEC.fullPath("query_hca_cap_out", "log_max_qp"));
        // A path, or a field of the layout itself, is taken as it is.
        assertEquals("query_adapter_struct.vsd", CODEC.fullPath("query_adapter_out", "query_adapter_struct.vsd"));
        assertEquals("admin_status", CODEC.fullPath("paos_reg", "admin_status"));
        // The short name reads and writes the same bits as the path.
        MemorySegment out = CODEC.allocate("query_hca_cap_out");
        CODEC.set("query_hca_cap_out", out, "log_max_qp", 17);
        assertEquals(17, CODEC.get("query_hca_cap_out", out, "capability.cmd_hca_cap.log_max_qp"));
    }

    @Test
    void aNameSeveralFieldsShareIsAmbiguousAndSaysWhere() {
        UnknownFieldException e = assertThrows(UnknownFieldException.class,
                () -> CODEC.fullPath("query_vport_counter_out", "packets"));
        assertTrue(e.getMessage().startsWith("field 'packets' of query_vport_counter_out is ambiguous: "
                + "received_errors.packets, transmit_errors.packets"), e.getMessage());
    }

    @Test
    void aTypoGetsTheNearestNames() {
        UnknownFieldException e = assertThrows(UnknownFieldException.class,
                () -> CODEC.resolve("paos_reg", "admin_stauts"));
        assertTrue(e.getMessage().startsWith("unknown field 'admin_stauts' in paos_reg; did you mean admin_status"),
                e.getMessage());
        UnknownFieldException deep = assertThrows(UnknownFieldException.class,
                () -> CODEC.resolve("query_hca_cap_out", "log_max_qpp"));
        assertTrue(deep.getMessage().contains("did you mean capability.cmd_hca_cap.log_max_qp"), deep.getMessage());
        UnknownFieldException path = assertThrows(UnknownFieldException.class,
                () -> CODEC.resolve("query_hca_cap_out", "capability.cmd_hca_cap.log_max_qpx"));
        assertTrue(path.getMessage().contains("did you mean log_max_qp"), path.getMessage());
        UnknownFieldException far = assertThrows(UnknownFieldException.class,
                () -> CODEC.resolve("paos_reg", "zzzzzzzzzzzz"));
        assertEquals("unknown field 'zzzzzzzzzzzz' in paos_reg", far.getMessage());
    }
}
