package dev.mlx5ctl.codegen.ifc;

import dev.mlx5ctl.codegen.ifc.IfcModel.IfcLayout;
import dev.mlx5ctl.codegen.ifc.IfcModel.IfcMember;
import dev.mlx5ctl.codegen.ifc.IfcModel.Problem;
import dev.mlx5ctl.codegen.ifc.IfcModel.Where;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the PRM layouts of include/linux/mlx5/mlx5_ifc.h: every top-level {@code struct} or {@code union} whose tag
 * starts with {@code mlx5_ifc_}, and the {@code MLX5_CMD_OP_*} enumerators. It follows {@code #include "..."} of a
 * file beside it (mlx5_ifc_fpga.h), since mlx5_ifc.h embeds its layouts.
 *
 * <p>The header is regular C, not arbitrary C: members are {@code u8 x[W];}, {@code u8 x[N][W];}, {@code struct|union
 * mlx5_ifc_y x[N];} or an anonymous {@code union { ... } x;}; dimensions are integer expressions over numbers,
 * {@code #define}d and enumerated constants. Anything else is a {@link Problem} naming its file and line, and the
 * parser carries on after the next {@code ;}.
 */
public final class IfcParser {

    private static final String PREFIX = "mlx5_ifc_";
    private static final String SUFFIX = "_bits";
    private static final String OPCODE_PREFIX = "MLX5_CMD_OP_";

    private final List<IfcLayout> layouts = new ArrayList<>();
    private final Map<String, Integer> opcodes = new LinkedHashMap<>();
    private final Map<String, Integer> markers = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    /** #define and enumerator values, for array dimensions such as MLX5_CMD_SET_MONITOR_NUM_COUNTER. */
    private final Map<String, Long> constants = new HashMap<>();
    private final Map<String, String> macros = new HashMap<>();

    private List<Token> tokens;
    private int pos;
    private String file;

    private IfcParser() {
    }

    /** Parses {@code header} (and the headers it includes with quotes); problems come back in the model. */
    public static IfcModel parse(Path header) throws IOException {
        IfcParser parser = new IfcParser();
        parser.parseFile(header, header.toString());
        return new IfcModel(parser.layouts, parser.opcodes, parser.markers, parser.problems);
    }

    /** Parses {@code text} as the file named {@code name}; includes are not followed. For tests. */
    public static IfcModel parse(String name, String text) {
        IfcParser parser = new IfcParser();
        parser.parseText(name, text, null);
        return new IfcModel(parser.layouts, parser.opcodes, parser.markers, parser.problems);
    }

    private void parseFile(Path path, String name) throws IOException {
        parseText(name, Files.readString(path, StandardCharsets.UTF_8), path);
    }

    private void parseText(String name, String text, Path path) {
        String savedFile = file;
        List<Token> savedTokens = tokens;
        int savedPos = pos;
        file = name;
        tokens = new Lexer(text).tokens(path);
        pos = 0;
        while (!atEnd()) {
            topLevel();
        }
        file = savedFile;
        tokens = savedTokens;
        pos = savedPos;
    }

    // ---- top level

    private void topLevel() {
        Token t = next();
        switch (t.text()) {
            case "struct", "union" -> {
                if (peek().kind() == Kind.IDENT && peekAt(1).text().equals("{")) {
                    layout(t.text().equals("union"), next());
                } else {
                    skipStatement(t, "a declaration that is not a layout definition");
                }
            }
            case "enum" -> enumeration(t);
            case ";" -> { }
            default -> skipStatement(t, "unexpected '" + t.text() + "' outside a layout");
        }
    }

    private void layout(boolean union, Token tagToken) {
        String tag = tagToken.text();
        expect("{");
        Where where = where(tagToken);
        if (!tag.startsWith(PREFIX)) {
            problem(where, (union ? "union " : "struct ") + tag + " is not an mlx5_ifc_ layout; not imported");
            skipBlock();
            expect(";");
            return;
        }
        String name = schemaName(tag);
        int index = layouts.size();
        int problemsBefore = problems.size();
        List<IfcMember> members = members(name, (union ? "union " : "struct ") + tag);
        expect(";");
        layouts.add(index, new IfcLayout((union ? "union " : "struct ") + tag, name, union, members, where,
                Optional.empty(), Optional.empty(), problems.size() == problemsBefore));
    }

    /** The members up to and including the closing brace; inline unions become layouts of their own. */
    private List<IfcMember> members(String owner, String ownerTag) {
        List<IfcMember> members = new ArrayList<>();
        while (!atEnd() && !peek().text().equals("}")) {
            Token first = next();
            switch (first.text()) {
                case "u8" -> {
                    Token name = ident();
                    if (name == null) {
                        skipStatement(first, "a u8 member without a name");
                        continue;
                    }
                    List<Long> dims = dimensions();
                    if (dims == null || !expectOrSkip(";", first)) {
                        continue;
                    }
                    member(members, first, name, dims);
                }
                case "struct", "union" -> {
                    if (peek().text().equals("{")) {
                        inlineLayout(members, owner, ownerTag, first);
                        continue;
                    }
                    Token tag = ident();
                    Token name = tag == null ? null : ident();
                    if (name == null || !tag.text().startsWith(PREFIX)) {
                        skipStatement(first, "an embedded type that is not an mlx5_ifc_ layout");
                        continue;
                    }
                    List<Long> dims = dimensions();
                    if (dims == null || !expectOrSkip(";", first)) {
                        continue;
                    }
                    if (dims.size() > 1) {
                        problem(where(first), "member '" + name.text() + "' is a multi-dimensional array of "
                                + "layouts; not imported");
                        continue;
                    }
                    members.add(new IfcMember(name.text(), 0,
                            dims.isEmpty() ? Optional.empty() : Optional.of(dims.getFirst().intValue()),
                            Optional.of(schemaName(tag.text())), where(first)));
                }
                default -> skipStatement(first, "unexpected '" + first.text() + "' in a layout");
            }
        }
        expect("}");
        return members;
    }

    private void member(List<IfcMember> members, Token first, Token name, List<Long> dims) {
        Where where = where(first);
        switch (dims.size()) {
            // u8 x[]; (mtrc_stdb's string_db_data): C says single bits, but the kernel copies bytes out of it and
            // the PRM calls it data bytes, so it is read as a flexible array of bytes. Only its offset is checked.
            case 1 -> members.add(dims.getFirst() == 0
                    ? new IfcMember(name.text(), 8, Optional.of(0), Optional.empty(), where)
                    : new IfcMember(name.text(), dims.getFirst().intValue(), Optional.empty(), Optional.empty(),
                            where));
            case 2 -> members.add(new IfcMember(name.text(), dims.get(1).intValue(),
                    Optional.of(dims.getFirst().intValue()), Optional.empty(), where));
            default -> problem(where, "u8 member '" + name.text() + "' has " + dims.size()
                    + " dimensions; one (bits) or two (count, bits) are layouts");
        }
    }

    /** {@code union { ... } name;}: a layout named after its holder and member, reached through the member. */
    private void inlineLayout(List<IfcMember> members, String owner, String ownerTag, Token first) {
        boolean union = first.text().equals("union");
        expect("{");
        int index = layouts.size();
        int problemsBefore = problems.size();
        // A union inside this one would have no C type to reach it through: the holder's tag is left empty.
        List<IfcMember> inner = members(owner + "_", "");
        Token name = ident();
        if (name == null || !expectOrSkip(";", first)) {
            problem(where(first), "an anonymous " + first.text() + " without a member name; not imported");
            return;
        }
        String layoutName = owner + "_" + name.text().toLowerCase(java.util.Locale.ROOT);
        if (ownerTag.isEmpty()) {
            problem(where(first), "an anonymous " + first.text() + " inside another; not imported");
            return;
        }
        layouts.add(index, new IfcLayout("", layoutName, union, inner, where(first), Optional.of(ownerTag),
                Optional.of(name.text()), problems.size() == problemsBefore));
        members.add(new IfcMember(name.text(), 0, Optional.empty(), Optional.of(layoutName), where(first)));
    }

    /** {@code [expr]...}: null (reported) if one does not evaluate; an empty {@code []} is 0 (flexible). */
    private List<Long> dimensions() {
        List<Long> dims = new ArrayList<>();
        while (peek().text().equals("[")) {
            Token open = next();
            if (peek().text().equals("]")) {
                next();
                dims.add(0L);
                continue;
            }
            int start = pos;
            while (!atEnd() && !peek().text().equals("]") && !peek().text().equals(";")) {
                next();
            }
            List<Token> expr = tokens.subList(start, pos);
            if (!expectOrSkip("]", open)) {
                return null;
            }
            Optional<Long> value = new Expr(expr).evaluate();
            if (value.isEmpty() || value.get() < 0 || value.get() > Integer.MAX_VALUE) {
                problem(where(open), "cannot evaluate array dimension '" + join(expr) + "'");
                skipStatement(open, null);
                return null;
            }
            dims.add(value.get());
        }
        return dims;
    }

    private void enumeration(Token enumToken) {
        if (peek().kind() == Kind.IDENT) {
            next();
        }
        if (!peek().text().equals("{")) {
            skipStatement(enumToken, null);
            return;
        }
        next();
        long nextValue = 0;
        Map<String, Integer> ops = new LinkedHashMap<>();
        boolean opcodeEnum = false;
        while (!atEnd() && !peek().text().equals("}")) {
            Token name = ident();
            if (name == null) {
                Token bad = next();
                problem(where(bad), "unexpected '" + bad.text() + "' in an enum");
                continue;
            }
            long value = nextValue;
            if (peek().text().equals("=")) {
                next();
                int start = pos;
                int depth = 0;
                while (!atEnd() && !(depth == 0 && (peek().text().equals(",") || peek().text().equals("}")))) {
                    Token t = next();
                    depth += t.text().equals("(") ? 1 : t.text().equals(")") ? -1 : 0;
                }
                List<Token> expr = tokens.subList(start, pos);
                Optional<Long> v = new Expr(expr).evaluate();
                if (v.isEmpty()) {
                    if (name.text().startsWith(OPCODE_PREFIX)) {
                        problem(where(name), "cannot evaluate opcode " + name.text() + " = " + join(expr));
                    }
                    value = Long.MIN_VALUE;
                } else {
                    value = v.get();
                }
            }
            if (value != Long.MIN_VALUE) {
                constants.put(name.text(), value);
                nextValue = value + 1;
                if (name.text().equals(OPCODE_PREFIX + "MAX")) {
                    opcodeEnum = true;
                } else if (name.text().startsWith(OPCODE_PREFIX)) {
                    ops.put(name.text().substring(OPCODE_PREFIX.length()), (int) value);
                }
            }
            if (peek().text().equals(",")) {
                next();
            }
        }
        expect("}");
        expectOrSkip(";", enumToken);
        // The opcodes are the enum that MLX5_CMD_OP_MAX ends; other MLX5_CMD_OP_ names mark ranges.
        (opcodeEnum ? opcodes : markers).putAll(ops);
    }

    // ---- names

    /** {@code mlx5_ifc_nop_in_bits} -> nop_in; {@code mlx5_ifc_calc_op} -> calc_op. */
    static String schemaName(String tag) {
        String name = tag.substring(PREFIX.length());
        if (name.endsWith(SUFFIX)) {
            name = name.substring(0, name.length() - SUFFIX.length());
        }
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    // ---- tokens

    private boolean atEnd() {
        return tokens.get(pos).kind() == Kind.END;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    private Token ident() {
        return peek().kind() == Kind.IDENT ? next() : null;
    }

    private void expect(String text) {
        if (peek().text().equals(text)) {
            next();
        } else {
            problem(where(peek()), "expected '" + text + "' but found '" + peek().text() + "'");
        }
    }

    private boolean expectOrSkip(String text, Token start) {
        if (peek().text().equals(text)) {
            next();
            return true;
        }
        skipStatement(start, "expected '" + text + "' but found '" + peek().text() + "'");
        return false;
    }

    /** Reports (unless {@code message} is null) and skips to the next ';' at this brace depth. */
    private void skipStatement(Token start, String message) {
        if (message != null) {
            problem(where(start), message + "; not imported");
        }
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && t.text().equals("}")) {
                return;
            }
            next();
            if (t.text().equals("{")) {
                depth++;
            } else if (t.text().equals("}")) {
                depth--;
            } else if (depth == 0 && t.text().equals(";")) {
                return;
            }
        }
    }

    private void skipBlock() {
        int depth = 1;
        while (!atEnd() && depth > 0) {
            Token t = next();
            depth += t.text().equals("{") ? 1 : t.text().equals("}") ? -1 : 0;
        }
    }

    private Where where(Token t) {
        return new Where(file, t.line());
    }

    private void problem(Where where, String message) {
        problems.add(new Problem(where, message));
    }

    private static String join(List<Token> expr) {
        return String.join(" ", expr.stream().map(Token::text).toList());
    }

    enum Kind { IDENT, NUMBER, PUNCT, END }

    record Token(Kind kind, String text, int line) {
    }

    /** C tokens without comments; preprocessor lines feed #define and #include instead of the token stream. */
    private final class Lexer {
        private final String text;
        private int i;
        private int line = 1;

        Lexer(String text) {
            this.text = text;
        }

        List<Token> tokens(Path path) {
            List<Token> out = new ArrayList<>();
            boolean lineStart = true;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                    lineStart = true;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    end = end < 0 ? text.length() : end + 2;
                    line += count(text, i, end);
                    i = end;
                } else if (text.startsWith("//", i)) {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '#' && lineStart) {
                    directive(path);
                } else {
                    lineStart = false;
                    out.add(token());
                }
            }
            out.add(new Token(Kind.END, "end of file", line));
            return out;
        }

        private Token token() {
            int start = i;
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                return new Token(Kind.IDENT, text.substring(start, i), line);
            }
            if (Character.isDigit(c)) {
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                return new Token(Kind.NUMBER, text.substring(start, i), line);
            }
            if (text.startsWith("<<", i) || text.startsWith(">>", i)) {
                i += 2;
                return new Token(Kind.PUNCT, text.substring(start, i), line);
            }
            i++;
            return new Token(Kind.PUNCT, String.valueOf(c), line);
        }

        /** One preprocessor line, continuations joined; comments in it dropped. */
        private void directive(Path path) {
            int startLine = line;
            StringBuilder sb = new StringBuilder();
            while (i < text.length() && text.charAt(i) != '\n') {
                if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i += 2;
                    line++;
                    sb.append(' ');
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    end = end < 0 ? text.length() : end + 2;
                    line += count(text, i, end);
                    i = end;
                } else {
                    sb.append(text.charAt(i++));
                }
            }
            String d = sb.substring(1).strip();
            if (d.startsWith("define")) {
                String[] parts = d.substring("define".length()).strip().split("\\s+", 2);
                if (parts.length == 2 && !parts[0].contains("(")) {
                    macros.put(parts[0], parts[1]);
                }
            } else if (d.startsWith("include") && path != null) {
                String arg = d.substring("include".length()).strip();
                if (arg.startsWith("\"") && arg.endsWith("\"") && arg.length() > 2) {
                    Path included = path.resolveSibling(arg.substring(1, arg.length() - 1));
                    String includedName = Path.of(file).resolveSibling(included.getFileName()).toString();
                    try {
                        parseFile(included, includedName);
                    } catch (IOException e) {
                        problem(new Where(file, startLine), "cannot read included " + arg + ": " + e.getMessage());
                    }
                }
            }
        }

        private static int count(String s, int from, int to) {
            int n = 0;
            for (int k = from; k < to; k++) {
                if (s.charAt(k) == '\n') {
                    n++;
                }
            }
            return n;
        }
    }

    /** An integer constant expression: numbers, known names, + - * / << >> | and parentheses. */
    private final class Expr {
        private final List<Token> toks;
        private int k;
        private boolean failed;
        private int depth;

        Expr(List<Token> toks) {
            this.toks = toks;
        }

        Optional<Long> evaluate() {
            if (toks.isEmpty()) {
                return Optional.empty();
            }
            long v = or();
            return failed || k != toks.size() ? Optional.empty() : Optional.of(v);
        }

        private String peekText() {
            return k < toks.size() ? toks.get(k).text() : "";
        }

        private long or() {
            long v = shift();
            while (peekText().equals("|")) {
                k++;
                v |= shift();
            }
            return v;
        }

        private long shift() {
            long v = sum();
            while (peekText().equals("<<") || peekText().equals(">>")) {
                boolean left = toks.get(k++).text().equals("<<");
                long r = sum();
                v = left ? v << r : v >> r;
            }
            return v;
        }

        private long sum() {
            long v = product();
            while (peekText().equals("+") || peekText().equals("-")) {
                boolean plus = toks.get(k++).text().equals("+");
                long r = product();
                v = plus ? v + r : v - r;
            }
            return v;
        }

        private long product() {
            long v = unary();
            while (peekText().equals("*") || peekText().equals("/")) {
                boolean times = toks.get(k++).text().equals("*");
                long r = unary();
                if (!times && r == 0) {
                    failed = true;
                    return 0;
                }
                v = times ? v * r : v / r;
            }
            return v;
        }

        private long unary() {
            if (k >= toks.size()) {
                failed = true;
                return 0;
            }
            Token t = toks.get(k++);
            switch (t.kind()) {
                case NUMBER -> {
                    return number(t.text());
                }
                case IDENT -> {
                    return name(t.text());
                }
                default -> {
                    if (t.text().equals("(")) {
                        long v = or();
                        if (!peekText().equals(")")) {
                            failed = true;
                        }
                        k++;
                        return v;
                    }
                    if (t.text().equals("-")) {
                        return -unary();
                    }
                    failed = true;
                    return 0;
                }
            }
        }

        private long number(String s) {
            String digits = s.replaceAll("[uUlL]+$", "");
            try {
                if (digits.startsWith("0x") || digits.startsWith("0X")) {
                    return Long.parseLong(digits.substring(2), 16);
                }
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                failed = true;
                return 0;
            }
        }

        private long name(String s) {
            Long known = constants.get(s);
            if (known != null) {
                return known;
            }
            String body = macros.get(s);
            if (body == null || depth > 16) {
                failed = true;
                return 0;
            }
            Lexer lexer = new Lexer(body);
            List<Token> inner = lexer.tokens(null);
            Expr sub = new Expr(inner.subList(0, inner.size() - 1));
            sub.depth = depth + 1;
            Optional<Long> v = sub.evaluate();
            if (v.isEmpty()) {
                failed = true;
                return 0;
            }
            return v.get();
        }
    }
}
