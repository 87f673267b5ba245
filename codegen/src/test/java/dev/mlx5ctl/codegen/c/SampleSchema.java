package dev.mlx5ctl.codegen.c;

import dev.mlx5ctl.schema.CapType;
import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.EnumDef;
import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Location;
import dev.mlx5ctl.schema.Register;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small schema built by hand, shaped like the PRM's (command headers, a nested capability union, a register with
 * a flexible data array), so the C emitter can be tested without the loader.
 */
final class SampleSchema {

    static final String IDENTITY = "00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210";

    private static final Location HERE = new Location("sample.yaml", 1, 1);

    private SampleSchema() {
    }

    /** Lays fields end to end from bit 0, as the loader resolves offsets. */
    static final class Fields {
        private final List<Field> fields = new ArrayList<>();
        private int offset;

        Fields scalar(String name, int width) {
            return add(new Field.Scalar(name, offset, width, Optional.empty(), "", HERE));
        }

        Fields scalar(String name, int width, String doc) {
            return add(new Field.Scalar(name, offset, width, Optional.empty(), doc, HERE));
        }

        Fields reserved(int width) {
            return add(new Field.Reserved(offset, width, HERE));
        }

        Fields nested(String name, Layout layout) {
            return add(new Field.Nested(name, offset, layout.sizeBits(), layout.name(), "", HERE));
        }

        Fields bytes(String name, int count) {
            return add(new Field.Array(name, offset, new Field.ScalarElement(8, Optional.empty()), count, false, "",
                    HERE));
        }

        Fields layouts(String name, Layout layout, int count) {
            return add(new Field.Array(name, offset, new Field.LayoutElement(layout.name(), layout.sizeBits()),
                    count, false, "", HERE));
        }

        Fields flexible(String name, int width) {
            return add(new Field.Array(name, offset, new Field.ScalarElement(width, Optional.empty()), 0, true, "",
                    HERE));
        }

        private Fields add(Field f) {
            fields.add(f);
            offset += f.width();
            return this;
        }

        Layout struct(String name, String doc) {
            return new Layout(name, doc, Layout.Kind.STRUCT, offset, fields, HERE);
        }
    }

    static Fields fields() {
        return new Fields();
    }

    /** A union: every member at bit 0. */
    static Layout union(String name, int sizeBits, Layout... members) {
        List<Field> fields = new ArrayList<>();
        for (Layout m : members) {
            fields.add(new Field.Nested(m.name(), 0, m.sizeBits(), m.name(), "", HERE));
        }
        return new Layout(name, "One capability block.", Layout.Kind.UNION, sizeBits, fields, HERE);
    }

    static Layout inHeader(String name) {
        return fields().scalar("opcode", 0x10).scalar("uid", 0x10).reserved(0x10).scalar("op_mod", 0x10)
                .reserved(0x40).struct(name, "Input of a command.");
    }

    static Layout outHeader(String name) {
        return fields().scalar("status", 8).reserved(0x18).scalar("syndrome", 0x20).reserved(0x40)
                .struct(name, "Output of a command.");
    }

    static Command command(String name, int opcode, Scope scope, String in, String out,
            Optional<Command.OpMod> opMod) {
        return new Command(name, opcode, name + " does things.", scope, opMod, in, out, HERE);
    }

    static EnumDef.Value value(String name, long value) {
        return new EnumDef.Value(name, value, "", HERE);
    }

    /**
     * NOP, QUERY_HCA_CAP (a union of two capability blocks, one of them declared wider than its fields),
     * ACCESS_REG (op_mod enum, a write override, flexible register data), and CREATE_UCTX of scope kernel.
     * Layouts are listed so that users come before what they embed, which the header must reorder.
     */
    static Schema build() {
        Layout general = fields().scalar("log_max_cq", 5, "Log2 of the largest CQ.").reserved(0x1b)
                .scalar("uctx_cap", 0x20).struct("cmd_hca_cap", "General capabilities.");
        Layout roce = fields().scalar("roce_apm", 1).reserved(0x1f).struct("roce_cap", "RoCE capabilities.");
        Layout capUnion = union("hca_cap_union", 0x80, general, roce);
        Layout queryOut = fields().scalar("status", 8).reserved(0x18).scalar("syndrome", 0x20).reserved(0x40)
                .nested("capability", capUnion).struct("query_hca_cap_out", "Output of QUERY_HCA_CAP.");
        Layout mtt = fields().scalar("ptag_63_32", 0x20).scalar("ptag_31_8", 0x18).reserved(8)
                .struct("mtt", "One translation entry.");
        Layout accessIn = fields().scalar("opcode", 0x10).scalar("uid", 0x10).reserved(0x10)
                .scalar("op_mod", 0x10).reserved(0x10).scalar("register_id", 0x10).scalar("argument", 0x20)
                .layouts("mtts", mtt, 2).bytes("tag", 4).flexible("register_data", 0x20)
                .struct("access_register_in", "Input of ACCESS_REG.");
        Layout accessOut = fields().scalar("status", 8).reserved(0x18).scalar("syndrome", 0x20).reserved(0x40)
                .flexible("register_data", 0x20).struct("access_register_out", "Output of ACCESS_REG.");
        List<Layout> layouts = List.of(queryOut, capUnion, general, roce, inHeader("query_hca_cap_in"),
                inHeader("nop_in"), outHeader("nop_out"), accessIn, accessOut, mtt, inHeader("create_uctx_in"),
                outHeader("create_uctx_out"));

        EnumDef opMod = new EnumDef("access_reg_op_mod", "ACCESS_REG direction.", false,
                List.of(value("write", 0), value("read", 1)), HERE);
        EnumDef status = new EnumDef("port_admin_status", "Administrative state of a port.", false,
                List.of(new EnumDef.Value("up", 1, "The port is enabled.", HERE), value("down", 2),
                        value("100gbase_cr4", 3)), HERE);
        EnumDef wide = new EnumDef("big_flags", "", true, List.of(value("low", 1), value("high", 1L << 40)), HERE);

        Command.OpMod accessOpMod = new Command.OpMod("Write or read.", Optional.of("access_reg_op_mod"),
                Optional.empty(), List.of(new Command.ScopeOverride(0, Scope.CONFIGURATION, HERE)), HERE);
        List<Command> commands = List.of(
                command("NOP", 0x80d, Scope.DEBUG_READ_ONLY, "nop_in", "nop_out", Optional.empty()),
                command("QUERY_HCA_CAP", 0x100, Scope.CONFIGURATION, "query_hca_cap_in", "query_hca_cap_out",
                        Optional.empty()),
                command("CREATE_UCTX", 0xa04, Scope.KERNEL, "create_uctx_in", "create_uctx_out",
                        Optional.empty()),
                command("ACCESS_REG", 0x805, Scope.DEBUG_READ_ONLY, "access_register_in", "access_register_out",
                        Optional.of(accessOpMod)));
        List<Register> registers = List.of(new Register("PAOS", 0x5006, "mtt", "Port status.", HERE));
        List<CapType> caps = List.of(new CapType("general", 0, "cmd_hca_cap", "General.", HERE),
                new CapType("roce", 4, "roce_cap", "RoCE.", HERE));
        return new Schema(List.of(opMod, status, wide), layouts, commands, registers, caps, IDENTITY);
    }
}
