package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.layout.FieldInfo;
import dev.mlx5ctl.layout.LayoutInfo;
import dev.mlx5ctl.prm.Prm;
import java.util.Optional;

/** What the schema says about a decoded field, found again by its layout and name (for enum-aware output). */
final class Fields {

    private Fields() {
    }

    /** The enum typing {@code field} of {@code layout}; an array element's name ({@code lanes[2]}) counts. */
    static Optional<EnumInfo> enumOf(String layout, String field) {
        int bracket = field.indexOf('[');
        String name = bracket < 0 ? field : field.substring(0, bracket);
        return Prm.REGISTRY.layout(layout).flatMap(l -> l.field(name)).flatMap(FieldInfo::enumName)
                .flatMap(Prm.REGISTRY::enumInfo);
    }

    /** The layout of that name, or a usage error naming it. */
    static LayoutInfo layout(String name) {
        return Prm.REGISTRY.layout(name).orElseThrow(() -> new UsageException("unknown layout '" + name + "'"));
    }

    /** The byte offset of {@code field} in {@code layout} (a capability block, register data). */
    static long byteOffset(String layout, String field) {
        FieldInfo f = layout(layout).field(field).orElseThrow(() -> new IllegalStateException(
                "the schema's " + layout + " has no field " + field));
        return f.offset() / 8;
    }
}
