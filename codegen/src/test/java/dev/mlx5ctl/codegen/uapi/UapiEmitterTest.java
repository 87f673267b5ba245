package dev.mlx5ctl.codegen.uapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.schema.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UapiEmitterTest {

    /** The repository's real uAPI header (Maven sets mlx5ctl.root; a run from codegen/ finds it one level up). */
    private static final Path REAL_HEADER = Path.of(System.getProperty("mlx5ctl.root", ".."))
            .resolve("kmod/include/uapi/misc/mlx5ctl.h");

    private static final String MIRROR = "dev/mlx5ctl/uapi/Mlx5ctlUapi.java";

    @Test
    void mirrorsTheRealHeaderWithoutDiagnostics(@TempDir Path out) throws IOException {
        assertEquals(List.of(), UapiEmitter.emit(REAL_HEADER, out));
        assertTrue(Files.exists(out.resolve(MIRROR)));
    }

    @Test
    void writesNothingWhenTheHeaderHasProblems(@TempDir Path dir) throws IOException {
        Path header = dir.resolve("bad.h");
        Files.writeString(header, HeaderParserTest.GOOD.replace("__u8 flag;", "int flag;"));
        Path out = dir.resolve("out");
        List<Diagnostic> problems = UapiEmitter.emit(header, out);
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().format().startsWith(header + ":42:"), problems.getFirst().format());
        assertFalse(Files.exists(out));
        assertEquals(problems, UapiEmitter.emitAgreement(header, dir.resolve("agree.c")));
        assertFalse(Files.exists(dir.resolve("agree.c")));
    }

    @Test
    void sameHeaderGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        UapiEmitter.emit(REAL_HEADER, first);
        UapiEmitter.emit(REAL_HEADER, second);
        assertArrayEquals(Files.readAllBytes(first.resolve(MIRROR)), Files.readAllBytes(second.resolve(MIRROR)));
    }

    /**
     * Compiles the mirror of the demo header and asks java.lang.foreign where its layouts put each member: FFM
     * checks every member's alignment itself, so padding the emitter got wrong fails here.
     */
    @Test
    void mirrorLayoutsAgreeWithTheirOffsetConstants(@TempDir Path dir) throws Exception {
        Class<?> mirror = compileMirror(dir, HeaderParserTest.GOOD);
        Class<?> rpc = nested(mirror, "DemoRpc");
        StructLayout layout = (StructLayout) rpc.getField("LAYOUT").get(null);
        assertEquals(layout.byteSize(), rpc.getField("SIZEOF").getLong(null));
        assertEquals(layout.byteAlignment(), rpc.getField("ALIGNOF").getLong(null));
        for (String member : List.of("size", "flag", "in", "name")) {
            String upper = member.toUpperCase(Locale.ROOT);
            assertEquals(layout.byteOffset(MemoryLayout.PathElement.groupElement(member)),
                    rpc.getField(upper + "_OFFSET").getLong(null), member);
            assertEquals(layout.select(MemoryLayout.PathElement.groupElement(member)).byteSize(),
                    rpc.getField(upper + "_SIZE").getLong(null), member);
        }
        // __u32, __u8, 3 bytes of padding, __aligned_u64 at 8, char[16] at 16: 32 bytes, aligned to 8.
        assertEquals(32, layout.byteSize());
        assertEquals(8, rpc.getField("IN_OFFSET").getLong(null));
    }

    @Test
    void mirrorHoldsConstantsEnumeratorsAndIoctlNumbers(@TempDir Path dir) throws Exception {
        Class<?> mirror = compileMirror(dir, HeaderParserTest.GOOD);
        assertEquals(0x5c, mirror.getField("DEMO_MAGIC").getInt(null));
        assertEquals(512 * 512, mirror.getField("DEMO_MAX").getInt(null));
        assertEquals(3, mirror.getField("DEMO_HIGH").getInt(null));
        // _IOWR(0x5c, 1, 32-byte struct)
        assertEquals(3L << 30 | 32L << 16 | 0x5cL << 8 | 1, mirror.getField("DEMO_IOCTL_RPC").getLong(null));
        assertEquals(0x5c02L, mirror.getField("DEMO_IOCTL_PING").getLong(null));
    }

    @Test
    void mirrorOfTheRealHeaderKeepsTheV4Abi(@TempDir Path dir) throws Exception {
        Class<?> mirror = compileMirror(dir, Files.readString(REAL_HEADER));
        // The numbers mlx5ctl V4's published uAPI fixes: its binary compatibility is the point.
        assertEquals(0x80105c00L, mirror.getField("MLX5CTL_IOCTL_INFO").getLong(null));
        assertEquals(0xc0185c01L, mirror.getField("MLX5CTL_IOCTL_CMDRPC").getLong(null));
        assertEquals(16L, nested(mirror, "Info").getField("SIZEOF").getLong(null));
        assertEquals(24L, nested(mirror, "Cmdrpc").getField("SIZEOF").getLong(null));
        assertEquals(16L, nested(mirror, "Cmdrpc").getField("INLEN_OFFSET").getLong(null));
        for (Class<?> struct : mirror.getClasses()) {
            StructLayout layout = (StructLayout) struct.getField("LAYOUT").get(null);
            assertEquals(layout.byteSize(), struct.getField("SIZEOF").getLong(null), struct.getName());
        }
    }

    @Test
    void agreementAssertsEveryNumberOfTheMirror(@TempDir Path dir) throws IOException {
        Path header = dir.resolve("demo.h");
        Files.writeString(header, HeaderParserTest.GOOD);
        Path agree = dir.resolve("agree.c");
        assertEquals(List.of(), UapiEmitter.emitAgreement(header, agree));
        String c = Files.readString(agree);
        assertTrue(c.startsWith("// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0\n"));
        assertTrue(c.contains("do not edit"));
        assertTrue(c.contains("AGREE(DEMO_MAX, 262144);\n"));
        assertTrue(c.contains("AGREE(DEMO_HIGH, 3);\n"));
        assertTrue(c.contains("AGREE(sizeof(struct demo_rpc), 32);\n"));
        assertTrue(c.contains("AGREE(_Alignof(struct demo_rpc), 8);\n"));
        assertTrue(c.contains("AGREE(offsetof(struct demo_rpc, in), 8);\n"));
        assertTrue(c.contains("AGREE(MEMBER_SIZE(struct demo_rpc, name), 16);\n"));
        assertTrue(c.contains("AGREE(DEMO_IOCTL_RPC, 0xc0205c01UL);\n"));
        assertEquals(4, Stream.of(c.split("\n")).filter(l -> l.startsWith("AGREE(offsetof")).count());
    }

    @Test
    void eachHeaderGetsItsOwnMirrorNamedByItsPlaceBelowUapi() {
        assertEquals(new JavaMirror.Names("Mlx5ctlUapi", "mlx5ctl_", "misc/mlx5ctl.h"),
                JavaMirror.Names.of(Path.of("kmod/include/uapi/misc/mlx5ctl.h")));
        assertEquals(new JavaMirror.Names("FwctlUapi", "fwctl_", "fwctl/fwctl.h"),
                JavaMirror.Names.of(Path.of("kmod/include/uapi/fwctl/fwctl.h")));
        assertEquals(new JavaMirror.Names("FwctlMlx5Uapi", "fwctl_", "fwctl/mlx5.h"),
                JavaMirror.Names.of(Path.of("/x/kmod/include/uapi/fwctl/mlx5.h")));
        assertEquals("InfoMlx5", JavaMirror.className("fwctl_info_mlx5", "fwctl_"));
        assertEquals("UmemReg", JavaMirror.className("mlx5ctl_umem_reg", "mlx5ctl_"));
    }

    @Test
    void bannersNameTheHeaderFromKmodOnWhateverThePathGiven() {
        assertEquals("kmod/include/uapi/misc/mlx5ctl.h",
                UapiEmitter.displayName(Path.of("/work/x/kmod/include/uapi/misc/mlx5ctl.h")));
        assertEquals("kmod/include/uapi/misc/mlx5ctl.h",
                UapiEmitter.displayName(Path.of("tools/../kmod/include/uapi/misc/mlx5ctl.h")));
        assertEquals("elsewhere/h.h", UapiEmitter.displayName(Path.of("elsewhere/h.h")));
    }

    /** Writes the header, emits its mirror, compiles it with -Werror and loads it. */
    private static Class<?> compileMirror(Path dir, String headerText) throws Exception {
        Path header = dir.resolve("misc/mlx5ctl.h");
        Files.createDirectories(header.getParent());
        Files.writeString(header, headerText);
        Path src = dir.resolve("src");
        assertEquals(List.of(), UapiEmitter.emit(header, src));
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, null, null,
                List.of("-Xlint:all", "-Xdoclint:all/protected", "-Werror", "-d", classes.toString()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(src.resolve(MIRROR)))
                .call();
        assertTrue(ok, log.toString());
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                UapiEmitterTest.class.getClassLoader());
        return loader.loadClass("dev.mlx5ctl.uapi.Mlx5ctlUapi");
    }

    private static Class<?> nested(Class<?> mirror, String simpleName) {
        for (Class<?> c : mirror.getClasses()) {
            if (c.getSimpleName().equals(simpleName)) {
                return c;
            }
        }
        throw new AssertionError("no nested class " + simpleName);
    }
}
