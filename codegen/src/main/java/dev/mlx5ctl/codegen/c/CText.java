package dev.mlx5ctl.codegen.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pieces of C text both generated files share: the banner, comments wrapped to the kernel's 80 columns, and
 * hex numbers spelled as mlx5_ifc.h spells them.
 */
final class CText {

    /** Kernel style prefers 80 columns; a tab counts as 8. */
    private static final int COLUMNS = 80;

    private CText() {
    }

    /**
     * The opening of a generated file: the SPDX line in the comment style the file's kind demands, then who wrote
     * the file, from what, and how to write it again.
     */
    static String banner(boolean header, String schemaSource, String purpose) {
        StringBuilder out = new StringBuilder();
        out.append(header ? "/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */\n"
                : "// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0\n");
        out.append("/*\n");
        out.append(" * Generated from ").append(schemaSource).append(" by mlx5ctl codegen; do not edit.\n");
        out.append(" * Regenerate: make generate\n");
        out.append(" *\n");
        for (String line : wrap(purpose, COLUMNS - 3)) {
            out.append(" * ").append(line).append('\n');
        }
        out.append(" */\n");
        return out.toString();
    }

    /**
     * A comment holding {@code text} at the given number of tabs: one line when it fits, else a block. Empty text
     * gives no comment at all.
     */
    static String comment(int tabs, String text) {
        String clean = clean(text);
        if (clean.isEmpty()) {
            return "";
        }
        String indent = "\t".repeat(tabs);
        int width = COLUMNS - 8 * tabs;
        if (clean.length() + 6 <= width) {
            return indent + "/* " + clean + " */\n";
        }
        StringBuilder out = new StringBuilder(indent).append("/*\n");
        for (String line : wrap(clean, width - 3)) {
            out.append(indent).append(" * ").append(line).append('\n');
        }
        return out.append(indent).append(" */\n").toString();
    }

    /** {@code 0x<lower-case hex>}, as mlx5_ifc.h writes widths and offsets. */
    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** A schema name as it appears inside a C macro or enumerator: upper case, whatever the locale. */
    static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** Whitespace collapsed, and nothing that could end the comment early. */
    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").replace("*/", "* /");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text).split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
