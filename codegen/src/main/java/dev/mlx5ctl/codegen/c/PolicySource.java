package dev.mlx5ctl.codegen.c;

import static dev.mlx5ctl.codegen.c.CText.comment;
import static dev.mlx5ctl.codegen.c.CText.hex;
import static dev.mlx5ctl.codegen.c.CText.upper;

import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.Effect;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Register;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.Scope;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Renders mlx5ctl_policy_gen.c: the table of commands user space may send (every command whose scope is not
 * {@code kernel}), sorted by opcode for bsearch(), with their scopes and least mailbox lengths, the per-register
 * scopes of register access commands, and the schema's identity.
 */
final class PolicySource {

    static final String FILE_NAME = "mlx5ctl_policy_gen.c";

    /** The command output header (status, syndrome, reserved): all a failed command returns. */
    private static final int OUT_HEADER_BYTES = 16;

    private final Schema schema;
    private final StringBuilder out = new StringBuilder();

    private PolicySource(Schema schema) {
        this.schema = schema;
    }

    static String render(Schema schema, String schemaSource) {
        return new PolicySource(schema).source(schemaSource);
    }

    /**
     * The commands of the table, in its order. A command of scope kernel is left out even if some op_mod of it
     * would be allowed: the table has no way to say "refused unless", and refusing is the safe reading.
     */
    static List<Command> userCommands(Schema schema) {
        return schema.commands().stream()
                .filter(c -> c.scope() != Scope.KERNEL)
                .sorted(Comparator.comparingInt(Command::opcode))
                .toList();
    }

    private String source(String schemaSource) {
        out.append(CText.banner(false, schemaSource, "The RPC policy: the commands user space may send, the least "
                + "scope each needs (per op_mod where the schema says so) and the mailbox lengths each accepts. "
                + "Commands of scope kernel are left out, so the driver refuses them."));
        out.append("\n#include <linux/kernel.h>\n\n");
        out.append("#include \"../include/uapi/misc/mlx5ctl.h\"\n");
        out.append("#include \"../include/mlx5ctl/ifc.h\"\n");
        out.append("#include \"../include/mlx5ctl/policy.h\"\n");
        List<Command> commands = userCommands(schema);
        commands.stream().filter(c -> !overrides(c).isEmpty()).forEach(this::overrideArray);
        out.append("\nconst struct mlx5ctl_cmd_policy mlx5ctl_policy_table[] = {\n");
        commands.forEach(this::entry);
        out.append("};\n\n");
        out.append("const unsigned int mlx5ctl_policy_table_len = ARRAY_SIZE(mlx5ctl_policy_table);\n\n");
        registers();
        schemaId();
        return out.toString();
    }

    /*
     * ACCESS_REG's second rule: the least scope of each register, per direction, sorted by register_id. Registers
     * the table lacks: read at Register.UNKNOWN_READ, write at Register.UNKNOWN_WRITE (policy.h's macros).
     */
    private void registers() {
        out.append("const struct mlx5ctl_reg_policy mlx5ctl_reg_policy_table[] = {\n");
        schema.registers().stream().sorted(Comparator.comparingInt(Register::id)).forEach(r -> out
                .append("\t{ .id = ").append(hex(r.id())).append(", .name = \"").append(r.name())
                .append("\", .read = MLX5CTL_RPC_").append(r.read().name())
                .append(", .write = MLX5CTL_RPC_").append(r.write().name())
                .append(r.clears().map(b -> ",\n\t  .clears = true, .clear_bit = " + hex(b.offset()) + " /* " + b.path()
                        + " */").orElse("")).append(" },\n"));
        out.append("};\n\n");
        out.append("const unsigned int mlx5ctl_reg_policy_table_len = ARRAY_SIZE(mlx5ctl_reg_policy_table);\n\n");
        out.append("static_assert(MLX5CTL_REG_UNKNOWN_READ == MLX5CTL_RPC_").append(Register.UNKNOWN_READ.name())
                .append(" &&\n\t      MLX5CTL_REG_UNKNOWN_WRITE == MLX5CTL_RPC_").append(Register.UNKNOWN_WRITE.name())
                .append(");\n\n");
    }

    private void overrideArray(Command c) {
        out.append("\nstatic const struct mlx5ctl_op_mod_scope ").append(overridesName(c)).append("[] = {\n");
        for (Command.ScopeOverride o : overrides(c)) {
            out.append("\t{ .op_mod = ").append(opModValue(c, o.opMod())).append(", .scope = ")
                    .append(scope(c, o.scope())).append(" },\n");
        }
        out.append("};\n");
    }

    private void entry(Command c) {
        Layout in = layout(c.in());
        Layout out = layout(c.out());
        String inSize = "MLX5CTL_ST_SZ_BYTES(" + in.name() + ")";
        String outSize = "MLX5CTL_ST_SZ_BYTES(" + out.name() + ")";
        String minOut = out.sizeBytes() < OUT_HEADER_BYTES ? outSize : Integer.toString(OUT_HEADER_BYTES);
        this.out.append(comment(1, c.doc()));
        this.out.append("\t{\n");
        field("opcode", "MLX5CTL_CMD_OP_" + c.name());
        field("name", "\"" + c.name() + "\"");
        field("scope", scope(c, c.scope()));
        if (!overrides(c).isEmpty()) {
            field("n_overrides", "ARRAY_SIZE(" + overridesName(c) + ")");
            field("overrides", overridesName(c));
        }
        if (c.byRegister()) {
            field("by_register", "true");
        }
        if (c.effect() == Effect.READ) {
            field("reads", "true");
        }
        c.clears().ifPresent(b -> {
            field("clears", "true");
            field("clear_bit", hex(b.offset()), b.path());
        });
        field("min_inlen", inSize);
        field("min_outlen", minOut);
        this.out.append("\t},\n");
    }

    private void field(String name, String value) {
        out.append("\t\t.").append(name).append(" = ").append(value).append(",\n");
    }

    /** A field with a comment after it saying what the value stands for. */
    private void field(String name, String value, String comment) {
        out.append("\t\t.").append(name).append(" = ").append(value).append(", /* ").append(comment).append(" */\n");
    }

    private void schemaId() {
        String identity = schema.identity();
        if (identity == null || !identity.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("the schema identity is not a SHA-256 in hex: " + identity);
        }
        byte[] id = HexFormat.of().parseHex(identity);
        out.append("const u8 mlx5ctl_schema_id[32] = {\n");
        for (int row = 0; row < id.length; row += 8) {
            out.append('\t');
            for (int i = row; i < row + 8; i++) {
                out.append(String.format(Locale.ROOT, "0x%02x,", id[i] & 0xff)).append(i < row + 7 ? " " : "\n");
            }
        }
        out.append("};\n");
    }

    private static List<Command.ScopeOverride> overrides(Command c) {
        return c.opMod().map(Command.OpMod::overrides).orElse(List.of());
    }

    private static String overridesName(Command c) {
        return c.name().toLowerCase(Locale.ROOT) + "_op_mod_scopes";
    }

    /** The enumerator mlx5ctl_ifc_gen.h defines for the value when op_mod has an enum, else the number. */
    private String opModValue(Command c, int value) {
        return c.opMod().flatMap(Command.OpMod::enumName).flatMap(schema::enumDef)
                .flatMap(e -> e.values().stream().filter(v -> v.value() == value).findFirst()
                        .map(v -> "MLX5CTL_" + upper(e.name()) + "_" + upper(v.name())))
                .orElse(hex(value));
    }

    /**
     * The table knows only the four uAPI scopes: a command is in it or refused. A kernel-only op_mod of a user
     * command has no spelling there, so it is refused here rather than silently allowed.
     */
    private static String scope(Command c, Scope scope) {
        if (scope == Scope.KERNEL) {
            throw new IllegalArgumentException("command " + c.name() + ": an op_mod override of scope kernel "
                    + "cannot be expressed in the policy table");
        }
        return "MLX5CTL_RPC_" + scope.name();
    }

    private Layout layout(String name) {
        return schema.layout(name).orElseThrow(() -> new IllegalArgumentException("no layout " + name));
    }
}
