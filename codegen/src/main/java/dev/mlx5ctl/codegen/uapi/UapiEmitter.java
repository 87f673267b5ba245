package dev.mlx5ctl.codegen.uapi;

import dev.mlx5ctl.schema.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the uAPI C header and emits its Java mirror (package dev.mlx5ctl.uapi). */
public final class UapiEmitter {

    private UapiEmitter() {
    }

    /**
     * Parses {@code header} and writes the Java mirror below {@code outDir}.
     *
     * @return problems found in the header (constructs it cannot mirror); nothing is written if there are any
     */
    public static List<Diagnostic> emit(Path header, Path outDir) throws IOException {
        throw new UnsupportedOperationException("not yet written");
    }
}
