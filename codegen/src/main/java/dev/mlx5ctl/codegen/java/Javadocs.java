package dev.mlx5ctl.codegen.java;

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

    /** The column javadoc lines are wrapped at; code lines are wrapped by JavaPoet at 100 too. */
    static final int WRAP = 100;

    /**
     * Re-flows the javadoc lines of a generated source that run past {@link #WRAP} at word boundaries, keeping the
     * {@code " * "} prefix, so that long schema docs read as a person would have wrapped them.
     */
    static String reflow(String source) {
        StringBuilder out = new StringBuilder(source.length() + 256);
        for (String line : source.split("\n", -1)) {
            int star = line.indexOf("* ");
            boolean javadoc = star >= 0 && line.substring(0, star).isBlank();
            if (!javadoc || line.length() <= WRAP) {
                out.append(line).append('\n');
                continue;
            }
            String prefix = line.substring(0, star + 2);
            String rest = line.substring(star + 2);
            int room = Math.max(40, WRAP - prefix.length());
            while (rest.length() > room) {
                int cut = rest.lastIndexOf(' ', room);
                if (cut <= 0) {
                    cut = rest.indexOf(' ', room);
                    if (cut < 0) {
                        break;
                    }
                }
                out.append(prefix).append(rest, 0, cut).append('\n');
                rest = rest.substring(cut + 1);
            }
            out.append(prefix).append(rest).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
