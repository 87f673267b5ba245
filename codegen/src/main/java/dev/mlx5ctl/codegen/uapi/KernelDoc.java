package dev.mlx5ctl.codegen.uapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kernel-doc comment ({@code /** struct name - Summary}, {@code @member: text} lines, then free text), split
 * into the parts the Java mirror turns into javadoc.
 *
 * @param kind    {@code struct} or {@code enum}
 * @param text    the summary, then the free text after the member list
 * @param members member (or enumerator) name to its text, continuation lines joined
 */
record KernelDoc(String kind, String name, String text, Map<String, String> members) {

    private static final Pattern TITLE = Pattern.compile("(struct|enum)\\s+(\\w+)\\s+-\\s+(.*)");
    private static final Pattern MEMBER = Pattern.compile("@(\\w+):\\s*(.*)");

    KernelDoc {
        members = Map.copyOf(members);
    }

    private enum Part { SUMMARY, MEMBERS, TEXT }

    /** Parses the body of a {@code /** ... *}{@code /} comment; a body without a title gives an empty name. */
    static KernelDoc parse(String body) {
        String kind = "";
        String name = "";
        StringBuilder summary = new StringBuilder();
        StringBuilder text = new StringBuilder();
        Map<String, String> members = new LinkedHashMap<>();
        String member = null;
        Part part = Part.SUMMARY;
        for (String raw : body.split("\n")) {
            String line = raw.strip().replaceFirst("^\\*\\s?", "").strip();
            Matcher title = TITLE.matcher(line);
            Matcher m = MEMBER.matcher(line);
            if (part == Part.SUMMARY && kind.isEmpty() && summary.isEmpty() && title.matches()) {
                kind = title.group(1);
                name = title.group(2);
                summary.append(title.group(3));
            } else if (part != Part.TEXT && m.matches()) {
                part = Part.MEMBERS;
                member = m.group(1);
                members.put(member, m.group(2));
            } else if (line.isEmpty()) {
                if (summary.isEmpty() && members.isEmpty()) {
                    continue;
                }
                member = null;
                // After the summary a blank line may still precede the members; after the members, text follows.
                part = part == Part.SUMMARY || members.isEmpty() ? Part.MEMBERS : Part.TEXT;
                paragraph(text);
            } else if (member != null) {
                members.merge(member, line, (a, b) -> a + " " + b);
            } else if (part == Part.SUMMARY) {
                word(summary, line);
            } else {
                part = Part.TEXT;
                word(text, line);
            }
        }
        String all = text.isEmpty() ? summary.toString() : summary + "\n\n" + text.toString().strip();
        return new KernelDoc(kind, name, all.strip(), members);
    }

    private static void word(StringBuilder out, String line) {
        if (!out.isEmpty() && !out.toString().endsWith("\n\n")) {
            out.append(' ');
        }
        out.append(line);
    }

    private static void paragraph(StringBuilder out) {
        if (!out.isEmpty() && !out.toString().endsWith("\n\n")) {
            out.append("\n\n");
        }
    }

    String member(String memberName) {
        return members.getOrDefault(memberName, "");
    }

    /** A plain comment's text, its leading stars and line breaks gone, paragraphs kept. */
    static String plain(String body) {
        StringBuilder out = new StringBuilder();
        for (String raw : body.split("\n")) {
            String line = raw.strip().replaceFirst("^\\*\\s?", "").strip();
            if (line.isEmpty()) {
                paragraph(out);
            } else {
                word(out, line);
            }
        }
        return out.toString().strip();
    }
}
