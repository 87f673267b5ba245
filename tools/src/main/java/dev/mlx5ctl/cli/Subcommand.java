package dev.mlx5ctl.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * What every subcommand shares: its model, the global options of the {@link Mlx5ctl} it runs under, and a
 * printer. A subcommand declares its arguments as fields initialized from {@link #model} ({@code --help} sorts the
 * options by name and the parameters by position), and reads them in {@link #run}.
 */
abstract class Subcommand implements Callable<Integer> {

    final CommandModel model;

    /**
     * A subcommand of the root as the root's {@code --help} lists it, and its constructor: {@link Mlx5ctl} builds
     * the model of a subcommand only when a run names it, and lists the others from this.
     */
    record Listing(String name, String description, Function<Listing, Subcommand> constructor) {
    }

    /** A subcommand of the root, with the lines of its help after the options. */
    Subcommand(Listing listing, String... footer) {
        this(listing.name(), listing.description(), footer);
    }

    /** A subcommand of a subcommand ({@code diag sample}). */
    Subcommand(String name, String description, String... footer) {
        model = new CommandModel(this, name, description, footer);
    }

    GlobalOptions options() {
        return ((Mlx5ctl) model.spec.root().userObject()).options();
    }

    Printer printer() {
        return new Printer(options());
    }

    @Override
    public final Integer call() {
        GlobalOptions options = options();
        options.format();
        return run(options);
    }

    /** Does the work; failures are exceptions that {@link Errors} turns into a line and an exit status. */
    abstract int run(GlobalOptions options);
}
