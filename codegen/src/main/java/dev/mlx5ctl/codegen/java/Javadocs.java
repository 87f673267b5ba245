package dev.mlx5ctl.codegen.java;

import java.util.ArrayList;
import java.util.List;

/** Schema docs as javadoc text: escaped so that a {@code <<} or an {@code @} in a doc cannot break the comment. */
final class Javadocs {

    private Javadocs() {
    }

    /** The doc escaped for javadoc, ending in a period, or "" for none. */
    static String text(String doc) {
        if (doc == null || doc.isBlank()) {
            return "";
        }
        String d = doc.strip()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("\\u", "\\\\u");
        return d.endsWith(".") ? d : d + ".";
    }

    /** The doc as its own paragraph-opening sentence, or {@code fallback} when the schema has none. */
    static String textOr(String doc, String fallback) {
        String t = text(doc);
        return t.isEmpty() ? fallback : t;
    }

    /**
     * How a banner names a schema file: from {@code schema/} on when the path contains it, so that files generated
     * from an absolute path (Maven passes one) do not embed the machine's checkout location.
     */
    static String sourceName(String file) {
        String f = file.replace('\\', '/');
        int at = f.lastIndexOf("/schema/");
        return at >= 0 ? f.substring(at + 1) : f;
    }

    /** The column javadoc is wrapped at; JavaPoet wraps code at 100 too. */
    static final int WRAP = 100;

    /**
     * Re-flows every javadoc comment of a generated source as a person would write it: each paragraph (a run of
     * lines up to a blank line or a line opening with {@code <p>}, {@code <li>}, {@code <ul>} or a block tag)
     * joined and wrapped at {@link #WRAP}, and a blank line before each {@code <p>}. The emitters can then build
     * docs from sentences without caring where the lines break.
     */
    static String reflow(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length() + 256);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.strip().equals("/**")) {
                out.append(line).append(i + 1 < lines.length ? "\n" : "");
                continue;
            }
            String indent = line.substring(0, line.indexOf('/'));
            out.append(line).append('\n');
            List<String> paragraphs = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (i++; i < lines.length && !lines[i].strip().startsWith("*/"); i++) {
                String text = lines[i].strip();
                text = text.startsWith("*") ? text.substring(1).strip() : text;
                boolean opens = text.isEmpty() || text.startsWith("<p>") || text.startsWith("<li>")
                        || text.startsWith("<ul>") || text.startsWith("</ul>") || text.startsWith("@");
                if (opens && !paragraph.isEmpty()) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                if (text.isEmpty()) {
                    paragraphs.add("");
                } else {
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
                }
            }
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
            }
            String prefix = indent + " * ";
            boolean lastBlank = true;
            for (String p : paragraphs) {
                if (p.isEmpty()) {
                    if (!lastBlank) {
                        out.append(indent).append(" *\n");
                    }
                    lastBlank = true;
                    continue;
                }
                if (p.startsWith("<p>") && !lastBlank) {
                    out.append(indent).append(" *\n");
                }
                wrap(out, prefix, p);
                lastBlank = false;
            }
            if (i < lines.length) {
                out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            }
        }
        return out.toString();
    }

    private static void wrap(StringBuilder out, String prefix, String text) {
        int room = Math.max(40, WRAP - prefix.length());
        String rest = text;
        while (rest.length() > room) {
            int cut = breakBefore(rest, room);
            if (cut <= 0) {
                break;
            }
            out.append(prefix).append(rest, 0, cut).append('\n');
            rest = rest.substring(cut + 1);
        }
        out.append(prefix).append(rest).append('\n');
    }

    /** The last space at or before {@code room} outside an inline tag ({@code {@link X}} stays whole). */
    private static int breakBefore(String text, int room) {
        int depth = 0;
        int best = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ' ' && depth == 0 && i > 0) {
                if (i <= room || best < 0) {
                    best = i;
                }
                if (i > room) {
                    break;
                }
            }
        }
        return best;
    }
}
