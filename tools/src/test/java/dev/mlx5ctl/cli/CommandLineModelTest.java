package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line a run builds ({@link Mlx5ctl#commandLine(Mlx5ctl, String[])}): the subcommands its arguments
 * name, declared in code ({@link CommandModel}), and placeholders for the others, which must look the same in every
 * help and never be the one that runs; the man pages and completion are written from the whole.
 */
class CommandLineModelTest {

    private static CommandLine full() {
        return Mlx5ctl.commandLine(new Mlx5ctl());
    }

    private static CommandLine forArgs(String line) {
        return Mlx5ctl.commandLine(new Mlx5ctl(), args(line));
    }

    private static String[] args(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }

    /** The subcommands whose model was built: a placeholder has no command object. */
    private static List<String> built(CommandLine cl) {
        return cl.getSubcommands().entrySet().stream().filter(e -> e.getValue().getCommand() != null)
                .map(Map.Entry::getKey).toList();
    }

    /** Every command of a command line, at any depth. */
    private static Stream<CommandLine> commands(CommandLine cl) {
        return Stream.concat(Stream.of(cl), cl.getSubcommands().values().stream()
                .flatMap(CommandLineModelTest::commands));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--version", "-j --scope debug-write list", "cap general", "schema commands"})
    void theRootHelpIsTheSameAsTheFullModels(String line) {
        assertEquals(full().getUsageMessage(), forArgs(line).getUsageMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "cap", "reg", "diag", "dump", "schema", "watch", "metrics", "collect"})
    void aSubcommandNamedIsBuiltAndItsHelpIsTheFullModels(String name) {
        CommandLine cl = forArgs("-d 0 " + name + " --help");
        assertEquals(List.of(name), built(cl));
        assertEquals(full().getSubcommands().get(name).getUsageMessage(),
                cl.getSubcommands().get(name).getUsageMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "-b training.txt"})
    void optionsAloneBuildNoSubcommand(String line) {
        CommandLine cl = forArgs(line);
        assertEquals(List.of(), built(cl));
        assertEquals(full().getSubcommands().keySet(), cl.getSubcommands().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "help cap"})
    void helpBuildsThemAllAndIsPicocliOwn(String line) {
        CommandLine cl = forArgs(line);
        assertEquals(List.copyOf(full().getSubcommands().keySet()), built(cl));
        assertInstanceOf(CommandLine.HelpCommand.class, cl.getSubcommands().get("help").getCommand());
    }

    @Test
    void aPlaceholderHasNoCommandToRun() {
        assertNull(forArgs("--version").getSubcommands().get("list").getCommand());
        assertNull(forArgs("--version").getSubcommands().get("help").getCommand());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "cap general", "-j -p reg PAOS", "schema commands", "diag sample --num 2"})
    void theSubcommandThatRunsIsTheOneNamed(String line) {
        CommandLine.ParseResult parsed = forArgs(line).parseArgs(args(line));
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        String name = parsed.commandSpec().name();
        Object command = parsed.commandSpec().userObject();
        assertTrue(command.getClass().getSimpleName().equalsIgnoreCase(name + "Command")
                || command.getClass().getSimpleName().equalsIgnoreCase(name), name + ": " + command.getClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-j -d 3 cap", "cap -j -d 3", "-d 3 cap -j", "-j diag sample -d 3"})
    void aGlobalOptionLandsInTheRootOnEitherSideOfTheSubcommand(String line) {
        Mlx5ctl root = new Mlx5ctl();
        Mlx5ctl.commandLine(root, args(line)).parseArgs(args(line));
        assertTrue(root.options().json(), line);
        assertEquals("3", root.options().device(), line);
    }

    @Test
    void eachParseStartsFromTheInitialValues() {
        Mlx5ctl root = new Mlx5ctl();
        CommandLine cl = Mlx5ctl.commandLine(root, args("reg PAOS"));
        cl.parseArgs("-j", "reg", "PAOS", "--set", "a=1", "--dry-run");
        cl.parseArgs("reg", "PAOS");
        assertFalse(root.options().json());
        RegCommand reg = (RegCommand) cl.getSubcommands().get("reg").getCommand();
        assertFalse(reg.model.spec.findOption("--dry-run").<Boolean>getValue());
        assertEquals(List.of(), reg.model.spec.findOption("--set").getValue());
    }

    /**
     * A model declared in code ignores annotations: an {@code @Option} added to a command would silently do
     * nothing, so none may be there. (Reading them here makes the proxies a run no longer makes.)
     */
    @Test
    void noCommandCarriesPicocliAnnotations() {
        commands(full()).map(CommandLine::getCommand).filter(c -> c != null && !(c instanceof CommandLine.HelpCommand))
                .forEach(command -> {
                    for (Class<?> c = command.getClass(); c != Object.class; c = c.getSuperclass()) {
                        assertPicocliFree(c.getName(), c.getDeclaredAnnotations());
                        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                            assertPicocliFree(c.getName() + "." + f.getName(), f.getDeclaredAnnotations());
                        }
                    }
                });
    }

    private static void assertPicocliFree(String where, java.lang.annotation.Annotation[] annotations) {
        for (java.lang.annotation.Annotation a : annotations) {
            assertFalse(a.annotationType().getName().startsWith("picocli."), where + " has " + a);
        }
    }

    @Test
    void theCompletionScriptCompletesEverySubcommand() {
        String script = CompletionScript.script();
        for (String name : full().getSubcommands().keySet()) {
            assertTrue(script.contains("function _picocli_mlx5ctl_" + name + "()"), name);
        }
        assertTrue(script.contains("function _picocli_mlx5ctl_diag_sample()"), "no nested subcommand");
    }
}
