package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One {@code field=value} of {@code --set}: a path in schema names ({@code admin_status},
 * {@code diagnostic_params_context.counter_id[0].counter_id}) and the value as typed (a number or enum names); the
 * codec resolves both against the layout they are applied to.
 */
record Assignment(String path, String value) {

    static Assignment parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not field=value");
        }
        String path = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip();
        if (path.isEmpty() || value.isEmpty()) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not field=value");
        }
        return new Assignment(path, value);
    }

    /** A repeatable option of {@code model} whose values are {@code FIELD=VALUE}s ({@code -s, --set}). */
    static Arg<List<Assignment>> option(CommandModel model, String description, String... names) {
        return model.options(Assignment.class, OptionSpec.builder(names).paramLabel("FIELD=VALUE")
                .converters(Assignment::parse).description(description));
    }
}
