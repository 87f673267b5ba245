package dev.mlx5ctl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual pages of mlx5ctl, section 1, written from the same picocli model as {@code --help}, so they cannot
 * drift: {@code mlx5ctl.1} with the global options and exit status, and {@code mlx5ctl-<sub>[-<sub>].1} for each
 * subcommand with its own options, arguments and examples. The build runs {@link #main} into
 * {@code tools/target/man}; {@code make install} puts them in man1.
 */
public final class ManPages {

    private ManPages() {
    }

    /** Writes every page into the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ManPages OUTPUT_DIR");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    /** Writes the pages into {@code dir}; returns their paths. */
    static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        CommandLine root = Mlx5ctl.commandLine(new Mlx5ctl());
        List<Path> pages = new ArrayList<>();
        for (CommandLine cl : commands(root)) {
            Path page = dir.resolve(pageName(cl.getCommandSpec()) + ".1");
            Files.writeString(page, page(cl.getCommandSpec(), root.getCommandSpec()));
            pages.add(page);
        }
        return pages;
    }

    /**
     * Every command that gets a page: the root and its subcommands at any depth, but not {@code help}; once each,
     * though an alias names it twice.
     */
    static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            if (!sub.getCommandSpec().name().equals("help")) {
                all.addAll(commands(sub));
            }
        }
        return all.stream().distinct().toList();
    }

    /** {@code mlx5ctl}, {@code mlx5ctl-reg}, {@code mlx5ctl-diag-sample}. */
    static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    static String page(CommandSpec spec, CommandSpec root) {
        StringBuilder sb = new StringBuilder();
        String name = pageName(spec);
        String version = new Mlx5ctl.Version().getVersion()[0].replaceFirst("^mlx5ctl ", "");
        sb.append(".\\\" Generated from the mlx5ctl CLI's picocli model (ManPages); do not edit.\n");
        sb.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"mlx5ctl ")
                .append(escape(version)).append("\" \"mlx5ctl Manual\"\n");
        sb.append(".SH NAME\n").append(escape(name)).append(" \\- ")
                .append(escape(String.join(" ", spec.usageMessage().description()))).append('\n');

        sb.append(".SH SYNOPSIS\n.nf\n");
        String synopsis = spec.commandLine().getHelp().synopsis(0).replaceFirst("^Usage: ", "").stripTrailing();
        synopsis.lines().forEach(l -> sb.append(escape(l.strip())).append('\n'));
        sb.append(".fi\n");

        sb.append(".SH DESCRIPTION\n").append(escape(String.join(" ", spec.usageMessage().description())))
                .append('\n');
        if (spec != root) {
            sb.append(".PP\nThe global options of \\fBmlx5ctl\\fR(1) (\\fB\\-d\\fR, \\fB\\-j\\fR, \\fB\\-\\-scope\\fR, "
                    + "\\fB\\-\\-explain\\fR...) apply here too, before or after the subcommand's name.\n");
        }

        List<PositionalParamSpec> positionals = spec.positionalParameters().stream()
                .filter(p -> !p.hidden()).toList();
        if (!positionals.isEmpty()) {
            sb.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : positionals) {
                sb.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
                        .append(escape(String.join(" ", p.description()))).append('\n');
            }
        }

        List<OptionSpec> options = spec.options().stream()
                .filter(o -> !o.hidden() && (spec == root || !o.inherited())).toList();
        if (!options.isEmpty()) {
            sb.append(".SH OPTIONS\n");
            for (OptionSpec o : options) {
                sb.append(".TP\n");
                List<String> names = new ArrayList<>();
                for (String n : o.names()) {
                    names.add("\\fB" + escape(n) + "\\fR");
                }
                sb.append(String.join(", ", names));
                if (o.arity().max() > 0) {
                    sb.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
                }
                sb.append('\n').append(escape(String.join(" ", o.description()))).append('\n');
            }
        }

        List<CommandSpec> subs = spec.subcommands().values().stream().map(CommandLine::getCommandSpec)
                .filter(s -> !s.name().equals("help")).distinct().toList();
        if (!subs.isEmpty()) {
            sb.append(".SH COMMANDS\n");
            for (CommandSpec s : subs) {
                sb.append(".TP\n\\fB").append(escape(s.name())).append("\\fR\n")
                        .append(escape(String.join(" ", s.usageMessage().description())))
                        .append(" See \\fB").append(escape(pageName(s))).append("\\fR(1).\n");
            }
        }

        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            sb.append(".SH NOTES\n.nf\n");
            for (String line : footer) {
                sb.append(escape(line)).append('\n');
            }
            sb.append(".fi\n");
        }

        sb.append(".SH SEE ALSO\n");
        List<String> see = new ArrayList<>();
        if (spec != root) {
            see.add("\\fBmlx5ctl\\fR(1)");
            CommandSpec parent = spec.parent();
            if (parent != null && parent != root) {
                see.add("\\fB" + escape(pageName(parent)) + "\\fR(1)");
            }
        }
        see.add("\\fBmlx5ctl --help\\fR");
        sb.append(String.join(", ", see)).append('\n');
        return sb.toString();
    }

    /** Text as roff reads it literally: backslashes and hyphens escaped, no line starting with a request. */
    static String escape(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                sb.append("\\&");
            }
            sb.append(line);
        }
        return sb.toString();
    }
}
