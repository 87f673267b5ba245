package dev.mlx5ctl.codegen.uapi;

import java.util.ArrayList;
import java.util.List;

/**
 * A token of the uAPI header. Comments and preprocessor lines are tokens too, because the parser needs them: the
 * comments carry the docs, the directives carry the constants.
 *
 * @param text for a comment its body without the delimiters; for a directive the logical line after {@code #},
 *             continuation lines joined
 */
record CToken(Kind kind, String text, int line, int column, int endLine) {

    enum Kind { IDENT, NUMBER, PUNCT, COMMENT, DOC_COMMENT, DIRECTIVE, ERROR }

    boolean is(String s) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(s);
    }

    /**
     * Splits C text into tokens. Anything the header language does not need (string and character literals,
     * stray characters) becomes an {@link Kind#ERROR} token for the parser to report.
     */
    static List<CToken> lex(String text, int firstLine) {
        return new Lexer(text, firstLine).run();
    }

    private static final class Lexer {
        private static final List<String> PUNCTUATORS = List.of("<<", ">>", "{", "}", "(", ")", "[", "]", ";",
                ",", "=", "*", "/", "%", "+", "-", "~", "&", "|", "^", "<", ">", ":", ".", "?", "!");

        private final String text;
        private final List<CToken> tokens = new ArrayList<>();
        private int pos;
        private int line;
        private int lineStart;
        private boolean lineHasToken;

        Lexer(String text, int firstLine) {
            this.text = text;
            this.line = firstLine;
        }

        List<CToken> run() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    newLine(pos + 1);
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (text.startsWith("/*", pos)) {
                    blockComment();
                } else if (text.startsWith("//", pos)) {
                    int end = lineEnd(pos);
                    add(Kind.COMMENT, text.substring(pos + 2, end), line, column(pos), line);
                    pos = end;
                } else if (c == '#' && !lineHasToken) {
                    directive();
                } else if (Character.isLetter(c) || c == '_') {
                    int start = pos;
                    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos))
                            || text.charAt(pos) == '_')) {
                        pos++;
                    }
                    token(Kind.IDENT, start);
                } else if (Character.isDigit(c)) {
                    int start = pos;
                    while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                        pos++;
                    }
                    token(Kind.NUMBER, start);
                } else {
                    punctuator();
                }
            }
            return tokens;
        }

        private void blockComment() {
            int start = pos;
            int startLine = line;
            int startColumn = column(start);
            int end = text.indexOf("*/", pos + 2);
            if (end < 0) {
                add(Kind.ERROR, "unterminated comment", startLine, column(start), startLine);
                pos = text.length();
                return;
            }
            boolean doc = text.startsWith("/**", start) && end > start + 2;
            String body = text.substring(start + (doc ? 3 : 2), end);
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    newLine(i + 1);
                }
            }
            pos = end + 2;
            add(doc ? Kind.DOC_COMMENT : Kind.COMMENT, body, startLine, startColumn, line);
        }

        /** A preprocessor line: up to the newline that no backslash escapes. */
        private void directive() {
            int startLine = line;
            int startColumn = column(pos);
            StringBuilder body = new StringBuilder();
            pos++;
            while (pos < text.length() && text.charAt(pos) != '\n') {
                if (text.charAt(pos) == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                    body.append(' ');
                    pos += 2;
                    newLine(pos);
                    continue;
                }
                body.append(text.charAt(pos++));
            }
            add(Kind.DIRECTIVE, body.toString(), startLine, startColumn, line);
        }

        private void punctuator() {
            for (String p : PUNCTUATORS) {
                if (text.startsWith(p, pos)) {
                    int start = pos;
                    pos += p.length();
                    token(Kind.PUNCT, start);
                    return;
                }
            }
            int start = pos++;
            token(Kind.ERROR, start);
        }

        private void token(Kind kind, int start) {
            add(kind, text.substring(start, pos), line, column(start), line);
            lineHasToken = true;
        }

        private void add(Kind kind, String s, int startLine, int column, int endLine) {
            tokens.add(new CToken(kind, s, startLine, column, endLine));
        }

        private void newLine(int next) {
            line++;
            lineStart = next;
            lineHasToken = false;
        }

        private int column(int at) {
            return at - lineStart + 1;
        }

        private int lineEnd(int from) {
            int end = text.indexOf('\n', from);
            return end < 0 ? text.length() : end;
        }
    }
}
