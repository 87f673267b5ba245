package dev.mlx5ctl.schema;

import java.util.List;
import java.util.Optional;

/**
 * A firmware mailbox command: its opcode, the layouts of its inbox and outbox, and the scope the driver demands
 * before passing it to the device.
 *
 * @param in    name of the input layout (starts with the command input header)
 * @param out   name of the output layout (starts with the command output header)
 * @param opMod what the header's op_mod means for this command, if anything
 * @param effect whether it only reads the device ({@link Effect}); a register access's op_mod decides instead
 * @param clears for a read, the input bit that makes it clear what it reads, if it has one
 */
public record Command(String name, int opcode, String doc, Scope scope, Optional<OpMod> opMod, String in,
        String out, Location location, Effect effect, Optional<ClearBit> clears) {

    /** A command that writes (the default: a command reads only when the schema says so). */
    public Command(String name, int opcode, String doc, Scope scope, Optional<OpMod> opMod, String in, String out,
            Location location) {
        this(name, opcode, doc, scope, opMod, in, out, location, Effect.WRITE, Optional.empty());
    }

    /** Whether this is a register access, which the register's own policy governs too ({@link Register#ENVELOPE}). */
    public boolean byRegister() {
        return in.equals(Register.ENVELOPE);
    }

    /** The minimum scope for one op_mod value: an override if there is one, else the command's scope. */
    public Scope scopeFor(int opModValue) {
        return opMod.flatMap(m -> m.overrides().stream().filter(o -> o.opMod() == opModValue).findFirst())
                .map(ScopeOverride::scope)
                .orElse(scope);
    }

    /**
     * The meaning of op_mod: a doc, and either an enum of its values or a 16-bit layout splitting it into fields
     * (QUERY_HCA_CAP: cap type and current/max). {@code overrides} raise or lower the scope for given values
     * (ACCESS_REG: write vs read).
     */
    public record OpMod(String doc, Optional<String> enumName, Optional<String> layout,
            List<ScopeOverride> overrides, Location location) {

        public OpMod {
            overrides = List.copyOf(overrides);
        }
    }

    public record ScopeOverride(int opMod, Scope scope, Location location) {
    }
}
