package dev.mlx5ctl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the global options of the {@link Mlx5ctl} it runs under, and a printer. */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    GlobalOptions options() {
        return ((Mlx5ctl) spec.root().userObject()).options();
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
