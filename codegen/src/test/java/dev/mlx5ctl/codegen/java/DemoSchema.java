package dev.mlx5ctl.codegen.java;

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
 * A small schema built by hand, with one of each thing the emitter handles: scalars of several widths, enums, a
 * flag set, a nested layout, a union, scalar, byte and layout arrays, a flexible array, a layout smaller than a
 * dword, field names that clash with Java, and a command with a register and a cap type.
 */
final class DemoSchema {

    static final String FILE = "/somewhere/checkout/schema/demo/demo.yaml";
    static final Location AT = new Location(FILE, 1, 1);

    private DemoSchema() {
    }

    /** Lays fields end to end as the loader does, so offsets below are computed, not typed in. */
    static final class LayoutBuilder {
        private final String name;
        private final List<Field> fields = new ArrayList<>();
        private int offset;

        LayoutBuilder(String name) {
            this.name = name;
        }

        LayoutBuilder scalar(String field, int width) {
            return add(new Field.Scalar(field, offset, width, Optional.empty(), "The " + field + ".", AT));
        }

        LayoutBuilder scalar(String field, int width, String enumName) {
            return add(new Field.Scalar(field, offset, width, Optional.of(enumName), "", AT));
        }

        LayoutBuilder reserved(int width) {
            return add(new Field.Reserved(offset, width, AT));
        }

        LayoutBuilder nested(String field, String layout, int width) {
            return add(new Field.Nested(field, offset, width, layout, "", AT));
        }

        LayoutBuilder array(String field, int elementWidth, int count) {
            return add(new Field.Array(field, offset, new Field.ScalarElement(elementWidth, Optional.empty()), count,
                    false, "", AT));
        }

        LayoutBuilder layoutArray(String field, String layout, int elementWidth, int count) {
            return add(new Field.Array(field, offset, new Field.LayoutElement(layout, elementWidth), count, false,
                    "", AT));
        }

        LayoutBuilder flexible(String field, int elementWidth) {
            return add(new Field.Array(field, offset, new Field.ScalarElement(elementWidth, Optional.empty()), 0,
                    true, "", AT));
        }

        private LayoutBuilder add(Field f) {
            fields.add(f);
            offset += f.width();
            return this;
        }

        Layout struct(String doc) {
            return new Layout(name, doc, Layout.Kind.STRUCT, offset, fields, AT);
        }
    }

    static LayoutBuilder layout(String name) {
        return new LayoutBuilder(name);
    }

    static EnumDef.Value value(String name, long value) {
        return new EnumDef.Value(name, value, "", AT);
    }

    static Schema schema() {
        List<EnumDef> enums = List.of(
                new EnumDef("port_admin_status", "Administrative state of a port.", false,
                        List.of(new EnumDef.Value("up", 1, "The port is enabled.", AT), value("down", 2)), AT),
                new EnumDef("uctx_cap", "User context capabilities.", true,
                        List.of(value("raw_tx", 1), value("internal_device_resources", 2),
                                value("tools_resources", 4)), AT),
                new EnumDef("cmd_status", "Firmware status.", false, List.of(value("ok", 0), value("bad_param", 3),
                        value("info", 7)),
                        AT),
                new EnumDef("speed", "", false, List.of(value("1g", 1), value("10g", 2)), AT));
        Layout inner = layout("inner").scalar("a", 0x10).scalar("b", 0x10).struct("Two halves.");
        Layout lane = layout("lane").scalar("module", 8).scalar("lane_id", 8).reserved(0x10).struct("");
        Layout opMod = layout("demo_op_mod").scalar("cap_type", 0xf).scalar("current", 1).struct("op_mod split.");
        Layout union = new Layout("demo_union", "A union.", Layout.Kind.UNION, 0x40, List.of(
                new Field.Scalar("as_word", 0, 0x20, Optional.empty(), "", AT),
                new Field.Nested("as_inner", 0, 0x20, "inner", "", AT),
                new Field.Scalar("as_wide", 0, 0x40, Optional.empty(), "", AT)), AT);
        Layout in = layout("demo_in")
                .scalar("opcode", 0x10).scalar("uid", 0x10).reserved(0x10).scalar("op_mod", 0x10)
                .scalar("admin_status", 4, "port_admin_status").reserved(3).scalar("flag", 1).scalar("small", 5)
                .reserved(0x13)
                .scalar("cap", 0x20, "uctx_cap")
                .scalar("wide", 0x40)
                .nested("inner", "inner", 0x20)
                .layoutArray("lanes", "lane", 0x20, 2)
                .array("data", 8, 4)
                .array("words", 0x10, 2)
                .scalar("speed", 8, "speed").scalar("default", 8).scalar("segment", 0x10)
                .nested("u", "demo_union", 0x40)
                .struct("Input of DEMO; doc with <angles> & an @sign.");
        Layout out = layout("demo_out")
                .scalar("status", 8, "cmd_status").reserved(0x18).scalar("syndrome", 0x20).reserved(0x40)
                .scalar("count", 0x10).reserved(0x10)
                .flexible("entries", 0x20)
                .struct("Output of DEMO.");
        Command demo = new Command("DEMO", 0x123, "A demonstration command.", Scope.DEBUG_READ_ONLY,
                Optional.of(new Command.OpMod("cap_type << 1 | current", Optional.empty(), Optional.of("demo_op_mod"),
                        List.of(new Command.ScopeOverride(1, Scope.DEBUG_WRITE, AT)), AT)),
                "demo_in", "demo_out", AT);
        return new Schema(enums, List.of(inner, lane, opMod, union, in, out), List.of(demo),
                List.of(new Register("DEMO_REG", 0x5006, "inner", "A register.", AT)),
                List.of(new CapType("general", 0, "inner", "General caps.", AT)), "sha256:demo-identity");
    }
}
