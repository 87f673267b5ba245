package dev.mlx5ctl.schema;

import java.util.List;

/**
 * A named set of values for a field. With {@code flags} the values are bit masks that combine (a flag set, such as
 * uctx_cap); otherwise a field holds exactly one of them.
 */
public record EnumDef(String name, String doc, boolean flags, List<Value> values, Location location) {

    public EnumDef {
        values = List.copyOf(values);
    }

    public record Value(String name, long value, String doc, Location location) {
    }
}
