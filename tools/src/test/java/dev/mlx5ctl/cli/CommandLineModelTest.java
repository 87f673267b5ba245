package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line a run builds ({@link Mlx5ctl#commandLine(Mlx5ctl, String[])}): the subcommands its arguments
 * name, and placeholders for the others, which must look the same in every help and never be the one that runs;
 * the man pages and completion are written from the whole.
 */
class CommandLineModelTest {

    private static CommandLine full() {
        return Mlx5ctl.commandLine(new Mlx5ctl());
    }

    private static CommandLine forArgs(String line) {
        return Mlx5ctl.commandLine(new Mlx5ctl(), line.isEmpty() ? new String[0] : line.split(" "));
    }

    /** The subcommands whose model was built: a placeholder has no command object. */
    private static List<String> built(CommandLine cl) {
        return cl.getSubcommands().entrySet().stream().filter(e -> e.getValue().getCommand() != null)
                .map(Map.Entry::getKey).toList();
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
    void helpBuildsThemAll(String line) {
        assertEquals(List.copyOf(full().getSubcommands().keySet()), built(forArgs(line)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "cap general", "-j -p reg PAOS", "schema commands"})
    void theSubcommandThatRunsIsBuilt(String line) {
        CommandLine cl = forArgs(line);
        CommandLine.ParseResult parsed = cl.parseArgs(line.split(" "));
        assertInstanceOf(Mlx5ctl.SUBCOMMANDS.stream().filter(c -> c.getSimpleName().equalsIgnoreCase(
                parsed.subcommand().commandSpec().name() + "Command")).findFirst().orElseThrow(),
                parsed.subcommand().commandSpec().userObject());
    }

    @Test
    void aPlaceholderHasNoCommandToRun() {
        assertNull(forArgs("--version").getSubcommands().get("list").getCommand());
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
