package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Registry;
import dev.mlx5ctl.prm.Prm;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link Device#open} opens a device.
 *
 * @param strict   refuse a device whose driver was built from another schema (or does not say which) with a
 *                 {@link SchemaMismatchException}, instead of only warning
 * @param registry the schema used to name commands and statuses in messages and to pick a command's scope
 * @param warnings where a one-line warning goes (a schema mismatch when not {@code strict}); by default the
 *                 {@link System.Logger} {@code dev.mlx5ctl.device} at level WARNING
 */
public record OpenOptions(boolean strict, Registry registry, Consumer<String> warnings) {

    private static final System.Logger LOG = System.getLogger("dev.mlx5ctl.device");

    /** Refuses a null registry or listener. */
    public OpenOptions {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(warnings, "warnings");
    }

    /** Not strict, the generated {@link Prm#REGISTRY}, warnings to the logger. */
    public static OpenOptions defaults() {
        return new OpenOptions(false, Prm.REGISTRY, message -> LOG.log(System.Logger.Level.WARNING, message));
    }

    /** These options with {@code strict} set as given. */
    public OpenOptions withStrict(boolean strict) {
        return new OpenOptions(strict, registry, warnings);
    }

    /** These options with another schema registry. */
    public OpenOptions withRegistry(Registry registry) {
        return new OpenOptions(strict, registry, warnings);
    }

    /** These options with warnings sent to {@code warnings}. */
    public OpenOptions withWarnings(Consumer<String> warnings) {
        return new OpenOptions(strict, registry, warnings);
    }
}
