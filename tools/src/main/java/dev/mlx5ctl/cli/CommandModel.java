package dev.mlx5ctl.cli;

import java.util.List;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's picocli model, declared in code rather than with picocli's annotations.
 *
 * <p>Why: picocli reads annotations by reflection, and the JDK makes each annotation a dynamic proxy, whose class it
 * generates at every start (an AOT cache cannot hold it), then binds each field through method handles it spins.
 * That was a third of a start on a host (about 75 ms) and seconds of one in an emulated guest. A model built here,
 * with picocli's own builders, takes a few milliseconds.
 *
 * <p>Each argument's value lives in an {@link Arg}, which picocli reads and writes as the argument's getter and
 * setter. The copies picocli makes of an inherited option for each subcommand share their original's {@code Arg},
 * so a global option lands in one place whichever side of the subcommand it was written on.
 */
final class CommandModel {

    final CommandSpec spec;

    /** The model of {@code command} (what picocli runs when the arguments select it), with its help's lines. */
    CommandModel(Object command, String name, String description, String... footer) {
        spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description).footer(footer);
    }

    /** An option that takes no value: false until given. */
    Arg<Boolean> flag(String description, String... names) {
        return option(boolean.class, OptionSpec.builder(names).description(description));
    }

    /** An option of one value of {@code type}, converted by picocli (or by the builder's converter). */
    <T> Arg<T> option(Class<T> type, OptionSpec.Builder option) {
        @SuppressWarnings("unchecked") // boolean.class is a Class<Boolean> that Boolean.FALSE is no instance of
        Arg<T> arg = new Arg<>(type == boolean.class ? (T) Boolean.FALSE : null);
        spec.addOption(arg.bind(option.type(type)).build());
        return arg;
    }

    /** A repeatable option (or one split into values), each value of {@code element}. */
    <E> Arg<List<E>> options(Class<E> element, OptionSpec.Builder option) {
        Arg<List<E>> arg = new Arg<>(List.of());
        spec.addOption(arg.bind(option.type(List.class).auxiliaryTypes(element)).build());
        return arg;
    }

    /** A positional parameter of one value: required unless its arity is {@code 0..1}, as with annotations. */
    Arg<String> positional(PositionalParamSpec.Builder parameter) {
        Arg<String> arg = new Arg<>(null);
        parameter.required(parameter.arity() == null || parameter.arity().min() > 0);
        spec.addPositional(arg.bind(parameter.type(String.class)).build());
        return arg;
    }

    /** Positional parameters gathered in a list, empty when none are given. */
    Arg<List<String>> positionals(PositionalParamSpec.Builder parameters) {
        Arg<List<String>> arg = new Arg<>(List.of());
        spec.addPositional(arg.bind(parameters.arity("0..*").type(List.class).auxiliaryTypes(String.class)).build());
        return arg;
    }

    /** Makes these options, declared before, exclusive: picocli refuses two of them together, naming both. */
    void exclusive(Arg<?>... options) {
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(true).multiplicity("0..1");
        for (Arg<?> option : options) {
            OptionSpec declared = spec.options().stream().filter(o -> o.getter() == option.binding).findFirst()
                    .orElseThrow();
            spec.remove(declared);
            group.addArg(declared);
        }
        spec.addArgGroup(group.build());
    }

    /**
     * {@code -h, --help} and {@code -V, --version}, worded as picocli's {@code mixinStandardHelpOptions} words them
     * (which would build them from its annotations).
     */
    static void addStandardHelp(CommandSpec spec, IVersionProvider version) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        spec.versionProvider(version);
    }

    /**
     * The value of one argument: its initial value (false, an empty list or null) until picocli sets it from the
     * arguments or the default; picocli resets it to that initial value at each parse.
     */
    static final class Arg<T> {

        private final T initial;
        private final Binding binding = new Binding();
        private T value;

        private Arg(T initial) {
            this.initial = initial;
            this.value = initial;
        }

        T get() {
            return value;
        }

        // Two of them: picocli's builders share a superclass it does not make public.
        private OptionSpec.Builder bind(OptionSpec.Builder option) {
            return option.initialValue(initial).getter(binding).setter(binding);
        }

        private PositionalParamSpec.Builder bind(PositionalParamSpec.Builder parameter) {
            return parameter.initialValue(initial).getter(binding).setter(binding);
        }

        /** picocli's view: its getter and setter are generic methods, so not an {@code Arg}'s own. */
        private final class Binding implements IGetter, ISetter {

            @Override
            @SuppressWarnings("unchecked")
            public <V> V get() {
                return (V) value;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <V> V set(V newValue) {
                V old = (V) value;
                value = (T) newValue;
                return old;
            }
        }
    }
}
