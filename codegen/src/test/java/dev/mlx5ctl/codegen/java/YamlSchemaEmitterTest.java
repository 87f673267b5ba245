package dev.mlx5ctl.codegen.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.palantir.javapoet.JavaFile;
import dev.mlx5ctl.schema.Schema;
import dev.mlx5ctl.schema.SchemaLoader;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emitter on a schema loaded from YAML by the real loader: offsets come from the loader, not from a test. */
class YamlSchemaEmitterTest {

    private static final String YAML = """
            enums:
              - name: port_admin_status
                values:
                  - {name: up, value: 0x1}
                  - {name: down, value: 0x2}
            layouts:
              - name: paos_reg
                doc: Port administrative and operational status.
                size: 0x80
                fields:
                  - {name: swid, width: 0x8}
                  - {name: local_port, width: 0x8}
                  - {reserved: 0x4}
                  - {name: admin_status, width: 0x4, enum: port_admin_status}
                  - {reserved: 0x4}
                  - {name: oper_status, width: 0x4}
                  - {name: ase, width: 0x1}
                  - {reserved: 0x5f}
            registers:
              - {name: PAOS, id: 0x5006, layout: paos_reg}
            """;

    @Test
    void bindingsOfALoadedSchemaWriteTheBitsMlx5SetWould() throws Exception {
        SchemaLoader.Result result =
                SchemaLoader.load(List.of(new SchemaLoader.Source("schema/test/paos.yaml", YAML)));
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        Schema schema = result.schema().orElseThrow();
        List<JavaFile> files = JavaEmitter.files(schema, "schema/test");
        ClassLoader loader = InMemoryCompiler.compile(files);
        Class<?> paos = Class.forName("dev.mlx5ctl.prm.PaosReg", true, loader);
        Class<?> status = Class.forName("dev.mlx5ctl.prm.PortAdminStatus", true, loader);
        Object builder = paos.getMethod("builder").invoke(null);
        Class<?> builderClass = builder.getClass();
        builderClass.getMethod("localPort", int.class).invoke(builder, 1);
        builderClass.getMethod("adminStatus", status).invoke(builder, status.getEnumConstants()[1]);
        builderClass.getMethod("ase", int.class).invoke(builder, 1);
        Object view = builderClass.getMethod("build").invoke(builder);
        byte[] bytes = ((MemorySegment) paos.getMethod("segment").invoke(view)).toArray(ValueLayout.JAVA_BYTE);
        // local_port[0x8] at 0x8: 1 << 16; admin_status[0x4] at 0x14: 2 (down) << 8 -> dword 0 = 0x00010200;
        // ase[0x1] at 0x20: 1 << 31 -> dword 1 = 0x80000000
        assertArrayEquals(new byte[] {0, 1, 2, 0, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, bytes);
        assertEquals(0x5006, paos.getField("REGISTER_ID").get(null));
        assertEquals(schema.identity(), Class.forName("dev.mlx5ctl.prm.Prm", true, loader).getField("SCHEMA_ID")
                .get(null));
    }
}
