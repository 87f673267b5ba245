package dev.mlx5ctl.codegen.c;

import dev.mlx5ctl.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;

/** Emits the kernel's committed C: layouts and accessors' structs, and the RPC policy table. */
public final class CEmitter {

    private CEmitter() {
    }

    /**
     * Writes mlx5ctl_ifc_gen.h and mlx5ctl_policy_gen.c into {@code outDir}.
     *
     * @param schemaSource how the schema was named on the command line (e.g. {@code schema/mlx5}), for banners
     */
    public static void emit(Schema schema, String schemaSource, Path outDir) throws IOException {
        throw new UnsupportedOperationException("not yet written");
    }
}
