package dev.mlx5ctl.codegen.uapi;

import dev.mlx5ctl.schema.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads the uAPI C header, the one definition of the ioctl numbers and structs, and emits its Java mirror
 * (package dev.mlx5ctl.uapi) and a C file of static assertions proving that mirror agrees with the C compiler.
 *
 * <p>The header is read by a parser that knows only the constructs a uAPI header needs (see
 * {@link HeaderParser}); anything else is a diagnostic with its line, never skipped, because a construct the
 * mirror does not understand is a number it would get wrong.
 */
public final class UapiEmitter {

    private UapiEmitter() {
    }

    /**
     * Parses {@code header} and writes the Java mirror below {@code outDir}.
     *
     * @return problems found in the header (constructs it cannot mirror); nothing is written if there are any
     */
    public static List<Diagnostic> emit(Path header, Path outDir) throws IOException {
        HeaderParser.Result parsed = parse(header);
        if (parsed.header().isPresent()) {
            JavaMirror.render(parsed.header().get(), JavaMirror.Names.of(header), displayName(header))
                    .writeTo(outDir);
        }
        return parsed.diagnostics();
    }

    /**
     * Parses {@code header} and writes {@code outFile} (kmod/tests/uapi_agree.c, which the guest test build
     * compiles in user space): static assertions that every number of the Java mirror is the C compiler's.
     *
     * @return problems found in the header; nothing is written if there are any
     */
    public static List<Diagnostic> emitAgreement(Path header, Path outFile) throws IOException {
        HeaderParser.Result parsed = parse(header);
        if (parsed.header().isPresent()) {
            String source = AgreementSource.render(parsed.header().get(), JavaMirror.Names.of(header),
                    displayName(header), displayName(outFile));
            Path dir = outFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Files.writeString(outFile, source, StandardCharsets.UTF_8);
        }
        return parsed.diagnostics();
    }

    private static HeaderParser.Result parse(Path header) throws IOException {
        return HeaderParser.parse(header.toString(), Files.readString(header, StandardCharsets.UTF_8));
    }

    /**
     * A file as banners name it: from the repository's kmod/ folder on (Maven passes an absolute path, make a
     * relative one; both must write the same bytes), else as given.
     */
    static String displayName(Path file) {
        Path normal = file.normalize();
        return IntStream.range(0, normal.getNameCount() - 1)
                .filter(i -> normal.getName(i).toString().equals("kmod"))
                .boxed()
                .reduce((first, last) -> last)
                .map(i -> normal.subpath(i, normal.getNameCount()).toString().replace('\\', '/'))
                .orElse(file.toString());
    }
}
