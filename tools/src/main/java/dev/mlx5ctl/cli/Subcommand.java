package dev.mlx5ctl.cli;

import java.util.concurrent.Callable;

/**
 * What every subcommand shares: its model, the global options of the {@link Mlx5ctl} it runs under, and a
 * printer. A subcommand declares its arguments as fields initialized from {@link #model}, in the order its help
 * lists them, and reads them in {@link #run}.
 */
abstract class Subcommand implements Callable<Integer> {

    final CommandModel model;

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
