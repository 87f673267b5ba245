package dev.mlx5ctl.layout;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A firmware command as the registry describes it.
 *
 * @param in    the name of the input layout
 * @param out   the name of the output layout
 * @param opMod what the header's op_mod means for this command, if the schema says
 * @param reads    the command only reads the device, so a file opened read-only may send it (a register access:
 *                 with op_mod read, see {@link #byRegister()})
 * @param clearBit for a read, the bit of the input that makes it clear what it reads, a write then
 */
public record CommandInfo(String name, int opcode, Scope scope, String in, String out, String doc,
        Optional<OpModInfo> opMod, boolean reads, OptionalInt clearBit) {

    /**
     * The input layout of the register access commands (ACCESS_REG, ACCESS_REGISTER_USER): such a command is held to
     * the register's scope for the direction as well, and reads or writes as its op_mod says.
     */
    public static final String REGISTER_ENVELOPE = "access_register_in";

    /** A command that writes. */
    public CommandInfo(String name, int opcode, Scope scope, String in, String out, String doc,
            Optional<OpModInfo> opMod) {
        this(name, opcode, scope, in, out, doc, opMod, false, OptionalInt.empty());
    }

    /** Whether this is a register access, governed by the register's own policy too. */
    public boolean byRegister() {
        return in.equals(REGISTER_ENVELOPE);
    }

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
