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
}
