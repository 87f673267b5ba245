package dev.mlx5ctl.codegen.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of a well-formed input, the way a hand edit or a broken copy goes wrong: lines deleted,
 * duplicated, swapped or cut short, characters of the input's own syntax inserted, numbers made huge, negative or
 * not numbers. The same seed gives the same inputs, so a failure names the seed that replays it.
 */
public final class Mutator {

    /** Characters that mean something to YAML or C, and some that mean nothing. */
    private static final String SYNTAX = ":-[]{}#&*!|>'\"\t\n,;()/\\0x=<>%@`~\u00e9\u0000";
    private static final String[] NUMBERS = {"0", "-1", "0x", "0xffffffffffffffffff", "99999999999999999999",
        "1e9", "0.5", "0b101", "NaN", "-0x80000000", "2147483648", "4294967296"};

    private final SplittableRandom random;

    public Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code text} with one to four mutations. */
    public String mutate(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                case 3 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                case 4 -> {
                    int pos = random.nextInt(line.length() + 1);
                    char c = SYNTAX.charAt(random.nextInt(SYNTAX.length()));
                    lines.set(at, line.substring(0, pos) + c + line.substring(pos));
                }
                case 5 -> lines.set(at, line.replaceFirst("\\b(0x[0-9a-fA-F]+|\\d+)\\b",
                        NUMBERS[random.nextInt(NUMBERS.length)]));
                default -> lines.set(at, line.replaceFirst("[a-z_]+", "")); // a name gone
            }
        }
        return String.join("\n", lines);
    }
}
