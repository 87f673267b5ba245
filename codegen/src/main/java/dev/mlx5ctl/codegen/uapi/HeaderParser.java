package dev.mlx5ctl.codegen.uapi;

import dev.mlx5ctl.codegen.uapi.CToken.Kind;
import dev.mlx5ctl.codegen.uapi.UapiHeader.CEnum;
import dev.mlx5ctl.codegen.uapi.UapiHeader.CStruct;
import dev.mlx5ctl.codegen.uapi.UapiHeader.CType;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Constant;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Direction;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Enumerator;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Ioctl;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Member;
import dev.mlx5ctl.schema.Diagnostic;
import dev.mlx5ctl.schema.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser for OUR uAPI header, not for C: it accepts the few constructs a uAPI header needs and reports
 * everything else with its line, so that nothing the Java mirror would miss is skipped in silence.
 *
 * <p>Accepted: comments (kernel-doc ones become docs), the include guard, {@code #include} of linux/types.h and
 * linux/ioctl.h, {@code #define NAME expression} over numbers and earlier names with C's integer operators,
 * {@code #define NAME _IO/_IOR/_IOW/_IOWR(type, nr[, struct s])}, structs of __u8, __u16, __u32, __u64,
 * __aligned_u64 and char members and fixed arrays of them, and enums whose every value is explicit.
 */
final class HeaderParser {

    private static final Set<String> INCLUDES = Set.of("linux/types.h", "linux/ioctl.h");
    private static final Pattern INCLUDE = Pattern.compile("include\\s*<([^>]*)>\\s*");
    private static final Pattern FUNCTION_MACRO = Pattern.compile("define\\s+\\w+\\(.*");

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Constant> constants = new ArrayList<>();
    private final List<CEnum> enums = new ArrayList<>();
    private final List<CStruct> structs = new ArrayList<>();
    private final List<Ioctl> ioctls = new ArrayList<>();
    /** Every name an expression may use: macros and enumerators defined so far. */
    private final Map<String, Long> values = new HashMap<>();
    private final Map<String, CStruct> structsByName = new HashMap<>();
    /** Structs already reported: what refers to them is not reported again. */
    private final Set<String> brokenStructs = new HashSet<>();
    /** Every macro and enumerator name, ioctls included, to catch a second definition. */
    private final Set<String> names = new HashSet<>();

    private List<CToken> tokens;
    private int next;
    private String headerDoc = "";
    private String guard;
    private boolean guardDefined;
    private boolean guardClosed;
    /** The plain comment that documents the run of #defines right below it, and where that run has got to. */
    private String defineDoc = "";
    private int defineDocLine = -1;

    private HeaderParser(String file) {
        this.file = file;
    }

    /** The parse result: the header, unless there are diagnostics. */
    record Result(Optional<UapiHeader> header, List<Diagnostic> diagnostics) {
        Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * @param file how the header was named, for diagnostics
     */
    static Result parse(String file, String text) {
        return new HeaderParser(file).run(text);
    }

    private Result run(String text) {
        tokens = CToken.lex(text, 1);
        String pendingDoc = null;
        CToken pendingDocToken = null;
        while (next < tokens.size()) {
            CToken t = tokens.get(next++);
            if (guardClosed && t.kind() != Kind.COMMENT && t.kind() != Kind.DOC_COMMENT) {
                error(t, "'" + t.text().strip() + "' after the include guard's #endif");
                continue;
            }
            switch (t.kind()) {
                case COMMENT -> comment(t);
                case DOC_COMMENT -> {
                    pendingDoc = t.text();
                    pendingDocToken = t;
                }
                case DIRECTIVE -> {
                    // A kernel-doc comment right above a #define documents the macro, not the next struct.
                    if (pendingDoc != null && pendingDocToken.endLine() + 1 == t.line()) {
                        defineDoc = KernelDoc.plain(pendingDoc);
                        defineDocLine = pendingDocToken.endLine();
                    }
                    pendingDoc = null;
                    directive(t);
                }
                case IDENT -> {
                    if (t.is("struct")) {
                        struct(t, docFor(pendingDoc, pendingDocToken, "struct"));
                    } else if (t.is("enum")) {
                        enumeration(t, docFor(pendingDoc, pendingDocToken, "enum"));
                    } else {
                        error(t, "unsupported declaration starting with '" + t.text()
                                + "': the uAPI header may declare only structs, enums and macros");
                        skipDeclaration();
                    }
                    pendingDoc = null;
                }
                case ERROR -> error(t, "unexpected '" + t.text() + "'");
                default -> {
                    error(t, "unexpected '" + t.text() + "'");
                    skipDeclaration();
                }
            }
        }
        if (guard != null && !guardClosed) {
            diagnostics.add(Diagnostic.error(new Location(file, lastLine(), 1),
                    "the include guard " + guard + " is never closed by #endif"));
        }
        if (!diagnostics.isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        return new Result(Optional.of(new UapiHeader(headerDoc, constants, enums, structs, ioctls)), diagnostics);
    }

    private void comment(CToken t) {
        String text = KernelDoc.plain(t.text());
        if (text.startsWith("SPDX-License-Identifier")) {
            return;
        }
        if (guard == null && headerDoc.isEmpty() && constants.isEmpty()) {
            headerDoc = text;
            return;
        }
        defineDoc = text;
        defineDocLine = t.endLine();
    }

    /** The kernel-doc of the declaration at {@code t}, which must name what follows it. */
    private KernelDoc docFor(String body, CToken docToken, String kind) {
        if (body == null) {
            return KernelDoc.parse("");
        }
        KernelDoc doc = KernelDoc.parse(body);
        CToken name = peek();
        if (!doc.kind().isEmpty() && name != null && name.kind() == Kind.IDENT
                && (!doc.kind().equals(kind) || !doc.name().equals(name.text()))) {
            error(docToken, "kernel-doc describes " + doc.kind() + " " + doc.name() + " but documents " + kind
                    + " " + name.text());
        }
        return doc;
    }

    // ---- preprocessor

    private void directive(CToken t) {
        String body = t.text().strip();
        // Columns of the words count from the '#', so that diagnostics point into the line as written.
        List<CToken> words = CToken.lex(t.text(), t.line()).stream()
                .filter(w -> w.kind() != Kind.COMMENT && w.kind() != Kind.DOC_COMMENT)
                .map(w -> new CToken(w.kind(), w.text(), w.line(), w.column() + t.column(), w.endLine()))
                .toList();
        String what = words.isEmpty() ? "" : words.getFirst().text();
        switch (what) {
            case "include" -> include(t, body);
            case "ifndef" -> ifndef(t, words);
            case "endif" -> endif(t);
            case "define" -> {
                if (FUNCTION_MACRO.matcher(body).matches()) {
                    error(t, "function-like macro " + words.get(1).text() + " is not supported");
                } else if (words.size() < 2 || words.get(1).kind() != Kind.IDENT) {
                    error(t, "#define without a name");
                } else {
                    define(t, words.get(1).text(), words.subList(2, words.size()));
                }
            }
            default -> error(t, "unsupported preprocessor directive #" + what
                    + ": only the include guard, #include of linux/types.h or linux/ioctl.h and #define are");
        }
    }

    private void include(CToken t, String body) {
        Matcher m = INCLUDE.matcher(body);
        if (!m.matches() || !INCLUDES.contains(m.group(1))) {
            error(t, "#" + body + ": only <linux/types.h> and <linux/ioctl.h> may be included (the mirror "
                    + "cannot see what another header defines)");
        }
    }

    private void ifndef(CToken t, List<CToken> words) {
        if (guard != null || !constants.isEmpty() || !structs.isEmpty() || !enums.isEmpty() || words.size() != 2) {
            error(t, "conditional compilation is not supported (only the include guard #ifndef/#define/#endif)");
            return;
        }
        guard = words.get(1).text();
    }

    private void endif(CToken t) {
        if (guard == null || guardClosed) {
            error(t, "#endif without the include guard's #ifndef");
            return;
        }
        guardClosed = true;
    }

    private void define(CToken t, String name, List<CToken> value) {
        if (guard != null && !guardDefined) {
            if (!name.equals(guard) || !value.isEmpty()) {
                error(t, "the include guard #ifndef " + guard + " must be followed by #define " + guard);
            }
            guardDefined = true;
            return;
        }
        if (value.isEmpty()) {
            error(t, "macro " + name + " has no value");
            return;
        }
        if (!names.add(name)) {
            error(t, name + " is defined twice");
            return;
        }
        String doc = t.line() == defineDocLine + 1 ? defineDoc : "";
        defineDocLine = doc.isEmpty() ? -1 : t.endLine();
        String text = join(value);
        Optional<Direction> direction = Direction.byMacro(value.getFirst().text());
        if (direction.isPresent()) {
            ioctl(t, name, direction.get(), value, text);
            return;
        }
        Expression e = new Expression(value, t);
        Optional<Long> v = e.evaluate();
        if (v.isPresent()) {
            constants.add(new Constant(name, v.get(), text, doc, location(t)));
            values.put(name, v.get());
        }
    }

    private void ioctl(CToken t, String name, Direction direction, List<CToken> value, String text) {
        // _IOx ( type , nr [, struct s] )
        List<List<CToken>> args = arguments(t, value);
        if (args == null) {
            return;
        }
        int wanted = direction == Direction.NONE ? 2 : 3;
        if (args.size() != wanted) {
            error(t, direction.macro() + " takes " + wanted + " arguments, " + name + " gives " + args.size());
            return;
        }
        Optional<Long> type = new Expression(args.get(0), t).evaluate();
        Optional<Long> nr = new Expression(args.get(1), t).evaluate();
        if (type.isEmpty() || nr.isEmpty()) {
            return;
        }
        if (type.get() < 0 || type.get() > 0xff || nr.get() < 0 || nr.get() > 0xff) {
            error(t, name + ": the ioctl type and number must each fit 8 bits");
            return;
        }
        Optional<String> struct = Optional.empty();
        if (wanted == 3) {
            List<CToken> arg = args.get(2);
            if (arg.size() != 2 || !arg.get(0).is("struct") || arg.get(1).kind() != Kind.IDENT) {
                error(t, name + ": the argument of " + direction.macro() + " must be 'struct name'");
                return;
            }
            CStruct s = structsByName.get(arg.get(1).text());
            if (s == null && brokenStructs.contains(arg.get(1).text())) {
                return;
            }
            if (s == null) {
                error(t, name + ": struct " + arg.get(1).text() + " is not defined above it");
                return;
            }
            if (CLayout.of(s).size() >= 1 << 14) {
                error(t, name + ": struct " + s.name() + " is too large for the 14-bit ioctl size field");
                return;
            }
            struct = Optional.of(s.name());
        }
        ioctls.add(new Ioctl(name, direction, type.get(), nr.get(), struct, text, location(t)));
    }

    /** The comma-separated arguments of {@code MACRO(...)}, or null after a diagnostic. */
    private List<List<CToken>> arguments(CToken at, List<CToken> value) {
        if (value.size() < 3 || !value.get(1).is("(") || !value.getLast().is(")")) {
            error(at, "expected " + value.getFirst().text() + "(...)");
            return null;
        }
        List<List<CToken>> args = new ArrayList<>();
        List<CToken> current = new ArrayList<>();
        int depth = 0;
        for (CToken w : value.subList(2, value.size() - 1)) {
            if (w.is("(")) {
                depth++;
            } else if (w.is(")")) {
                depth--;
            }
            if (depth == 0 && w.is(",")) {
                args.add(current);
                current = new ArrayList<>();
            } else {
                current.add(w);
            }
        }
        args.add(current);
        return args;
    }

    // ---- declarations

    private void struct(CToken start, KernelDoc doc) {
        CToken name = take();
        if (name == null || name.kind() != Kind.IDENT) {
            error(start, "struct without a name");
            skipPast(";");
            return;
        }
        if (!expect("{", "a struct body: declarations of struct variables or incomplete structs are not "
                + "supported")) {
            skipPast(";");
            return;
        }
        List<Member> members = new ArrayList<>();
        int problems = diagnostics.size();
        while (peek() != null && !peek().is("}")) {
            member(doc).ifPresent(members::add);
        }
        take();
        expect(";", "';' after the struct");
        if (structsByName.containsKey(name.text())) {
            error(name, "struct " + name.text() + " is defined twice");
            return;
        }
        if (diagnostics.size() > problems) {
            brokenStructs.add(name.text());
            return;
        }
        if (members.isEmpty()) {
            error(name, "struct " + name.text() + " has no members");
            return;
        }
        CStruct struct = new CStruct(name.text(), doc.text(), members, location(start));
        structs.add(struct);
        structsByName.put(struct.name(), struct);
    }

    private Optional<Member> member(KernelDoc doc) {
        CToken type = take();
        Optional<CType> ctype = CType.bySpelling(type.text());
        if (type.is("struct") || type.is("union")) {
            error(type, "nested " + type.text() + "s are not supported in the uAPI mirror");
            skipPast(";");
            return Optional.empty();
        }
        if (type.kind() != Kind.IDENT || ctype.isEmpty()) {
            error(type, "member type '" + type.text() + "' is not one of __u8, __u16, __u32, __u64, "
                    + "__aligned_u64, char");
            skipPast(";");
            return Optional.empty();
        }
        CToken name = take();
        if (name != null && name.is("*")) {
            error(name, "pointer members are not supported: pass user pointers as __aligned_u64");
            skipPast(";");
            return Optional.empty();
        }
        if (name == null || name.kind() != Kind.IDENT) {
            error(type, "expected a member name after " + type.text());
            skipPast(";");
            return Optional.empty();
        }
        int count = 0;
        if (peek() != null && peek().is("[")) {
            CToken open = take();
            List<CToken> size = until("]");
            if (size.isEmpty()) {
                error(open, "flexible array member " + name.text() + " is not supported");
                skipPast(";");
                return Optional.empty();
            }
            Optional<Long> n = new Expression(size, open).evaluate();
            if (n.isEmpty()) {
                skipPast(";");
                return Optional.empty();
            }
            if (n.get() <= 0 || n.get() > Integer.MAX_VALUE) {
                error(open, "array " + name.text() + " needs a positive size, not " + n.get());
                skipPast(";");
                return Optional.empty();
            }
            count = n.get().intValue();
            if (peek() != null && peek().is("[")) {
                error(peek(), "multi-dimensional array " + name.text() + " is not supported");
                skipPast(";");
                return Optional.empty();
            }
        }
        if (peek() != null && peek().is(":")) {
            error(peek(), "bit-field " + name.text() + " is not supported");
            skipPast(";");
            return Optional.empty();
        }
        if (!expect(";", "';' after member " + name.text() + " (one member per declaration)")) {
            skipPast(";");
            return Optional.empty();
        }
        return Optional.of(new Member(name.text(), ctype.get(), count, doc.member(name.text()), location(type)));
    }

    private void enumeration(CToken start, KernelDoc doc) {
        CToken name = take();
        if (name == null || name.kind() != Kind.IDENT) {
            error(start, "anonymous enums are not supported: name the enum");
            skipPast(";");
            return;
        }
        if (!expect("{", "an enum body")) {
            skipPast(";");
            return;
        }
        List<Enumerator> enumerators = new ArrayList<>();
        while (peek() != null && !peek().is("}")) {
            CToken v = take();
            if (v.kind() != Kind.IDENT) {
                error(v, "expected an enumerator, found '" + v.text() + "'");
                skipPast("}");
                expect(";", "';' after the enum");
                return;
            }
            if (peek() == null || !peek().is("=")) {
                error(v, "enumerator " + v.text() + " has no explicit value");
                enumeratorValue();
                continue;
            }
            take();
            List<CToken> value = enumeratorValue();
            if (!names.add(v.text())) {
                error(v, v.text() + " is defined twice");
                continue;
            }
            new Expression(value, v).evaluate().ifPresent(n -> {
                enumerators.add(new Enumerator(v.text(), n, doc.member(v.text()), location(v)));
                values.put(v.text(), n);
            });
        }
        take();
        expect(";", "';' after the enum");
        enums.add(new CEnum(name.text(), doc.text(), enumerators, location(start)));
    }

    /** The tokens of one enumerator's value, and the comma after it. */
    private List<CToken> enumeratorValue() {
        List<CToken> value = new ArrayList<>();
        int depth = 0;
        while (peek() != null && !(depth == 0 && (peek().is(",") || peek().is("}")))) {
            CToken t = take();
            if (t.kind() == Kind.COMMENT || t.kind() == Kind.DOC_COMMENT) {
                continue;
            }
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            value.add(t);
        }
        if (peek() != null && peek().is(",")) {
            take();
        }
        return value;
    }

    // ---- tokens

    /** The next token that is not a comment, without consuming it. */
    private CToken peek() {
        while (next < tokens.size() && (tokens.get(next).kind() == Kind.COMMENT
                || tokens.get(next).kind() == Kind.DOC_COMMENT)) {
            next++;
        }
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private CToken take() {
        CToken t = peek();
        if (t != null) {
            next++;
        }
        return t;
    }

    private boolean expect(String text, String what) {
        CToken t = peek();
        if (t != null && t.is(text)) {
            next++;
            return true;
        }
        if (t == null) {
            diagnostics.add(Diagnostic.error(new Location(file, lastLine(), 1), "expected " + what
                    + " before the end of the file"));
        } else {
            error(t, "expected " + what + ", found '" + t.text() + "'");
        }
        return false;
    }

    /** Tokens up to (not including) {@code close}, which is consumed. */
    private List<CToken> until(String close) {
        List<CToken> out = new ArrayList<>();
        while (peek() != null && !peek().is(close)) {
            out.add(take());
        }
        take();
        return out;
    }

    /** Error recovery: drop tokens up to and including the next {@code text}, a directive ending the search. */
    private void skipPast(String text) {
        while (peek() != null && peek().kind() != Kind.DIRECTIVE) {
            if (take().is(text)) {
                return;
            }
        }
    }

    /** Error recovery at the top level: drop a whole declaration, braces and all, up to its ';'. */
    private void skipDeclaration() {
        int depth = 0;
        while (peek() != null && (depth > 0 || peek().kind() != Kind.DIRECTIVE)) {
            CToken t = take();
            if (t.is("{")) {
                depth++;
            } else if (t.is("}")) {
                depth--;
            } else if (t.is(";") && depth <= 0) {
                return;
            }
        }
    }

    private int lastLine() {
        return tokens.isEmpty() ? 1 : tokens.getLast().endLine();
    }

    private Location location(CToken t) {
        return new Location(file, t.line(), t.column());
    }

    private void error(CToken at, String message) {
        diagnostics.add(Diagnostic.error(location(at), message));
    }

    private static String join(List<CToken> tokens) {
        StringBuilder out = new StringBuilder();
        CToken previous = null;
        for (CToken t : tokens) {
            boolean call = t.is("(") && previous != null && previous.kind() == Kind.IDENT;
            if (previous != null && !previous.is("(") && !t.is(")") && !t.is(",") && !call) {
                out.append(' ');
            }
            out.append(t.text());
            previous = t;
        }
        return out.toString();
    }

    /**
     * An integer constant expression over numbers and earlier names, with C's binary operators at C's
     * precedence, unary minus and ~, and parentheses. Overflow of a 64-bit value is reported, not wrapped.
     */
    private final class Expression {
        private static final List<List<String>> LEVELS = List.of(List.of("|"), List.of("^"), List.of("&"),
                List.of("<<", ">>"), List.of("+", "-"), List.of("*", "/", "%"));

        private final List<CToken> tokens;
        private final CToken where;
        private int at;
        private boolean failed;

        Expression(List<CToken> tokens, CToken where) {
            this.tokens = tokens.stream().filter(t -> t.kind() != Kind.COMMENT && t.kind() != Kind.DOC_COMMENT)
                    .toList();
            this.where = where;
        }

        Optional<Long> evaluate() {
            if (tokens.isEmpty()) {
                return fail(where, "expected a value");
            }
            long v = binary(0);
            if (!failed && at < tokens.size()) {
                fail(tokens.get(at), "unexpected '" + tokens.get(at).text() + "' in a constant expression");
            }
            return failed ? Optional.empty() : Optional.of(v);
        }

        private long binary(int level) {
            if (level == LEVELS.size()) {
                return unary();
            }
            long left = binary(level + 1);
            while (!failed && at < tokens.size() && tokens.get(at).kind() == Kind.PUNCT
                    && LEVELS.get(level).contains(tokens.get(at).text())) {
                CToken op = tokens.get(at++);
                long right = binary(level + 1);
                if (failed) {
                    return 0;
                }
                left = apply(op, left, right);
            }
            return left;
        }

        private long apply(CToken op, long a, long b) {
            try {
                return switch (op.text()) {
                    case "|" -> a | b;
                    case "^" -> a ^ b;
                    case "&" -> a & b;
                    case "<<" -> {
                        if (b < 0 || b > 62 || Long.numberOfLeadingZeros(a) <= b) {
                            throw new ArithmeticException("shift out of range");
                        }
                        yield a << b;
                    }
                    case ">>" -> b < 0 || b > 63 ? fail(op, "shift out of range").orElse(0L) : a >> b;
                    case "+" -> Math.addExact(a, b);
                    case "-" -> Math.subtractExact(a, b);
                    case "*" -> Math.multiplyExact(a, b);
                    case "/" -> a / b;
                    case "%" -> a % b;
                    default -> throw new IllegalStateException(op.text());
                };
            } catch (ArithmeticException e) {
                fail(op, "'" + op.text() + "' overflows or divides by zero");
                return 0;
            }
        }

        private long unary() {
            CToken t = at < tokens.size() ? tokens.get(at++) : null;
            if (t == null) {
                fail(where, "the expression ends too early");
                return 0;
            }
            if (t.is("-")) {
                return -unary();
            }
            if (t.is("~")) {
                return ~unary();
            }
            if (t.is("(")) {
                long v = binary(0);
                if (!failed && (at >= tokens.size() || !tokens.get(at++).is(")"))) {
                    fail(t, "missing ')'");
                }
                return v;
            }
            return switch (t.kind()) {
                case NUMBER -> number(t);
                case IDENT -> {
                    Long v = values.get(t.text());
                    if (v == null) {
                        fail(t, t.text().equals("sizeof") ? "sizeof is not supported in a constant"
                                : "'" + t.text() + "' is not a number or a macro or enumerator defined above");
                        yield 0L;
                    }
                    yield v;
                }
                default -> {
                    fail(t, "unexpected '" + t.text() + "' in a constant expression");
                    yield 0L;
                }
            };
        }

        private long number(CToken t) {
            String digits = t.text().replaceFirst("(?i)(ull|llu|ul|lu|ll|u|l)$", "");
            try {
                if (digits.matches("(?i)0x[0-9a-f]+")) {
                    return Long.parseUnsignedLong(digits.substring(2), 16);
                }
                if (digits.matches("0[0-7]*")) {
                    return Long.parseLong(digits, 8);
                }
                if (digits.matches("[1-9][0-9]*")) {
                    return Long.parseLong(digits);
                }
            } catch (NumberFormatException e) {
                fail(t, "number " + t.text() + " does not fit 64 bits");
                return 0;
            }
            fail(t, "'" + t.text() + "' is not an integer constant");
            return 0;
        }

        private Optional<Long> fail(CToken t, String message) {
            if (!failed) {
                failed = true;
                error(t.line() == where.line() && t != where ? t : where, message);
            }
            return Optional.empty();
        }
    }
}
