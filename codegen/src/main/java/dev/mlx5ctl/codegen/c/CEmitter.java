package dev.mlx5ctl.codegen.c;

import dev.mlx5ctl.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Emits the kernel's committed C: the layouts' bit structs with the schema's numbers (mlx5ctl_ifc_gen.h) and the
 * RPC policy table (mlx5ctl_policy_gen.c). The output depends on the schema alone, so regenerating an unchanged
 * schema rewrites the same bytes and codegen/check-generated.sh can compare.
 *
 * <p>The files expect to sit in kmod/generated: the header is included by kmod/include/mlx5ctl/ifc.h, and the
 * policy source includes the uAPI, ifc.h and policy.h by paths relative to itself, so it builds whatever include
 * path Kbuild sets.
 */
public final class CEmitter {

    private CEmitter() {
    }

    /**
     * Writes mlx5ctl_ifc_gen.h and mlx5ctl_policy_gen.c into {@code outDir}.
     *
     * @param schemaSource how the schema was named on the command line (e.g. {@code schema/mlx5}), for banners
     * @throws IllegalArgumentException if the schema cannot be written as C: two names that become one C name, an
     *                                  op_mod override of scope kernel, an identity that is not a SHA-256
     */
    public static void emit(Schema schema, String schemaSource, Path outDir) throws IOException {
        // Render both before writing either, so a schema the C cannot express leaves the old files alone.
        String header = ifcHeader(schema, schemaSource);
        String policy = policySource(schema, schemaSource);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(IfcHeader.FILE_NAME), header, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve(PolicySource.FILE_NAME), policy, StandardCharsets.UTF_8);
    }

    /** The text of mlx5ctl_ifc_gen.h. */
    public static String ifcHeader(Schema schema, String schemaSource) {
        return IfcHeader.render(schema, schemaSource);
    }

    /** The text of mlx5ctl_policy_gen.c. */
    public static String policySource(Schema schema, String schemaSource) {
        return PolicySource.render(schema, schemaSource);
    }
}
