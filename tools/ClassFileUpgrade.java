// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
//
// Rewrites the classes of a jar older than Java 8's class file format (52) as
// version 52, their stack maps generated and every class verified by the JDK's
// ClassFile API; the code itself is unchanged. Run by tools/aot-train.sh on
// target/lib/picocli-*.jar: picocli ships Java 5 class files, which the JDK's
// AOT cache refuses to hold linked ("Old class has been linked"), so without
// this every start parses and verifies its 200 classes again, with the old
// verifier. A jar with nothing to upgrade is left untouched (its time too, which
// the AOT cache checks), so running it twice changes nothing.
//
//   java tools/ClassFileUpgrade.java JAR
//
// Exits 1, naming the class and the verifier's error, if an upgraded class
// does not verify; the jar is then left as it was.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

void main(String[] args) throws IOException {
    if (args.length != 1) {
        System.err.println("usage: java tools/ClassFileUpgrade.java JAR");
        System.exit(2);
    }
    Path jar = Path.of(args[0]);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
        // Stack maps merge types: the jar's own classes are resolved from the jar, the rest from the JDK.
        ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                        .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
        ClassTransform toJava8 = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
            } else {
                builder.with(element);
            }
        };
        // Re-emitting each method body is what makes the API generate its stack map.
        ClassTransform upgrade = toJava8.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));

        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        int upgraded = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                // META-INF/versions/ holds newer classes (module-info): leave them alone.
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    ClassModel model = classFile.parse(bytes);
                    if (model.majorVersion() < ClassFile.JAVA_8_VERSION) {
                        bytes = classFile.transformClass(model, upgrade);
                        List<VerifyError> errors = classFile.verify(bytes);
                        if (!errors.isEmpty()) {
                            System.err.println("ClassFileUpgrade: " + entry.getName() + " does not verify as Java 8: "
                                    + errors.getFirst().getMessage() + "; " + jar + " left as it was");
                            System.exit(1);
                        }
                        upgraded++;
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (upgraded == 0) {
            return;
        }
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), ".upgrade", ".jar");
        Files.write(tmp, rewritten.toByteArray());
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(jar));
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("ClassFileUpgrade: " + jar + ": " + upgraded + " classes rewritten as Java 8 class files");
    }
}
