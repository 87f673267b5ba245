package dev.mlx5ctl.codegen.java;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources together with the hand-written runtime they call (tools' dev.mlx5ctl.layout, read
 * from the checkout) in memory, with the build's own -Xlint:all -Werror, and loads the result.
 */
final class InMemoryCompiler {

    private InMemoryCompiler() {
    }

    static Path runtimeSources() {
        String root = System.getProperty("mlx5ctl.root", "..");
        return Path.of(root, "tools", "runtime", "src", "main", "java", "dev", "mlx5ctl", "layout");
    }

    private static JavaFileObject source(URI uri, String text) {
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /** Compiles and returns a loader for the classes, or fails with javac's diagnostics. */
    static ClassLoader compile(List<JavaFile> generated) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        // The text emit() writes (with javadoc re-flowed), not JavaPoet's own rendering.
        for (JavaFile f : generated) {
            units.add(source(URI.create("string:///" + f.packageName().replace('.', '/') + "/" + f.typeSpec().name()
                    + ".java"), JavaEmitter.render(f)));
        }
        units.add(source(URI.create("string:///dev/mlx5ctl/prm/package-info.java"),
                JavaEmitter.packageInfo("schema/demo")));
        try (Stream<Path> files = Files.list(runtimeSources())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                units.add(source(p.toUri(), Files.readString(p)));
            }
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
        JavaFileManager memory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        StringWriter out = new StringWriter();
        boolean ok = javac.getTask(out, memory, diagnostics, List.of("-Xlint:all", "-Werror", "--release", "25"),
                null, units).call();
        if (!ok) {
            StringBuilder sb = new StringBuilder("generated code does not compile:\n").append(out);
            diagnostics.getDiagnostics().forEach(d -> sb.append(d).append('\n'));
            throw new AssertionError(sb.toString());
        }
        return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
    }
}
