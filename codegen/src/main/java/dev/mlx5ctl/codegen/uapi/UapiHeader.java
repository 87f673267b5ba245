package dev.mlx5ctl.codegen.uapi;

import dev.mlx5ctl.schema.Location;
import java.util.List;
import java.util.Optional;

/**
 * What the parser understood of the uAPI header: its numeric macros, enums, structs and ioctl numbers, in the
 * order written, each with its kernel-doc text.
 *
 * @param doc the header's opening comment, which says what the uAPI is for
 */
record UapiHeader(String doc, List<Constant> constants, List<CEnum> enums, List<CStruct> structs,
        List<Ioctl> ioctls) {

    UapiHeader {
        constants = List.copyOf(constants);
        enums = List.copyOf(enums);
        structs = List.copyOf(structs);
        ioctls = List.copyOf(ioctls);
    }

    Optional<CStruct> struct(String name) {
        return structs.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** {@code #define NAME expression}, the expression evaluated; {@code expression} is the text as written. */
    record Constant(String name, long value, String expression, String doc, Location location) {
    }

    /** {@code enum name { A = 1, ... };} with every value explicit. */
    record CEnum(String name, String doc, List<Enumerator> values, Location location) {

        CEnum {
            values = List.copyOf(values);
        }
    }

    record Enumerator(String name, long value, String doc, Location location) {
    }

    /** {@code struct name { ... };} of fixed-width integer members and fixed arrays of them. */
    record CStruct(String name, String doc, List<Member> members, Location location) {

        CStruct {
            members = List.copyOf(members);
        }
    }

    /**
     * One member; {@code count} is the element count of an array member, 0 for a plain one.
     */
    record Member(String name, CType type, int count, String doc, Location location) {

        boolean isArray() {
            return count > 0;
        }

        /** Bytes the member occupies. */
        long size() {
            return type.size() * (long) Math.max(count, 1);
        }
    }

    /** The member types the uAPI may use: fixed widths whose x86-64 size and alignment C fixes. */
    enum CType {
        U8("__u8", 1, 1),
        U16("__u16", 2, 2),
        U32("__u32", 4, 4),
        U64("__u64", 8, 8),
        ALIGNED_U64("__aligned_u64", 8, 8),
        CHAR("char", 1, 1);

        private final String spelling;
        private final int size;
        private final int alignment;

        CType(String spelling, int size, int alignment) {
            this.spelling = spelling;
            this.size = size;
            this.alignment = alignment;
        }

        String spelling() {
            return spelling;
        }

        int size() {
            return size;
        }

        int alignment() {
            return alignment;
        }

        static Optional<CType> bySpelling(String spelling) {
            for (CType t : values()) {
                if (t.spelling.equals(spelling)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code #define NAME _IOWR(type, nr, struct s)}: an ioctl request number.
     *
     * @param struct the argument struct, absent for {@code _IO}
     * @param macro  the definition as written, for docs
     */
    record Ioctl(String name, Direction direction, long type, long nr, Optional<String> struct, String macro,
            Location location) {

        /**
         * The request number as Linux encodes it on x86-64 (asm-generic/ioctl.h): direction in bits 30-31, the
         * argument's size in bits 16-29, the type (magic) in bits 8-15, the number in bits 0-7.
         */
        long request(long argumentSize) {
            return (long) direction.bits() << 30 | argumentSize << 16 | type << 8 | nr;
        }
    }

    /** The data direction of an ioctl, as user space sees it: _IOW writes to the driver. */
    enum Direction {
        NONE("_IO", 0), WRITE("_IOW", 1), READ("_IOR", 2), READ_WRITE("_IOWR", 3);

        private final String macro;
        private final int bits;

        Direction(String macro, int bits) {
            this.macro = macro;
            this.bits = bits;
        }

        String macro() {
            return macro;
        }

        int bits() {
            return bits;
        }

        static Optional<Direction> byMacro(String macro) {
            for (Direction d : values()) {
                if (d.macro.equals(macro)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    }
}
