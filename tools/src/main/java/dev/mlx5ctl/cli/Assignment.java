package dev.mlx5ctl.cli;

import picocli.CommandLine;

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

    /** picocli's converter for {@code --set}. */
    static final class Converter implements CommandLine.ITypeConverter<Assignment> {

        @Override
        public Assignment convert(String value) {
            return parse(value);
        }
    }
}
