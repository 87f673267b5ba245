package dev.mlx5ctl.layout;

import java.util.List;
import java.util.Optional;

/** A named set of values (or, with {@code flags}, of combinable bit masks) as the registry describes it. */
public record EnumInfo(String name, String doc, boolean flags, List<EnumInfo.Value> values) {

    public EnumInfo {
        values = List.copyOf(values);
    }

    public record Value(String name, long value, String doc) {
    }

    public Optional<Value> byValue(long value) {
        for (Value v : values) {
            if (v.value() == value) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public Optional<Value> byName(String valueName) {
        for (Value v : values) {
            if (v.name().equals(valueName)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
