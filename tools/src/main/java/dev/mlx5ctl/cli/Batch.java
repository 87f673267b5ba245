package dev.mlx5ctl.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mlx5ctl -b FILE}: many commands in one process, one per line, as {@code ip -b} runs them: the JVM starts
 * once. Each line is the arguments of one mlx5ctl command, split as a shell would split words (quotes and
 * backslashes, no expansion); blank lines and lines starting with {@code #} are skipped. The global options given
 * beside {@code -b} apply to every line. The first failing line ends the batch with its status, unless
 * {@code --force}, which runs every line and ends with the last failure's status.
 */
final class Batch {

    private Batch() {
    }

    /**
     * Runs the batch {@code file} ({@code -} for stdin) with {@code globals} before each line's arguments.
     *
     * @return the exit status: 0, or the failing line's
     */
    static int run(PrintStream out, PrintStream err, String file, List<String> globals, boolean force) {
        String name = file.equals("-") ? "stdin" : file;
        List<String> lines;
        try (Reader reader = file.equals("-") ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            lines = new BufferedReader(reader).lines().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("mlx5ctl: cannot read the batch " + name + ": " + (e.getCause() != null
                    ? e.getCause().getMessage() : e.getMessage()));
            return ExitCode.FILE;
        }
        int status = ExitCode.OK;
        for (int i = 0; i < lines.size(); i++) {
            List<String> words;
            try {
                words = words(lines.get(i));
            } catch (IllegalArgumentException e) {
                err.println("mlx5ctl: batch " + name + " line " + (i + 1) + ": " + e.getMessage());
                status = ExitCode.USAGE;
                if (force) {
                    continue;
                }
                return status;
            }
            if (words.isEmpty()) {
                continue;
            }
            if (words.contains("-b") || words.contains("--batch") || words.stream().anyMatch(w -> w.startsWith(
                    "--batch="))) {
                err.println("mlx5ctl: batch " + name + " line " + (i + 1) + ": a batch does not run batches");
                status = ExitCode.USAGE;
                if (force) {
                    continue;
                }
                return status;
            }
            List<String> args = new ArrayList<>(globals);
            args.addAll(words);
            int s = Mlx5ctl.run(out, err, args.toArray(String[]::new));
            if (s != ExitCode.OK) {
                err.println("mlx5ctl: batch " + name + " line " + (i + 1) + " failed (exit " + s + ")"
                        + (force ? "" : "; the rest is not run (--force runs every line)"));
                status = s;
                if (!force) {
                    return status;
                }
            }
        }
        return status;
    }

    /** The words of one line, as a shell splits them without expanding anything; none for a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\') {
                    if (i + 1 == line.length()) {
                        throw new IllegalArgumentException("a backslash ends the line (no continuation lines)");
                    }
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated " + (quote == '"' ? "double" : "single") + " quote");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
