package dev.mlx5ctl.codegen.uapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.codegen.uapi.UapiHeader.CType;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Direction;
import dev.mlx5ctl.schema.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeaderParserTest {

    /** A header using every construct the parser accepts. */
    static final String GOOD = """
            /* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
            /*
             * demo: a small uAPI.
             */
            #ifndef _UAPI_DEMO_H
            #define _UAPI_DEMO_H

            #include <linux/types.h>
            #include <linux/ioctl.h>

            #define DEMO_MAGIC 0x5c
            /* Limits of a mailbox. */
            #define DEMO_MIN 16
            #define DEMO_MAX (512 * 512)
            #define DEMO_MASK ((1 << 4) - 1 | 0x100)  /* trailing comment */
            #define DEMO_LONG \\
            	(DEMO_MAX + DEMO_MIN)

            /**
             * enum demo_scope - How much an RPC may do
             * @DEMO_LOW: The least
             * @DEMO_HIGH: The most; needs
             *	privileges
             */
            enum demo_scope {
            	DEMO_LOW = 0,
            	DEMO_HIGH = DEMO_LOW + 3,
            };

            /**
             * struct demo_rpc - One command
             * @size: Bytes user space knows
             * @flag: A byte
             * @in: User pointer to @size bytes
             * @name: A name
             *
             * Longer text, which
             * spans lines.
             */
            struct demo_rpc {
            	__u32 size;
            	__u8 flag;
            	__aligned_u64 in;
            	char name[DEMO_MIN];
            };

            #define DEMO_IOCTL_RPC _IOWR(DEMO_MAGIC, 0x1, struct demo_rpc)
            #define DEMO_IOCTL_PING _IO(DEMO_MAGIC, 2)

            #endif /* _UAPI_DEMO_H */
            """;

    private static HeaderParser.Result parse(String text) {
        return HeaderParser.parse("demo.h", text);
    }

    @Test
    void readsConstantsEvaluatingTheirArithmetic() {
        UapiHeader h = parse(GOOD).header().orElseThrow();
        assertEquals(List.of("DEMO_MAGIC", "DEMO_MIN", "DEMO_MAX", "DEMO_MASK", "DEMO_LONG"),
                h.constants().stream().map(UapiHeader.Constant::name).toList());
        assertEquals(List.of(0x5cL, 16L, 512L * 512, (1L << 4) - 1 | 0x100, 512L * 512 + 16),
                h.constants().stream().map(UapiHeader.Constant::value).toList());
        assertEquals("(512 * 512)", h.constants().get(2).expression());
    }

    @Test
    void documentsARunOfDefinesByTheCommentAboveIt() {
        UapiHeader h = parse(GOOD).header().orElseThrow();
        assertEquals("", h.constants().get(0).doc());
        assertEquals("Limits of a mailbox.", h.constants().get(1).doc());
        assertEquals("Limits of a mailbox.", h.constants().get(3).doc());
        assertEquals("demo: a small uAPI.", h.doc());
    }

    @Test
    void givesADocCommentAboveADefineToTheDefineNotTheNextStruct() {
        // The struct below keeps only a plain comment, which documents nothing.
        String text = GOOD.replace("/**\n * struct demo_rpc - One command",
                "/** The version. */\n#define DEMO_VERSION 2\n\n/*\n * struct demo_rpc - One command");
        UapiHeader h = parse(text).header().orElseThrow();
        assertEquals("The version.", h.constants().getLast().doc());
        assertEquals("", h.structs().getFirst().doc());
    }

    @Test
    void readsEnumsWithKernelDocPerValue() {
        UapiHeader.CEnum e = parse(GOOD).header().orElseThrow().enums().getFirst();
        assertEquals("demo_scope", e.name());
        assertEquals("How much an RPC may do", e.doc());
        assertEquals(3L, e.values().get(1).value());
        assertEquals("The most; needs privileges", e.values().get(1).doc());
    }

    @Test
    void readsStructsWithTypesArraysAndKernelDoc() {
        UapiHeader.CStruct s = parse(GOOD).header().orElseThrow().structs().getFirst();
        assertEquals("demo_rpc", s.name());
        assertEquals("One command\n\nLonger text, which spans lines.", s.doc());
        assertEquals(List.of(CType.U32, CType.U8, CType.ALIGNED_U64, CType.CHAR),
                s.members().stream().map(UapiHeader.Member::type).toList());
        assertEquals(16, s.members().get(3).count());
        assertEquals("User pointer to @size bytes", s.members().get(2).doc());
        assertEquals(43, s.members().get(2).location().line());
    }

    @Test
    void readsIoctlDefinitions() {
        List<UapiHeader.Ioctl> ioctls = parse(GOOD).header().orElseThrow().ioctls();
        assertEquals(Direction.READ_WRITE, ioctls.get(0).direction());
        assertEquals(Optional.of("demo_rpc"), ioctls.get(0).struct());
        assertEquals(0x5c, ioctls.get(0).type());
        assertEquals(1, ioctls.get(0).nr());
        assertEquals("_IOWR(DEMO_MAGIC, 0x1, struct demo_rpc)", ioctls.get(0).macro());
        assertEquals(Direction.NONE, ioctls.get(1).direction());
        assertEquals(Optional.empty(), ioctls.get(1).struct());
    }

    @Test
    void goodHeaderHasNoDiagnostics() {
        assertEquals(List.of(), parse(GOOD).diagnostics());
    }

    /** Each case: a line to put into the good header's body, and a fragment of the one message it must cause. */
    static Stream<Arguments> unsupported() {
        return Stream.of(
                Arguments.of("#if DEMO_MIN > 1", "unsupported preprocessor directive #if"),
                Arguments.of("#ifdef DEMO_MIN", "unsupported preprocessor directive #ifdef"),
                Arguments.of("#ifndef OTHER", "conditional compilation is not supported"),
                Arguments.of("#undef DEMO_MIN", "unsupported preprocessor directive #undef"),
                Arguments.of("#include <linux/kernel.h>", "only <linux/types.h> and <linux/ioctl.h>"),
                Arguments.of("#include \"local.h\"", "only <linux/types.h> and <linux/ioctl.h>"),
                Arguments.of("#define TWICE(x) ((x) * 2)", "function-like macro TWICE"),
                Arguments.of("#define EMPTY", "macro EMPTY has no value"),
                Arguments.of("#define DEMO_MIN 17", "DEMO_MIN is defined twice"),
                Arguments.of("#define BAD (UNKNOWN + 1)", "'UNKNOWN' is not a number"),
                Arguments.of("#define SZ sizeof(struct demo_rpc)", "sizeof is not supported"),
                Arguments.of("#define BIG (0x7fffffffffffffff * 2)", "overflows"),
                Arguments.of("#define STR \"text\"", "unexpected '\"'"),
                Arguments.of("#define IOC _IOR(DEMO_MAGIC, 3, struct missing)", "struct missing is not defined"),
                Arguments.of("#define IOC _IOR(DEMO_MAGIC, 3)", "_IOR takes 3 arguments"),
                Arguments.of("#define IOC _IOW(DEMO_MAGIC, 0x100, struct demo_rpc)", "must each fit 8 bits"),
                Arguments.of("#define IOC _IOW(DEMO_MAGIC, 4, __u32)", "must be 'struct name'"),
                Arguments.of("typedef __u32 demo_t;", "unsupported declaration starting with 'typedef'"),
                Arguments.of("union u { __u32 a; };", "unsupported declaration starting with 'union'"),
                Arguments.of("struct s { struct demo_rpc inner; };", "nested structs are not supported"),
                Arguments.of("struct s { __u64 *p; };", "pointer members are not supported"),
                Arguments.of("struct s { __u32 a : 3; };", "bit-field a is not supported"),
                Arguments.of("struct s { __u32 n; __u8 data[]; };", "flexible array member data"),
                Arguments.of("struct s { __u32 n; __u8 data[0]; };", "needs a positive size"),
                Arguments.of("struct s { __u8 m[2][3]; };", "multi-dimensional array m"),
                Arguments.of("struct s { int a; };", "member type 'int' is not one of"),
                Arguments.of("struct s { unsigned long a; };", "member type 'unsigned' is not one of"),
                Arguments.of("struct s { __u32 a, b; };", "one member per declaration"),
                Arguments.of("struct s;", "expected a struct body"),
                Arguments.of("struct s { };", "struct s has no members"),
                Arguments.of("struct demo_rpc { __u32 a; };", "struct demo_rpc is defined twice"),
                Arguments.of("enum e { A, B = 1 };", "enumerator A has no explicit value"),
                Arguments.of("enum { A = 1 };", "anonymous enums are not supported"),
                Arguments.of("enum e { DEMO_LOW = 1 };", "DEMO_LOW is defined twice"),
                Arguments.of("static const int x = 1;", "unsupported declaration starting with 'static'"),
                Arguments.of("/** struct other - Misnamed */ struct s { __u32 a; };",
                        "kernel-doc describes struct other but documents struct s"),
                Arguments.of("@", "unexpected '@'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void reportsAnUnsupportedConstructWithItsLine(String line, String message) {
        // Put the line just before the #endif, so the rest of the header stays good.
        String text = GOOD.replace("#endif /* _UAPI_DEMO_H */", line + "\n#endif /* _UAPI_DEMO_H */");
        int expectedLine = (int) text.substring(0, text.lastIndexOf(line + "\n#endif")).lines().count() + 1;
        HeaderParser.Result result = parse(text);
        assertTrue(result.header().isEmpty(), "a header with a diagnostic gives no model");
        assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
        Diagnostic d = result.diagnostics().getFirst();
        assertTrue(d.message().contains(message), d.format());
        assertEquals("demo.h", d.location().file());
        assertEquals(expectedLine, d.location().line(), d.format());
    }

    @Test
    void reportsTheColumnOfAnUnknownNameInsideADefine() {
        String text = GOOD.replace("#define DEMO_MIN 16", "#define DEMO_MIN (2 + NOPE)");
        Diagnostic d = parse(text).diagnostics().getFirst();
        assertEquals(13, d.location().line());
        assertEquals("#define DEMO_MIN (2 + ".length() + 1, d.location().column(), d.format());
    }

    @Test
    void reportsAnIncludeGuardLeftOpen() {
        String text = GOOD.replace("#endif /* _UAPI_DEMO_H */", "");
        Diagnostic d = parse(text).diagnostics().getFirst();
        assertTrue(d.message().contains("never closed"), d.format());
    }

    @Test
    void reportsAGuardNotDefinedRightAfterItsIfndef() {
        String text = GOOD.replace("#define _UAPI_DEMO_H", "#define _UAPI_OTHER_H");
        Diagnostic d = parse(text).diagnostics().getFirst();
        assertTrue(d.message().contains("must be followed by #define _UAPI_DEMO_H"), d.format());
        assertEquals(6, d.location().line());
    }

    @Test
    void reportsDeclarationsAfterTheGuard() {
        String text = GOOD + "#define LATE 1\n";
        Diagnostic d = parse(text).diagnostics().getFirst();
        assertTrue(d.message().contains("after the include guard"), d.format());
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        String text = GOOD.replace("#endif /* _UAPI_DEMO_H */",
                "#define F(x) x\nstruct s { int a; };\n#endif /* _UAPI_DEMO_H */");
        assertEquals(2, parse(text).diagnostics().size(), () -> parse(text).diagnostics().toString());
    }
}
