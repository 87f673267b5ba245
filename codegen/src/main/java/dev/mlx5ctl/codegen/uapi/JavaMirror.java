package dev.mlx5ctl.codegen.uapi;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mlx5ctl.codegen.uapi.UapiHeader.CEnum;
import dev.mlx5ctl.codegen.uapi.UapiHeader.CStruct;
import dev.mlx5ctl.codegen.uapi.UapiHeader.CType;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Constant;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Enumerator;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Ioctl;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders the Java mirror of one uAPI header ({@code dev.mlx5ctl.uapi.Mlx5ctlUapi} of misc/mlx5ctl.h,
 * {@code FwctlUapi} of fwctl/fwctl.h, {@code FwctlMlx5Uapi} of fwctl/mlx5.h): the header's macros, enumerators and ioctl request numbers as
 * constants under their C names, and one nested class per struct holding its java.lang.foreign layout (padding
 * explicit, as C places it) with the offset and size of every member.
 */
final class JavaMirror {

    static final String PACKAGE = "dev.mlx5ctl.uapi";

    private static final Modifier[] CONSTANT = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};

    private final UapiHeader header;
    private final Names names;
    private final Set<String> classNames = new HashSet<>();

    /**
     * How a header's mirror is named, from the header's place below include/uapi: {@code misc/mlx5ctl.h} gives
     * class Mlx5ctlUapi and drops {@code mlx5ctl_} from struct names; {@code fwctl/mlx5.h} gives FwctlMlx5Uapi
     * and drops {@code fwctl_}.
     *
     * @param className   the mirror class
     * @param structPrefix what every struct name of the header begins with, which the outer class already says
     * @param include     the header as C includes it with include/uapi on the path
     */
    record Names(String className, String structPrefix, String include) {

        static Names of(java.nio.file.Path header) {
            String file = header.getFileName().toString().replaceFirst("\\.h$", "");
            java.nio.file.Path parent = header.toAbsolutePath().normalize().getParent();
            String dir = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
            boolean own = dir.isEmpty() || dir.equals("misc") || dir.equals(file);
            String words = own ? file : dir + "_" + file;
            String prefix = (own ? file : dir) + "_";
            return new Names(camel(words) + "Uapi", prefix, dir.isEmpty() ? file + ".h" : dir + "/" + file + ".h");
        }
    }

    private JavaMirror(UapiHeader header, Names names) {
        this.header = header;
        this.names = names;
    }

    static JavaFile render(UapiHeader header, Names names, String headerSource) {
        return new JavaMirror(header, names).file(headerSource);
    }

    private JavaFile file(String headerSource) {
        TypeSpec.Builder type = TypeSpec.classBuilder(names.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", javadoc(header.doc() + "\n\nThe Java mirror of {@code " + headerSource
                        + "}: its constants under their C names, the ioctl request numbers as x86-64 Linux encodes "
                        + "them, and one nested class per struct with its memory layout and the offset and size of "
                        + "every member."))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Constant c : header.constants()) {
            type.addField(constant(c));
        }
        for (CEnum e : header.enums()) {
            for (Enumerator v : e.values()) {
                type.addField(enumerator(e, v));
            }
        }
        for (Ioctl i : header.ioctls()) {
            type.addField(ioctl(i));
        }
        for (CStruct s : header.structs()) {
            type.addType(struct(s));
        }
        return JavaFile.builder(PACKAGE, type.build())
                .addFileComment("Generated from $L by mlx5ctl codegen; do not edit.\n", headerSource)
                .addFileComment("Regenerate: make java (the runtime library's build runs codegen generate "
                        + "--uapi-header).")
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static FieldSpec constant(Constant c) {
        String doc = c.doc().isEmpty() ? "" : javadoc(c.doc()) + "<p>";
        return number(c.name(), c.value(), c.expression())
                .addJavadoc("$LC: {@code #define $L $L}\n", doc, c.name(), code(c.expression()))
                .build();
    }

    private static FieldSpec enumerator(CEnum e, Enumerator v) {
        String doc = v.doc().isEmpty() ? "" : javadoc(v.doc()) + "<p>";
        return number(v.name(), v.value(), Long.toString(v.value()))
                .addJavadoc("$LA value of C's {@code enum $L}.\n", doc, e.name())
                .build();
    }

    /** An int where the value fits one (what C code compares it with), else a long. */
    private static FieldSpec.Builder number(String name, long value, String written) {
        boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        // Keep a plain literal as the header writes it (0x5c stays hex); computed values are written out.
        String literal = written.matches("0[xX][0-9a-fA-F]+|[0-9]+") && fitsInt ? written
                : fitsInt ? Long.toString(value) : value + "L";
        return FieldSpec.builder(fitsInt ? TypeName.INT : TypeName.LONG, name, CONSTANT).initializer("$L", literal);
    }

    private FieldSpec ioctl(Ioctl i) {
        long size = i.struct().map(s -> CLayout.of(header.struct(s).orElseThrow()).size()).orElse(0L);
        String argument = i.struct().map(s -> " Its argument is {@link " + className(s, names.structPrefix()) + "}.")
                .orElse("");
        return FieldSpec.builder(TypeName.LONG, i.name(), CONSTANT)
                .initializer("0x$LL", Long.toHexString(i.request(size)))
                .addJavadoc("$L", wrap("The ioctl request number {@code " + code(i.macro()) + "}." + argument))
                .build();
    }

    private TypeSpec struct(CStruct s) {
        CLayout layout = CLayout.of(s);
        String name = className(s.name(), names.structPrefix());
        if (!classNames.add(name)) {
            throw new IllegalArgumentException("two structs both become the Java class " + name);
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", s.doc().isEmpty() ? "" : javadoc(s.doc()) + "<p>")
                .addJavadoc("C's {@code struct $L}: $L bytes, aligned to $L.\n", s.name(), layout.size(),
                        layout.alignment())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addField(FieldSpec.builder(StructLayout.class, "LAYOUT", CONSTANT)
                .addJavadoc("The members in memory order, with C's padding spelled out.\n")
                .initializer(layoutInitializer(layout))
                .build());
        type.addField(FieldSpec.builder(TypeName.LONG, "SIZEOF", CONSTANT)
                .addJavadoc("{@code sizeof(struct $L)}.\n", s.name())
                .initializer("$L", layout.size())
                .build());
        type.addField(FieldSpec.builder(TypeName.LONG, "ALIGNOF", CONSTANT)
                .addJavadoc("{@code _Alignof(struct $L)}.\n", s.name())
                .initializer("$L", layout.alignment())
                .build());
        for (CLayout.Placed p : layout.members()) {
            var m = p.member();
            String upper = m.name().toUpperCase(Locale.ROOT);
            String declared = m.type().spelling() + " " + m.name() + (m.isArray() ? "[" + m.count() + "]" : "");
            String doc = m.doc().isEmpty() ? "" : javadoc(m.doc()) + "<p>";
            type.addField(FieldSpec.builder(TypeName.LONG, upper + "_OFFSET", CONSTANT)
                    .addJavadoc("$LByte offset of {@code $L}.\n", doc, declared)
                    .initializer("$L", p.offset())
                    .build());
            type.addField(FieldSpec.builder(TypeName.LONG, upper + "_SIZE", CONSTANT)
                    .addJavadoc("Bytes of {@code $L}.\n", declared)
                    .initializer("$L", p.size())
                    .build());
        }
        return type.build();
    }

    private static CodeBlock layoutInitializer(CLayout layout) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.structLayout(\n", MemoryLayout.class).indent().indent();
        for (int i = 0; i < layout.slots().size(); i++) {
            switch (layout.slots().get(i)) {
                case CLayout.Padding p -> code.add("$T.paddingLayout($L)", MemoryLayout.class, p.size());
                case CLayout.Placed p -> {
                    var m = p.member();
                    if (m.isArray()) {
                        code.add("$T.sequenceLayout($L, $T.$L).withName($S)", MemoryLayout.class, m.count(),
                                ValueLayout.class, valueLayout(m.type()), m.name());
                    } else {
                        code.add("$T.$L.withName($S)", ValueLayout.class, valueLayout(m.type()), m.name());
                    }
                }
            }
            code.add(i + 1 < layout.slots().size() ? ",\n" : ")");
        }
        return code.unindent().unindent().add(".withName($S)", layout.struct().name()).build();
    }

    /** x86-64: the Java value layouts have the C types' sizes and alignments, in native byte order. */
    private static String valueLayout(CType type) {
        return switch (type) {
            case U8, CHAR -> "JAVA_BYTE";
            case U16 -> "JAVA_SHORT";
            case U32 -> "JAVA_INT";
            case U64, ALIGNED_U64 -> "JAVA_LONG";
        };
    }

    /** {@code mlx5ctl_umem_reg} becomes {@code UmemReg} (prefix {@code mlx5ctl_}): the outer class says mlx5ctl. */
    static String className(String struct, String prefix) {
        return camel(struct.startsWith(prefix) ? struct.substring(prefix.length()) : struct);
    }

    private static String camel(String base) {
        StringBuilder out = new StringBuilder();
        for (String part : base.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** Javadoc lines stay readable beside the code; the comment's own indent comes on top. */
    private static final int JAVADOC_COLUMNS = 100;

    /**
     * Kernel-doc text as javadoc: its markup ({@code @member}, {@code %CONSTANT}, {@code &struct name}) as code
     * spans, the rest HTML-escaped, a full stop closing the summary, paragraphs as {@code <p>}, lines wrapped.
     */
    static String javadoc(String text) {
        String marked = text.strip()
                .replaceAll("&(struct|enum) (\\w+)", "{@code $1 $2}")
                .replaceAll("(?<![\\w{])[@%](\\w+)", "{@code $1}");
        String escaped = marked.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replaceAll("(?<!\\{)@", "&#64;");
        if (!escaped.isEmpty() && ".!?:".indexOf(escaped.charAt(escaped.length() - 1)) < 0) {
            escaped += ".";
        }
        return wrap(escaped);
    }

    /** Javadoc text wrapped to {@link #JAVADOC_COLUMNS}, paragraphs (blank-line separated) as {@code <p>}. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\n\n")) {
            StringBuilder line = new StringBuilder(out.isEmpty() ? "" : "<p>");
            boolean lineHasWord = false;
            for (String word : paragraph.strip().split("\\s+")) {
                if (lineHasWord && line.length() + 1 + word.length() > JAVADOC_COLUMNS) {
                    out.append(line).append('\n');
                    line.setLength(0);
                    lineHasWord = false;
                }
                line.append(lineHasWord ? " " : "").append(word);
                lineHasWord = true;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** Text for a {@code {@code ...}} span, which javadoc shows literally: only a comment end must go. */
    private static String code(String text) {
        return text.replace("*/", "*&#47;");
    }
}
