package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.Scope;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The options every subcommand shares, read once from {@link Mlx5ctl} after parsing.
 *
 * @param scope   the scope asked for, or null for the least the schema allows
 * @param explain show the first firmware command instead of sending it
 * @param pretty  JSON indented for people, not one line for programs (-p, as iproute2's)
 */
record GlobalOptions(String device, boolean json, boolean pretty, boolean hex, boolean raw, Path output, Scope scope,
        boolean all, boolean strict, boolean explain, PrintStream out, PrintStream err) {

    /** The output format asked for; more than one is a usage error. */
    Format format() {
        int n = (json ? 1 : 0) + (hex ? 1 : 0) + (raw ? 1 : 0);
        if (n > 1) {
            throw new UsageException("--json, --hex and --raw exclude each other: choose one");
        }
        if (pretty && !json) {
            throw new UsageException("-p/--pretty indents JSON: give -j too");
        }
        return json ? Format.JSON : hex ? Format.HEX : raw ? Format.RAW : Format.TEXT;
    }

    /** The same options for another device. */
    GlobalOptions withDevice(String other) {
        return new GlobalOptions(other, json, pretty, hex, raw, output, scope, all, strict, explain, out, err);
    }

    /** JSON of {@code value} as these options ask: indented with -p, else one line. */
    String json(Object value) {
        return pretty ? Json.write(value) : Json.line(value);
    }

    Optional<Scope> scopeOverride() {
        return Optional.ofNullable(scope);
    }

    enum Format {
        TEXT, JSON, HEX, RAW
    }
}
