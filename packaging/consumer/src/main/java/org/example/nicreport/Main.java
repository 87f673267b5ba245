package org.example.nicreport;

import dev.mlx5ctl.device.Device;
import dev.mlx5ctl.layout.Node;
import dev.mlx5ctl.prm.Prm;
import dev.mlx5ctl.prm.QueryHcaCap;
import dev.mlx5ctl.prm.QueryHcaCapIn;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.HexFormat;

/** Encodes a firmware command with the typed bindings, decodes one by name, and lists the devices. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // QUERY_HCA_CAP of the general device capabilities (cap type 0), their current values (op_mod bit 0 set).
        QueryHcaCapIn in = QueryHcaCap.in().opMod(1).build();
        System.out.println("schema " + Prm.SCHEMA_ID);
        System.out.println("query_hca_cap_in " + HexFormat.of().formatHex(
                in.segment().toArray(ValueLayout.JAVA_BYTE)));

        MemorySegment out = Prm.CODEC.allocate("query_hca_cap_out");
        Prm.CODEC.set("query_hca_cap_out", out, "capability.cmd_hca_cap.log_max_qp", 18);
        Node.Scalar qp = (Node.Scalar) Prm.CODEC.decode("cmd_hca_cap",
                out.asSlice(Prm.CODEC.registry().requireLayout("query_hca_cap_out").field("capability")
                        .orElseThrow().offset() / 8)).field("log_max_qp");
        System.out.println("log_max_qp " + qp.value());
        System.out.println("devices " + Device.list().size());
    }
}
