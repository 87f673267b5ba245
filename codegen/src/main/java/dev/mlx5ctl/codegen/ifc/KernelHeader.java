package dev.mlx5ctl.codegen.ifc;

import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * How generated files name the kernel's mlx5_ifc.h: from its {@code include/} folder on. Debian moves the headers'
 * point release (linux-headers-6.1.0-56 became -57), and a banner spelling the full path would make every
 * committed file stale with it while not one layout changed. vm/kernel.sh says which header a build uses.
 */
public final class KernelHeader {

    /** The command that regenerates what is imported from the header (the Makefile finds the header). */
    public static final String REGENERATE = "make import-ifc";

    private KernelHeader() {
    }

    /** {@code /usr/src/linux-headers-V-common/include/linux/mlx5/mlx5_ifc.h} becomes {@code include/linux/mlx5/mlx5_ifc.h}. */
    public static String displayName(Path header) {
        Path normal = header.normalize();
        return IntStream.range(0, normal.getNameCount() - 1)
                .filter(i -> normal.getName(i).toString().equals("include"))
                .boxed()
                .reduce((first, last) -> last)
                .map(i -> "<kernel headers>/" + normal.subpath(i, normal.getNameCount()).toString().replace('\\', '/'))
                .orElse(header.toString());
    }
}
