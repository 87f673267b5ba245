package dev.mlx5ctl.codegen.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the bindings of {@link DemoSchema}, compiles them in memory with the runtime, and checks what the
 * generated classes do. Reflection is the test's way in, since the classes do not exist when this test compiles.
 */
class JavaEmitterTest {

    private static final String PKG = "dev.mlx5ctl.prm.";
    private static List<JavaFile> files;
    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws IOException {
        files = JavaEmitter.files(DemoSchema.schema(), "/somewhere/checkout/schema/demo");
        loader = InMemoryCompiler.compile(files);
    }

    // ---- reflection helpers --------------------------------------------------------------------------------------

    private static Class<?> type(String simpleName) {
        try {
            return Class.forName(PKG + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + simpleName, e);
        }
    }

    /** Calls the public method of that name whose parameters accept {@code args} (static if target is a Class). */
    private static Object call(Object target, String name, Object... args) {
        Class<?> cls = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : cls.getMethods()) {
            if (m.getName().equals(name) && accepts(m.getParameterTypes(), args)) {
                try {
                    return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + cls.getSimpleName() + "." + name + Arrays.toString(args));
    }

    private static boolean accepts(Class<?>[] params, Object[] args) {
        if (params.length != args.length) {
            return false;
        }
        for (int i = 0; i < params.length; i++) {
            Class<?> p = params[i];
            Class<?> boxed = p == int.class ? Integer.class : p == long.class ? Long.class : p;
            if (args[i] != null && !boxed.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object constant(String simpleName, String field) {
        try {
            return type(simpleName).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object enumConstant(String enumName, String constant) {
        return Arrays.stream(type(enumName).getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(constant))
                .findFirst().orElseThrow();
    }

    private static byte[] bytes(Object view) {
        return ((MemorySegment) call(view, "segment")).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    private static Object wrap(String layoutClass, byte[] bytes) {
        return call(type(layoutClass), "wrap", MemorySegment.ofArray(bytes));
    }

    // ---- files ---------------------------------------------------------------------------------------------------

    @Test
    void writesOneFilePerLayoutEnumAndCommandPlusTheRegistry() {
        Set<String> names = files.stream().map(f -> f.typeSpec().name()).collect(Collectors.toSet());
        assertEquals(Set.of("Inner", "Lane", "DemoOpMod", "DemoUnion", "DemoIn", "DemoOut", "PortAdminStatus",
                "UctxCap", "CmdStatus", "Speed", "Demo", "Prm"), names);
    }

    @Test
    void bannerNamesTheSchemaFileAndHowToRegenerate() {
        String source = files.stream().filter(f -> f.typeSpec().name().equals("DemoIn")).findFirst().orElseThrow()
                .toString();
        assertTrue(source.startsWith("// Generated by mlx5ctl codegen; do not edit.\n"
                + "// Source: schema/demo/demo.yaml (layout demo_in)\n"
                + "// Regenerate: make (or ./mvnw generate-sources)\n"), source.lines().limit(3).toList()::toString);
        assertTrue(source.contains("Input of DEMO; doc with &lt;angles&gt; &amp; an &#64;sign."), "escaped javadoc");
        assertTrue(source.contains("{@code demo_in}"), "schema name in the javadoc");
        assertFalse(source.contains("reflect"), "no reflection in generated code");
    }

    @Test
    void writesFilesBelowThePackageDirectory(@TempDir Path out) throws IOException {
        JavaEmitter.emit(DemoSchema.schema(), "schema/demo", out);
        assertTrue(Files.isRegularFile(out.resolve("dev/mlx5ctl/prm/DemoIn.java")));
        assertTrue(Files.isRegularFile(out.resolve("dev/mlx5ctl/prm/Prm.java")));
        String packageInfo = Files.readString(out.resolve("dev/mlx5ctl/prm/package-info.java"));
        assertTrue(packageInfo.contains("package dev.mlx5ctl.prm;"), packageInfo);
        assertTrue(packageInfo.startsWith("// Generated by mlx5ctl codegen; do not edit.\n// Source: schema/demo"),
                packageInfo);
    }

    // ---- views ---------------------------------------------------------------------------------------------------

    @Test
    void gettersReadBigEndianBitsAtTheSchemaOffsets() {
        byte[] b = new byte[0x1c0 / 8];
        b[0] = 0x01; // opcode = 0x0123: bits 0x00-0x0f, the high half of dword 0
        b[1] = 0x23;
        b[6] = (byte) 0xbe; // op_mod = 0xbeef: bits 0x30-0x3f, the low half of dword 1
        b[7] = (byte) 0xef;
        // dword 2 (bytes 8-11): admin_status bits 0x40-0x43 = 2 (MSB nibble of byte 8), flag bit 0x47 = 1 (LSB of
        // byte 8), small bits 0x48-0x4c = 0x15 (top five bits of byte 9: 10101 << 3 = 0xa8)
        b[8] = 0x21;
        b[9] = (byte) 0xa8;
        b[0x10] = (byte) 0x80; // wide: bits 0x80-0xbf, bytes 16-23, MSB set
        b[0x17] = 0x01;
        Object view = wrap("DemoIn", b);
        assertEquals(0x123, call(view, "opcode"));
        assertEquals(0xbeef, call(view, "opMod"));
        assertEquals(2, call(view, "adminStatus"));
        assertEquals(1, call(view, "flag"));
        assertEquals(0x15, call(view, "small"));
        assertEquals(0x8000000000000001L, call(view, "wide"));
    }

    @Test
    void aThirtyTwoBitFieldReadsUnsignedAsALong() {
        byte[] b = new byte[0x1c0 / 8];
        Arrays.fill(b, 12, 16, (byte) 0xff); // cap: bits 0x60-0x7f, dword 3
        assertEquals(0xffffffffL, call(wrap("DemoIn", b), "cap"));
    }

    @Test
    void wrapRefusesAShortSegmentNamingTheLayout() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wrap("DemoIn", new byte[8]));
        assertEquals("demo_in needs at least 56 bytes, got 8", e.getMessage());
    }

    @Test
    void offsetWidthAndCountConstantsFollowTheSchema() {
        assertEquals(0x48, constant("DemoIn", "SMALL_OFFSET"));
        assertEquals(5, constant("DemoIn", "SMALL_WIDTH"));
        assertEquals(2, constant("DemoIn", "LANES_COUNT"));
        assertEquals(0x20, constant("DemoIn", "LANES_WIDTH"));
        assertEquals(56, constant("DemoIn", "SIZE_BYTES"));
        assertEquals("demo_in", constant("DemoIn", "NAME"));
    }

    @Test
    void fieldNamesThatClashWithJavaOrTheViewKeepTheirSchemaNameWithASuffix() {
        Object view = call(call(call(type("DemoIn"), "builder"), "defaultField", 7), "build");
        assertEquals(7, call(view, "defaultField"));
        Object built = call(call(call(type("DemoIn"), "builder"), "segmentField", 0x1234), "build");
        assertEquals(0x1234, call(built, "segmentField"));
        assertInstanceOf(MemorySegment.class, call(built, "segment"));
    }

    // ---- builders ------------------------------------------------------------------------------------------------

    @Test
    void builderRefusesAValueWiderThanItsFieldNamingFieldValueAndWidth() {
        Object builder = call(type("DemoIn"), "builder");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> call(builder, "small", 0x20));
        assertEquals("field 'small' of demo_in: value 0x20 does not fit in 5 bits", e.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> call(builder, "flag", -1));
        assertEquals("field 'flag' of demo_in: value -1 does not fit in 1 bit", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> call(builder, "cap", 0x1_0000_0000L));
        call(builder, "small", 0x1f); // the widest value that fits is taken
    }

    @Test
    void builderOfACommandInputPresetsTheOpcodeAndNothingElse() {
        byte[] b = bytes(call(call(type("DemoIn"), "builder"), "build"));
        byte[] expected = new byte[56];
        expected[0] = 0x01;
        expected[1] = 0x23;
        assertArrayEquals(expected, b);
    }

    @Test
    void builderWritesEveryKindOfFieldWhereTheViewReadsIt() {
        Object inner = call(call(call(call(type("Inner"), "builder"), "a", 0xaaaa), "b", 0xbbbb), "build");
        Object lane = call(call(call(type("Lane"), "builder"), "module", 9), "build");
        Object builder = call(type("DemoIn"), "builder");
        call(builder, "uid", 0x77);
        call(builder, "adminStatus", enumConstant("PortAdminStatus", "DOWN"));
        call(builder, "cap", Set.of(enumConstant("UctxCap", "RAW_TX"), enumConstant("UctxCap", "TOOLS_RESOURCES")));
        call(builder, "wide", -1L);
        call(builder, "inner", inner);
        call(builder, "lanes", 1, lane);
        call(builder, "dataBytes", new byte[] {1, 2, 3});
        call(builder, "words", 1, 0xfffe);
        call(builder, "speed", enumConstant("Speed", "_10G"));
        Object view = call(builder, "build");
        assertEquals(0x77, call(view, "uid"));
        assertEquals(2, call(view, "adminStatus"));
        assertEquals(Optional.of(enumConstant("PortAdminStatus", "DOWN")), call(view, "adminStatusEnum"));
        assertEquals(5L, call(view, "cap"));
        assertEquals(-1L, call(view, "wide"));
        assertEquals(0xbbbb, call(call(view, "inner"), "b"));
        assertEquals(9, call(call(view, "lanes", 1), "module"));
        assertEquals(0, call(call(view, "lanes", 0), "module"));
        assertArrayEquals(new byte[] {1, 2, 3, 0}, (byte[]) call(view, "dataBytes"));
        assertEquals(0xfffe, call(view, "words", 1));
        assertEquals(2, call(view, "speed"));
        // the union's members overlap: inner.a and inner.b read the halves of as_word
        Object u = call(view, "u");
        assertEquals(0L, call(u, "asWord"));
    }

    @Test
    void buildCopiesSoTheBuilderCanGoOnWithoutChangingWhatItBuilt() {
        Object builder = call(type("DemoIn"), "builder");
        Object first = call(call(builder, "uid", 1), "build");
        call(builder, "uid", 2);
        assertEquals(1, call(first, "uid"));
        assertEquals(2, call(call(builder, "build"), "uid"));
    }

    @Test
    void arrayAccessorsRefuseIndexesOutsideTheCount() {
        Object view = call(call(type("DemoIn"), "builder"), "build");
        assertThrows(IndexOutOfBoundsException.class, () -> call(view, "words", 2));
        assertThrows(IndexOutOfBoundsException.class, () -> call(view, "lanes", -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> call(call(type("DemoIn"), "builder"), "dataBytes", new byte[5]));
        assertEquals("field 'data' of demo_in: 5 bytes do not fit in 4", e.getMessage());
    }

    @Test
    void unionMembersAllStartAtBitZero() {
        Object u = call(call(call(type("DemoUnion"), "builder"), "asWord", 0x12345678L), "build");
        assertEquals(0x1234, call(call(u, "asInner"), "a"));
        assertEquals(0x5678, call(call(u, "asInner"), "b"));
        assertEquals(0x1234567800000000L, call(u, "asWide"));
    }

    @Test
    void aLayoutSmallerThanADwordReadsAndWritesOnItsOwnBytes() {
        Object opMod = call(call(call(call(type("DemoOpMod"), "builder"), "capType", 0x12), "current", 1), "build");
        assertArrayEquals(new byte[] {0x00, 0x25}, bytes(opMod)); // cap_type 0x12 << 1 | current
        assertEquals(0x12, call(wrap("DemoOpMod", new byte[] {0x00, 0x25}), "capType"));
    }

    // ---- flexible arrays -----------------------------------------------------------------------------------------

    @Test
    void flexibleArrayLengthIsWhatTheSegmentHoldsBeyondTheFixedPart() {
        byte[] b = new byte[0xa0 / 8 + 3 * 4 + 2]; // fixed part, three entries and two stray bytes
        b[0x14 + 4 + 3] = 0x42; // entries[1]: bytes 24-27
        Object view = wrap("DemoOut", b);
        assertEquals(3, call(view, "entriesCount"));
        assertEquals(0x42L, call(view, "entries", 1));
        assertThrows(IndexOutOfBoundsException.class, () -> call(view, "entries", 3));
        Object built = call(call(call(type("DemoOut"), "builder", 2), "entries", 1, 7L), "build");
        assertEquals(2, call(built, "entriesCount"));
        assertEquals(7L, call(built, "entries", 1));
    }

    // ---- enums ---------------------------------------------------------------------------------------------------

    @Test
    void enumLookupByValueIsEmptyForValuesTheSchemaDoesNotName() {
        assertEquals(Optional.of(enumConstant("PortAdminStatus", "UP")),
                call(type("PortAdminStatus"), "fromValue", 1L));
        assertEquals(Optional.empty(), call(type("PortAdminStatus"), "fromValue", 0xfL));
        assertEquals(1L, call(enumConstant("PortAdminStatus", "UP"), "value"));
        assertEquals("1g", call(enumConstant("Speed", "_1G"), "schemaName"));
        byte[] b = new byte[56];
        b[8] = (byte) 0xf0; // admin_status = 0xf, which the enum lacks
        Object view = wrap("DemoIn", b);
        assertEquals(Optional.empty(), call(view, "adminStatusEnum"));
        assertEquals(0xf, call(view, "adminStatus"));
    }

    @Test
    void flagSetDecodesAMaskIntoAnEnumSetAndEncodesItBack() {
        Object raw = enumConstant("UctxCap", "RAW_TX");
        Object tools = enumConstant("UctxCap", "TOOLS_RESOURCES");
        Set<?> decoded = (Set<?>) call(type("UctxCap"), "decode", 0x15L);
        assertEquals(Set.of(raw, tools), decoded);
        assertEquals(5L, call(type("UctxCap"), "encode", decoded));
        assertEquals(0x10L, call(type("UctxCap"), "unknownBits", 0x15L));
        byte[] b = new byte[56];
        b[15] = 0x15;
        assertEquals(Set.of(raw, tools), call(wrap("DemoIn", b), "capFlags"));
    }

    // ---- commands and the registry -------------------------------------------------------------------------------

    @Test
    void commandClassCarriesOpcodeScopeAndTypedInputAndOutput() {
        assertEquals(0x123, constant("Demo", "OPCODE"));
        assertEquals("DEBUG_READ_ONLY", constant("Demo", "SCOPE").toString());
        assertEquals("DEBUG_WRITE", call(type("Demo"), "scopeFor", 1).toString());
        assertEquals("DEBUG_READ_ONLY", call(type("Demo"), "scopeFor", 0).toString());
        Object in = call(call(call(type("Demo"), "in"), "opMod", 1), "build");
        assertEquals(0x123, call(in, "opcode"));
        byte[] reply = new byte[0x14];
        reply[0] = 3;
        reply[4] = (byte) 0xde; // syndrome: dword 1
        reply[7] = (byte) 0xad;
        Object out = call(type("Demo"), "out", MemorySegment.ofArray(reply));
        assertEquals(3, call(out, "status"));
        assertEquals(0xde0000adL, call(out, "syndrome"));
        assertEquals("BAD_PARAM", call(out, "statusName"));
        reply[0] = 0x66;
        assertEquals("0x66", call(out, "statusName"));
    }

    @Test
    void registryDescribesEveryElementWithItsSchemaIdentity() throws ReflectiveOperationException {
        assertEquals("sha256:demo-identity", constant("Prm", "SCHEMA_ID"));
        Object registry = constant("Prm", "REGISTRY");
        List<?> layouts = (List<?>) registry.getClass().getMethod("layouts").invoke(registry);
        assertEquals(6, layouts.size());
        Object demoIn = ((Optional<?>) registry.getClass().getMethod("layout", String.class).invoke(registry,
                "demo_in")).orElseThrow();
        Object small = ((Optional<?>) demoIn.getClass().getMethod("field", String.class).invoke(demoIn, "small"))
                .orElseThrow();
        assertEquals("FieldInfo[name=small, offset=72, width=5, kind=SCALAR, elementWidth=5, count=1, "
                + "flexible=false, enumName=Optional.empty, layout=Optional.empty, doc=The small., "
                + "format=Optional.empty, unit=Optional.empty, selector=Optional.empty]", small.toString());
        Object command = ((Optional<?>) registry.getClass().getMethod("commandByOpcode", int.class).invoke(registry,
                0x123)).orElseThrow();
        assertTrue(command.toString().contains("name=DEMO"), command::toString);
        Object reg = constant("Prm", "REG_DEMO_REG");
        assertTrue(reg.toString().contains("id=20486"), reg::toString);
        assertNotNull(constant("Prm", "CAP_GENERAL"));
        Object codec = constant("Prm", "CODEC");
        assertNotNull(codec);
    }

    @Test
    void layoutsOfARegisterOrACapTypeCarryItsNumber() {
        assertEquals(0x5006, constant("Inner", "REGISTER_ID"));
        assertEquals(0, constant("Inner", "CAP_TYPE"));
    }

    @Test
    void commandInputTakesOpModAsTheLayoutThatSplitsIt() {
        Object opMod = call(call(call(call(type("DemoOpMod"), "builder"), "capType", 0x12), "current", 1), "build");
        Object in = call(call(call(type("Demo"), "in"), "opMod", opMod), "build");
        assertEquals(0x25, call(in, "opMod"));
        assertEquals(0x12, call(call(in, "opModFields"), "capType"));
    }

    @Test
    void toStringShowsTheNamedFields() {
        Object view = call(call(call(type("DemoIn"), "builder"), "adminStatus", 1), "build");
        String text = view.toString();
        assertTrue(text.startsWith("demo_in{opcode=0x123, uid=0x0, op_mod=0x0, admin_status=up(0x1), flag=0x0"),
                text);
        assertTrue(text.contains("inner=inner{a=0x0, b=0x0}"), text);
    }

    @Test
    void everyFieldHasAJavadocNamingItsSchemaField() {
        String source = files.stream().filter(f -> f.typeSpec().name().equals("DemoIn")).findFirst().orElseThrow()
                .toString();
        Map<String, Boolean> documented = DemoSchema.schema().layout("demo_in").orElseThrow().fields().stream()
                .filter(f -> !(f instanceof dev.mlx5ctl.schema.Field.Reserved))
                .collect(Collectors.toMap(f -> f.name(),
                        f -> source.contains("{@code " + f.name() + "} of {@code demo_in}")));
        assertFalse(documented.containsValue(false), documented::toString);
    }
}
