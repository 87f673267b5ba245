package dev.mlx5ctl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * The bash (and zsh) completion of mlx5ctl, written by picocli from the whole command line, every subcommand's
 * model built, as the man pages are: a run builds only the subcommand it names. The build runs {@link #main} into
 * {@code tools/target/mlx5ctl_completion}; {@code make install} puts it where bash-completion looks.
 */
public final class CompletionScript {

    private CompletionScript() {
    }

    /** Writes the script to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CompletionScript OUTPUT_FILE");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), script());
    }

    static String script() {
        return AutoComplete.bash("mlx5ctl", Mlx5ctl.commandLine(new Mlx5ctl()));
    }
}
