package dev.mlx5ctl.layout;

import java.util.Map;
import java.util.Optional;

/**
 * A firmware command as the registry describes it.
 *
 * @param in    the name of the input layout
 * @param out   the name of the output layout
 * @param opMod what the header's op_mod means for this command, if the schema says
 */
public record CommandInfo(String name, int opcode, Scope scope, String in, String out, String doc,
        Optional<OpModInfo> opMod) {

    /** The least scope for one op_mod value: the override for it if there is one, else the command's scope. */
    public Scope scopeFor(int opModValue) {
        return opMod.map(m -> m.scopes().get(opModValue)).orElse(scope);
    }

    /**
     * @param enumName the enum naming op_mod's values
     * @param layout   the 16-bit layout splitting op_mod into fields
     * @param scopes   per-op_mod-value scope overrides
     */
    public record OpModInfo(String doc, Optional<String> enumName, Optional<String> layout,
            Map<Integer, Scope> scopes) {

        public OpModInfo {
            scopes = Map.copyOf(scopes);
        }
    }
}
