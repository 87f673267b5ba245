package dev.mlx5ctl.codegen.java;

import dev.mlx5ctl.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;

/** Emits the typed Java bindings (package dev.mlx5ctl.prm) for a schema. */
public final class JavaEmitter {

    private JavaEmitter() {
    }

    /**
     * Writes one source file per layout, enum and command, and the registry, below {@code outDir}.
     *
     * @param schemaSource how the schema was named on the command line (e.g. {@code schema/mlx5}), for banners
     */
    public static void emit(Schema schema, String schemaSource, Path outDir) throws IOException {
        throw new UnsupportedOperationException("not yet written");
    }
}
