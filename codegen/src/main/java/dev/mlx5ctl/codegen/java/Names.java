package dev.mlx5ctl.codegen.java;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java spellings of schema names. They stay mechanical so a reader can go from one to the other without looking:
 * {@code query_hca_cap_in} is {@code QueryHcaCapIn}, {@code log_max_qp} is {@code logMaxQp()} and
 * {@code LOG_MAX_QP_OFFSET}, enum value {@code 1g} is {@code _1G}.
 */
final class Names {

    private Names() {
    }

    /**
     * {@code query_hca_cap_in} or {@code QUERY_HCA_CAP} to {@code QueryHcaCapIn}, {@code QueryHcaCap}. An underscore
     * between two digits stays, so that {@code ptag_63_32} reads {@code Ptag63_32} rather than {@code Ptag6332}.
     */
    static String upperCamel(String schemaName) {
        StringBuilder sb = new StringBuilder();
        for (String part : schemaName.toLowerCase(Locale.ROOT).split("_")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && Character.isDigit(sb.charAt(sb.length() - 1)) && Character.isDigit(part.charAt(0))) {
                sb.append('_');
            }
            sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return sb.toString();
    }

    /** {@code log_max_qp} to {@code logMaxQp}. */
    static String lowerCamel(String schemaName) {
        String upper = upperCamel(schemaName);
        return upper.isEmpty() ? upper : Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
    }

    /** {@code log_max_qp} to {@code LOG_MAX_QP}; a leading digit gets an underscore ({@code _1G}). */
    static String constant(String schemaName) {
        String upper = schemaName.toUpperCase(Locale.ROOT);
        return Character.isDigit(upper.charAt(0)) ? "_" + upper : upper;
    }

    /**
     * The Java constant of an enum value: {@link #constant}, unless that is the name of one of the generated enum's
     * own static members ({@code NAME}, {@code VALUES}, {@code INFO}), which takes a {@code _VALUE} suffix.
     */
    static String enumConstant(String schemaName) {
        String constant = constant(schemaName);
        return ENUM_MEMBERS.contains(constant) ? constant + "_VALUE" : constant;
    }

    private static final Set<String> ENUM_MEMBERS = Set.of("NAME", "VALUES", "INFO");

    /** 0x-prefixed lower-case hex, as mlx5_ifc.h writes offsets and widths. */
    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** A Java long literal of the value's bits. */
    static String longLiteral(long value) {
        return "0x" + Long.toHexString(value) + "L";
    }

    /**
     * Hands out member names within one class. A schema name that is a Java keyword or an inherited or generated
     * method ({@code default}, {@code wrap}, {@code segment}) takes a {@code Field} suffix; a derived name
     * ({@code xCount}) that a real field already owns takes {@code Of}, so no schema field ever loses its own name.
     */
    static final class Members {

        private final Set<String> taken = new HashSet<>();

        Members(Set<String> reserved) {
            taken.addAll(reserved);
            taken.addAll(Set.of("getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait",
                    "clone", "finalize"));
        }

        String field(String schemaName) {
            String name = lowerCamel(schemaName);
            if (SourceVersion.isKeyword(name) || taken.contains(name)) {
                name = name + "Field";
            }
            return claim(name);
        }

        String derived(String name) {
            return claim(name);
        }

        private String claim(String name) {
            String n = name;
            while (!taken.add(n)) {
                n = n + "Of";
            }
            return n;
        }
    }
}
