package dev.mlx5ctl.codegen.uapi;

import dev.mlx5ctl.codegen.uapi.UapiHeader.CEnum;
import dev.mlx5ctl.codegen.uapi.UapiHeader.CStruct;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Constant;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Enumerator;
import dev.mlx5ctl.codegen.uapi.UapiHeader.Ioctl;

/**
 * Renders uapi_agree.c: every number the Java mirror holds (constants, enumerators, struct sizes,
 * alignments, member offsets and sizes, ioctl request numbers), each as a {@code _Static_assert} against the
 * header itself. The file compiles only if the C compiler sees the uAPI exactly as the Java mirror does; the guest
 * test build compiles it in user space.
 */
final class AgreementSource {

    private final UapiHeader header;
    private final JavaMirror.Names names;
    private final StringBuilder out = new StringBuilder();

    private AgreementSource(UapiHeader header, JavaMirror.Names names) {
        this.header = header;
        this.names = names;
    }

    /**
     * @param headerSource how banners name the header
     * @param self         how the file itself is named, for the command line its banner gives
     */
    static String render(UapiHeader header, JavaMirror.Names names, String headerSource, String self) {
        return new AgreementSource(header, names).source(headerSource, self);
    }

    private String source(String headerSource, String self) {
        out.append("// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0\n");
        out.append("/*\n");
        out.append(" * Generated from ").append(headerSource).append(" by mlx5ctl codegen; do not edit.\n");
        out.append(" * Regenerate: make generate\n");
        out.append(" *\n");
        out.append(" * The numbers the Java mirror (dev.mlx5ctl.uapi.").append(names.className())
                .append(") computed from the\n");
        out.append(" * uAPI header, asserted against the header as an x86-64 C compiler sees it:\n");
        out.append(" * this file compiles only if the two agree. Check it in user space with\n");
        out.append(" *   cc -fsyntax-only -Wall -Wextra -Werror -I kmod/include/uapi ").append(self).append('\n');
        out.append(" */\n");
        out.append("#include <stddef.h>\n\n");
        out.append("#include <").append(names.include()).append(">\n");
        out.append("\n#define AGREE(expr, value) _Static_assert((expr) == (value), #expr)\n");
        out.append("#define MEMBER_SIZE(type, member) sizeof(((type *)0)->member)\n");
        if (!header.constants().isEmpty()) {
            out.append('\n');
            for (Constant c : header.constants()) {
                equal(c.name(), c.value());
            }
        }
        for (CEnum e : header.enums()) {
            out.append("\n/* enum ").append(e.name()).append(" */\n");
            for (Enumerator v : e.values()) {
                equal(v.name(), v.value());
            }
        }
        for (CStruct s : header.structs()) {
            CLayout layout = CLayout.of(s);
            String type = "struct " + s.name();
            out.append("\n/* ").append(type).append(" */\n");
            equal("sizeof(" + type + ")", layout.size());
            equal("_Alignof(" + type + ")", layout.alignment());
            for (CLayout.Placed p : layout.members()) {
                equal("offsetof(" + type + ", " + p.member().name() + ")", p.offset());
                equal("MEMBER_SIZE(" + type + ", " + p.member().name() + ")", p.size());
            }
        }
        if (!header.ioctls().isEmpty()) {
            out.append("\n/* ioctl request numbers, as x86-64 encodes them */\n");
            for (Ioctl i : header.ioctls()) {
                long size = i.struct().map(s -> CLayout.of(header.struct(s).orElseThrow()).size()).orElse(0L);
                out.append("AGREE(").append(i.name()).append(", 0x").append(Long.toHexString(i.request(size)))
                        .append("UL);\n");
            }
        }
        return out.toString();
    }

    private void equal(String expression, long value) {
        out.append("AGREE(").append(expression).append(", ").append(value).append(");\n");
    }
}
