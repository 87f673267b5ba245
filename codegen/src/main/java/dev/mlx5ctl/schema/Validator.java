package dev.mlx5ctl.schema;

import dev.mlx5ctl.schema.Declarations.CapTypeDecl;
import dev.mlx5ctl.schema.Declarations.CommandDecl;
import dev.mlx5ctl.schema.Declarations.EnumDecl;
import dev.mlx5ctl.schema.Declarations.FieldDecl;
import dev.mlx5ctl.schema.Declarations.LayoutDecl;
import dev.mlx5ctl.schema.Declarations.Num;
import dev.mlx5ctl.schema.Declarations.OpModDecl;
import dev.mlx5ctl.schema.Declarations.OverrideDecl;
import dev.mlx5ctl.schema.Declarations.RegisterDecl;
import dev.mlx5ctl.schema.Declarations.Text;
import dev.mlx5ctl.schema.Declarations.ValueDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the meaning of a whole schema (names, references, offsets, sizes, command headers) and builds the model.
 * Every rule of schema/README.md has its own message. A problem is reported once, where it was written; what
 * depends on a broken element (a layout embedding a layout whose size is unknown) is not reported again.
 */
final class Validator {

    private static final int DWORD = 0x20;
    private static final int COMMAND_HEADER_BITS = 0x80;
    private static final int OP_MOD_BITS = 0x10;

    /**
     * A header field the PRM puts at a fixed place in every command's inbox or outbox. An optional one may also be
     * left reserved, or be another scalar of exactly its place: mlx5_ifc.h leaves uid reserved in commands older
     * than user contexts (the driver stamps it anyway), and a general object's obj_type sits where op_mod is.
     */
    private record HeaderField(String name, int offset, int width, boolean optional) {
    }

    private static final List<HeaderField> INPUT_HEADER = List.of(
            new HeaderField("opcode", 0x0, 0x10, false), new HeaderField("uid", 0x10, 0x10, true),
            new HeaderField("op_mod", 0x30, 0x10, true));
    private static final List<HeaderField> OUTPUT_HEADER = List.of(
            new HeaderField("status", 0x0, 0x8, false), new HeaderField("syndrome", 0x20, 0x20, false));

    /** What an embedding layout needs to know of a layout it embeds. */
    private record Shape(int sizeBits, boolean flexibleTail) {
    }

    private final Declarations decls;
    private final List<Diagnostic> diagnostics;

    private final Map<String, EnumDecl> enumDecls = new HashMap<>();
    private final Map<String, LayoutDecl> layoutDecls = new HashMap<>();
    /** Resolved layouts by name; an empty shape when its size cannot be known (an error was reported). */
    private final Map<String, Optional<Shape>> shapes = new HashMap<>();
    private final Map<String, Layout> built = new HashMap<>();
    /** The layouts being resolved, outermost first: a reference to one of them closes a cycle. */
    private final List<String> resolving = new ArrayList<>();

    private Validator(Declarations decls, List<Diagnostic> diagnostics) {
        this.decls = decls;
        this.diagnostics = diagnostics;
    }

    /** Validates {@code decls}; returns the schema (identity not yet set) if no error was found. */
    static Optional<Schema> validate(Declarations decls, List<Diagnostic> diagnostics) {
        return new Validator(decls, diagnostics).run();
    }

    private Optional<Schema> run() {
        List<EnumDef> enums = enums();
        List<Layout> layouts = layouts();
        List<Command> commands = commands();
        List<Register> registers = registers();
        List<CapType> capTypes = capTypes();
        // The reader's errors count too: a declaration it could not read is missing from the model.
        if (diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR) || decls.unreadableFile) {
            return Optional.empty();
        }
        return Optional.of(new Schema(enums, layouts, commands, registers, capTypes, ""));
    }

    // ---- enums

    private List<EnumDef> enums() {
        List<EnumDef> result = new ArrayList<>();
        for (EnumDecl e : decls.enums) {
            if (e.name() == null || !unique(enumDecls, e.name(), e, "enum", EnumDecl::name)) {
                continue;
            }
            String what = "enum '" + e.name().value() + "'";
            Map<String, ValueDecl> names = new HashMap<>();
            Map<Long, ValueDecl> values = new HashMap<>();
            List<EnumDef.Value> model = new ArrayList<>();
            for (ValueDecl v : e.values()) {
                if (v.name() != null) {
                    ValueDecl first = names.putIfAbsent(v.name().value(), v);
                    if (first != null) {
                        error(v.name().location(), "duplicate value '" + v.name().value() + "' in " + what
                                + " (first defined at " + first.name().location() + ")");
                    }
                }
                if (v.value() != null) {
                    ValueDecl first = values.putIfAbsent(v.value().value(), v);
                    if (first != null && v.name() != null && first.name() != null) {
                        error(v.value().location(), "value '" + v.name().value() + "' of " + what + " repeats "
                                + hex(v.value().value()) + " of '" + first.name().value() + "'");
                    }
                    if (e.flags() && v.value().value() == 0 && v.name() != null) {
                        error(v.value().location(), "value '" + v.name().value() + "' of flag set '"
                                + e.name().value() + "' is 0; a flag is a non-zero mask");
                    }
                }
                if (v.name() != null && v.value() != null) {
                    model.add(new EnumDef.Value(v.name().value(), v.value().value(), v.doc(), v.location()));
                }
            }
            result.add(new EnumDef(e.name().value(), e.doc(), e.flags(), model, e.location()));
        }
        return result;
    }

    // ---- layouts

    private List<Layout> layouts() {
        for (LayoutDecl l : decls.layouts) {
            if (l.name() != null) {
                unique(layoutDecls, l.name(), l, "layout", LayoutDecl::name);
            }
        }
        List<Layout> result = new ArrayList<>();
        for (LayoutDecl l : decls.layouts) {
            if (l.name() != null && layoutDecls.get(l.name().value()) == l) {
                shape(l.name().value());
                Layout layout = built.get(l.name().value());
                if (layout != null) {
                    result.add(layout);
                }
            }
        }
        return result;
    }

    private Optional<Shape> shape(String name) {
        Optional<Shape> known = shapes.get(name);
        if (known != null) {
            return known;
        }
        resolving.add(name);
        Optional<Shape> shape = resolve(layoutDecls.get(name));
        resolving.removeLast();
        shapes.put(name, shape);
        return shape;
    }

    /** Places a layout's fields, checking each; builds the Layout if its size can be known. */
    private Optional<Shape> resolve(LayoutDecl decl) {
        String name = decl.name().value();
        boolean union = decl.kind() == Layout.Kind.UNION;
        String what = (union ? "union '" : "layout '") + name + "'";
        List<Field> fields = new ArrayList<>();
        Map<String, FieldDecl> names = new HashMap<>();
        boolean offsetsKnown = decl.complete();
        long offset = 0;
        boolean flexibleTail = false;
        List<FieldDecl> decls = decl.fields();
        for (int i = 0; i < decls.size(); i++) {
            FieldDecl f = decls.get(i);
            boolean last = i == decls.size() - 1;
            String subject = f.describe() + " of " + what;
            if (f.name() != null) {
                FieldDecl first = names.putIfAbsent(f.name().value(), f);
                if (first != null) {
                    error(f.name().location(), "duplicate field '" + f.name().value() + "' in " + what
                            + " (first defined at " + first.name().location() + ")");
                }
            }
            int start = union ? 0 : (int) offset;
            if (f.at() != null && (offsetsKnown || union)) {
                checkAt(f, subject, what, union, start, fields);
            }
            if (f.isFlexible() && !last) {
                error(f.count().location(), "flexible array '" + f.name().value() + "' of " + what
                        + " must be its last field");
            }
            if (f.isFlexible() && union) {
                error(f.count().location(), subject + " is a flexible array; a union cannot hold one");
            }
            Field field = place(f, subject, start, last, offsetsKnown || union);
            if (field == null) {
                offsetsKnown = false;
                continue;
            }
            fields.add(field);
            flexibleTail = last && (f.isFlexible()
                    || field instanceof Field.Nested n && shapes.get(n.layout()).orElseThrow().flexibleTail());
            if (union) {
                if (decl.size() != null && field.width() > decl.size().value()) {
                    error(f.location(), (f.name() == null ? "reserved member" : "member '" + f.name().value() + "'")
                            + " of " + what + " is "
                            + hex(field.width()) + " bits, larger than the union's size " + decl.size().text());
                }
            } else {
                offset += field.width();
                if (offset > Integer.MAX_VALUE) {
                    error(f.location(), what + " is too large: it passes " + hex(Integer.MAX_VALUE) + " bits");
                    return Optional.empty();
                }
            }
        }
        Integer size;
        if (union) {
            size = decl.size() == null ? null : decl.size().intValue();
        } else if (offsetsKnown) {
            size = (int) offset;
            if (decl.size() != null && decl.size().value() != offset) {
                error(decl.size().location(), what + " has size " + decl.size().text() + " but its fields add up to "
                        + hex(offset));
            }
        } else {
            // Trust the stated size, so that layouts embedding this one are still checked.
            size = decl.size() == null ? null : decl.size().intValue();
        }
        if (size == null) {
            return Optional.empty();
        }
        if (offsetsKnown || union) {
            checkMacPairs(fields, what);
            fields = selectors(decl.fields(), fields, what);
            built.put(name, new Layout(name, decl.doc(), decl.kind(), size, fields, decl.location(),
                    layoutFormat(decl, fields, what)));
        }
        return Optional.of(new Shape(size, flexibleTail));
    }

    private void checkAt(FieldDecl f, String subject, String what, boolean union, int start, List<Field> placed) {
        long at = f.at().value();
        if (union) {
            if (at != 0) {
                error(f.at().location(), subject + " is at " + f.at().text()
                        + ", but every member of a union starts at 0x0");
            }
        } else if (at < start) {
            String overlapped = placed.stream()
                    .filter(p -> p.offset() <= at && at < Math.max(p.end(), p.offset() + 1))
                    .findFirst()
                    .map(p -> " overlaps '" + p.name() + "' (bits " + bits(p.offset(), p.width()) + ")")
                    .orElse(" overlaps the field before it");
            error(f.at().location(), subject + " at " + f.at().text() + overlapped + "; it would start at "
                    + hex(start));
        } else if (at > start) {
            error(f.at().location(), subject + " at " + f.at().text() + " leaves a hole after " + hex(start)
                    + " (fill it with {reserved: " + hex(at - start) + "})");
        }
    }

    /** The field at {@code start}, or null if its width cannot be known. */
    private Field place(FieldDecl f, String subject, int start, boolean last, boolean placed) {
        if (!f.isKnown()) {
            return null;
        }
        if (f.isReserved()) {
            return new Field.Reserved(start, f.reserved().intValue(), f.location());
        }
        String name = f.name() == null ? "" : f.name().value();
        int count = f.count() == null ? 1 : f.isFlexible() ? 0 : f.count().intValue();
        if (f.width() != null) {
            int width = f.width().intValue();
            boolean sane = width <= DWORD || width % DWORD == 0;
            if (!sane) {
                error(f.width().location(), subject + " is " + f.width().text() + " bits wide; a field wider than "
                        + "0x20 bits must be 0x40 bits wide");
            }
            Optional<String> enumName = Optional.empty();
            if (f.enumRef() != null) {
                EnumDecl e = enumDecls.get(f.enumRef().value());
                if (e == null) {
                    unknown(f.enumRef(), "enum", subject);
                } else {
                    checkFit(e, width, f.enumRef().location(), subject);
                    enumName = Optional.of(e.name().value());
                }
            }
            if (placed && sane) {
                checkPlacement(f, subject, start, width, count, false);
            }
            Shown shown = shown(f, subject, width, enumName.isPresent());
            if (f.count() == null) {
                return new Field.Scalar(name, start, width, enumName, shown, f.doc(), f.location());
            }
            return array(f, subject, start, new Field.ScalarElement(width, enumName), count, shown);
        }
        if (f.format() != null || f.unit() != null) {
            Text key = f.format() != null ? f.format() : f.unit();
            error(key.location(), subject + " embeds a layout, which takes no '"
                    + (f.format() != null ? "format" : "unit") + "'; give the layout a format instead");
        }
        String ref = f.layout().value();
        if (!layoutDecls.containsKey(ref)) {
            unknownBesideImport(f.layout(), subject);
            return null;
        }
        int cycleStart = resolving.indexOf(ref);
        if (cycleStart >= 0) {
            List<String> cycle = new ArrayList<>(resolving.subList(cycleStart, resolving.size()));
            // Name the cycle from the layout this field belongs to, where the report points.
            java.util.Collections.rotate(cycle, 1);
            cycle.add(cycle.getFirst());
            error(f.layout().location(), "layout '" + cycle.getFirst() + "' contains itself through "
                    + f.describe() + ": " + String.join(" -> ", cycle));
            return null;
        }
        Optional<Shape> shape = shape(ref);
        if (shape.isEmpty()) {
            return null;
        }
        int width = shape.get().sizeBits();
        if (shape.get().flexibleTail() && (f.count() != null || !last)) {
            // As in mlx5_ifc.h (create_umem_in embeds umem, which ends in mtt[0]): the array then ends the
            // embedding layout too, so nothing may follow it and it cannot repeat.
            error(f.layout().location(), subject + " embeds '" + ref + "', which ends in a flexible array; "
                    + "it can only be the last field, and not an array");
        }
        if (placed) {
            checkPlacement(f, subject, start, width, count, true);
        }
        if (f.count() == null) {
            return new Field.Nested(name, start, width, ref, f.doc(), f.location());
        }
        return array(f, subject, start, new Field.LayoutElement(ref, width), count, Shown.PLAIN);
    }

    /**
     * A scalar field's or scalar array's format and unit, checked against what it holds: ascii takes whole bytes
     * (a byte array, or numbers of whole bytes, read big-endian as the PRM keeps text in dwords); mac 48 bits,
     * 6 bytes, or the 16-bit X_47_32 half of a pair with X_31_0 (checked with the layout); ipv4 32 bits or 4 bytes;
     * ipv6 16 bytes; bcd a scalar of whole hex digits.
     */
    private Shown shown(FieldDecl f, String subject, int width, boolean typed) {
        Optional<String> unit = Optional.empty();
        if (f.unit() != null) {
            if (f.unit().value().isBlank()) {
                error(f.unit().location(), "'unit' of " + subject + " is empty");
            } else {
                unit = Optional.of(f.unit().value());
            }
        }
        if (f.format() == null) {
            return new Shown(Optional.empty(), unit);
        }
        Optional<Format> format = Format.of(f.format().value());
        if (format.isEmpty()) {
            error(f.format().location(), "format '" + f.format().value() + "' of " + subject + " is not one of "
                    + Format.keys());
            return new Shown(Optional.empty(), unit);
        }
        boolean array = f.count() != null;
        long bytes = array && !f.isFlexible() && width == 8 ? f.count().value() : -1;
        String fits = switch (format.get()) {
            case ASCII -> width % 8 == 0 ? null : "whole bytes (a byte array, or numbers of whole bytes)";
            case MAC -> (!array && (width == 48 || width == 16)) || bytes == 6 ? null
                    : "48 bits, 6 bytes, or the 16-bit X_47_32 half of a pair with X_31_0";
            case IPV4 -> (!array && width == 32) || bytes == 4 ? null : "32 bits or 4 bytes";
            case IPV6 -> bytes == 16 ? null : "16 bytes";
            case BCD -> !array && width % 4 == 0 ? null : "a scalar of whole hex digits";
        };
        if (fits != null) {
            error(f.format().location(), "format '" + format.get().key() + "' of " + subject + " needs " + fits);
            return new Shown(Optional.empty(), unit);
        }
        if (typed) {
            error(f.format().location(), subject + " has both 'enum' and 'format'; give one");
            return new Shown(Optional.empty(), unit);
        }
        return new Shown(format, unit);
    }

    /**
     * The fields with their {@code select:} resolved: an embedded union whose member a field before it selects,
     * that field typed by an enum, each listed value a name of the enum's and each member one of the union's.
     */
    private List<Field> selectors(List<FieldDecl> decls, List<Field> fields, String what) {
        List<Field> out = new ArrayList<>(fields);
        for (FieldDecl d : decls) {
            if (d.select() == null || d.name() == null) {
                continue;
            }
            String subject = d.describe() + " of " + what;
            int i = 0;
            while (i < out.size() && !out.get(i).name().equals(d.name().value())) {
                i++;
            }
            if (i == out.size()) {
                continue;
            }
            if (!(out.get(i) instanceof Field.Nested n) || !built.containsKey(n.layout())
                    || built.get(n.layout()).kind() != Layout.Kind.UNION) {
                error(d.select().location(), "'select' of " + subject + " chooses a member of an embedded union; "
                        + "this field is none");
                continue;
            }
            Layout members = built.get(n.layout());
            Text by = d.select().by();
            Optional<Field> selecting = out.subList(0, i).stream().filter(f -> f.name().equals(by.value())).findFirst();
            EnumDecl values = selecting.orElse(null) instanceof Field.Scalar sc && sc.enumName().isPresent()
                    ? enumDecls.get(sc.enumName().get()) : null;
            if (values == null) {
                error(by.location(), "'by' of 'select' of " + subject + " must name a field before it that an enum "
                        + "types, not '" + by.value() + "'");
                continue;
            }
            Map<Long, String> chosen = new java.util.TreeMap<>();
            d.select().members().forEach((value, member) -> {
                Optional<Long> v = values.values().stream()
                        .filter(x -> x.name() != null && x.name().value().equals(value.value()) && x.value() != null)
                        .map(x -> x.value().value()).findFirst();
                if (v.isEmpty()) {
                    error(value.location(), "'" + value.value() + "' in 'select' of " + subject + " is not a value of "
                            + "enum '" + values.name().value() + "'");
                } else if (members.field(member.value()).filter(f -> !(f instanceof Field.Reserved)).isEmpty()) {
                    error(member.location(), "'" + member.value() + "' in 'select' of " + subject + " is not a member "
                            + "of union '" + members.name() + "'");
                } else {
                    chosen.put(v.get(), member.value());
                }
            });
            out.set(i, new Field.Nested(n.name(), n.offset(), n.width(), n.layout(),
                    Optional.of(new Selector(by.value(), chosen)), n.doc(), n.location()));
        }
        return out;
    }

    /** The pairs a 16-bit {@code format: mac} field opens: X_47_32 then X_31_0 (32 bits, plain). */
    private void checkMacPairs(List<Field> fields, String what) {
        List<Field> named = fields.stream().filter(f -> !(f instanceof Field.Reserved)).toList();
        for (int i = 0; i < named.size(); i++) {
            if (!(named.get(i) instanceof Field.Scalar high && high.width() == 16
                    && high.shown().format().equals(Optional.of(Format.MAC)))) {
                continue;
            }
            String prefix = high.name().endsWith("_47_32") ? high.name().substring(0, high.name().length() - 6) : null;
            boolean paired = prefix != null && i + 1 < named.size() && named.get(i + 1) instanceof Field.Scalar low
                    && low.width() == 32 && low.name().equals(prefix + "_31_0") && low.shown().isPlain()
                    && low.enumName().isEmpty();
            if (!paired) {
                error(high.location(), "16-bit field '" + high.name() + "' of " + what + " has format 'mac', so it "
                        + "must be named X_47_32 and be followed by the 32-bit plain field X_31_0");
            }
        }
    }

    /** A layout's own format: its named scalar bits taken together (mac 48, ipv4 32, ipv6 128, ascii bytes). */
    private Optional<Format> layoutFormat(LayoutDecl decl, List<Field> fields, String what) {
        if (decl.format() == null) {
            return Optional.empty();
        }
        Optional<Format> format = Format.of(decl.format().value());
        if (format.isEmpty() || format.get() == Format.BCD) {
            error(decl.format().location(), "format '" + decl.format().value() + "' of " + what
                    + " is not one of ascii, mac, ipv4, ipv6");
            return Optional.empty();
        }
        long bits = 0;
        for (Field f : fields) {
            switch (f) {
                case Field.Reserved r -> { }
                case Field.Scalar sc when sc.enumName().isEmpty() -> bits += sc.width();
                case Field.Array a when a.element() instanceof Field.ScalarElement e && e.enumName().isEmpty()
                        && !a.flexible() -> bits += a.width();
                default -> {
                    error(decl.format().location(), what + " has format '" + format.get().key() + "', so its named "
                            + "fields must be plain numbers or bytes; '" + f.name() + "' is not");
                    return Optional.empty();
                }
            }
        }
        long want = switch (format.get()) {
            case MAC -> 48;
            case IPV4 -> 32;
            case IPV6 -> 128;
            default -> bits % 8 == 0 ? bits : -1;
        };
        if (decl.kind() == Layout.Kind.UNION || bits != want) {
            error(decl.format().location(), what + " has format '" + format.get().key() + "' but its named fields "
                    + "hold " + hex(bits) + " bits" + (decl.kind() == Layout.Kind.UNION ? " (and it is a union)" : "")
                    + (want > 0 ? "; it needs " + hex(want) : "; it needs whole bytes"));
            return Optional.empty();
        }
        return format;
    }

    private Field array(FieldDecl f, String subject, int start, Field.Element element, int count, Shown shown) {
        long total = (long) element.width() * count;
        if (total > Integer.MAX_VALUE) {
            error(f.count().location(), subject + " is too large: " + f.count().text() + " elements of "
                    + hex(element.width()) + " bits");
            return null;
        }
        return new Field.Array(f.name().value(), start, element, count, f.isFlexible(), shown, f.doc(),
                f.location());
    }

    /**
     * Each element must sit as a lone scalar would (MLX5_SET reads one big-endian dword; MLX5_SET64 two aligned
     * ones); an embedded layout of 32 bits or more starts on a dword. Element offsets modulo 32 repeat after at
     * most 32 elements, so checking that many covers any count, flexible arrays included.
     */
    private void checkPlacement(FieldDecl f, String subject, int start, int width, int count, boolean layout) {
        boolean array = f.count() != null;
        int elements = array ? Math.min(f.isFlexible() ? DWORD : count, DWORD) : 1;
        for (int i = 0; i < elements; i++) {
            long at = start + (long) i * width;
            boolean crosses = at / DWORD != (at + width - 1) / DWORD;
            String problem = null;
            if (width > DWORD || (layout && width == DWORD)) {
                if (at % DWORD != 0) {
                    problem = "does not start on a dword boundary";
                }
            } else if (crosses) {
                problem = "crosses a dword boundary";
            }
            if (problem != null) {
                String element = array ? "element " + i + " of " : "";
                String kind = layout ? " (embedded layout '" + f.layout().value() + "', bits " : " (bits ";
                error(f.location(), element + subject + kind + bits(at, width) + ") " + problem);
                return;
            }
        }
    }

    /** Every value of {@code e} must fit a field of {@code width} bits; a flag set must fit all at once. */
    private boolean checkFit(EnumDecl e, int width, Location where, String subject) {
        if (width >= 64) {
            return true;
        }
        long max = (1L << width) - 1;
        String enumName = e.name().value();
        if (e.flags()) {
            long all = e.values().stream().filter(v -> v.value() != null).mapToLong(v -> v.value().value())
                    .reduce(0, (a, b) -> a | b);
            if (all > max) {
                error(where, "flag set '" + enumName + "' (all flags " + hex(all) + ") does not fit " + subject
                        + " (" + hex(width) + " bits)");
                return false;
            }
            return true;
        }
        Optional<ValueDecl> largest = e.values().stream().filter(v -> v.value() != null && v.name() != null)
                .max(java.util.Comparator.comparingLong(v -> v.value().value()));
        if (largest.isPresent() && largest.get().value().value() > max) {
            ValueDecl v = largest.get();
            error(where, "value '" + v.name().value() + "' (" + hex(v.value().value()) + ") of enum '" + enumName
                    + "' does not fit " + subject + " (" + hex(width) + " bits)");
            return false;
        }
        return true;
    }

    // ---- commands

    private List<Command> commands() {
        Map<String, CommandDecl> names = new HashMap<>();
        Map<Long, CommandDecl> opcodes = new HashMap<>();
        List<Command> result = new ArrayList<>();
        for (CommandDecl c : decls.commands) {
            if (c.name() == null) {
                continue;
            }
            unique(names, c.name(), c, "command", CommandDecl::name);
            String what = "command '" + c.name().value() + "'";
            if (c.opcode() != null) {
                CommandDecl first = opcodes.putIfAbsent(c.opcode().value(), c);
                if (first != null) {
                    error(c.opcode().location(), "opcode " + c.opcode().text() + " of " + what
                            + " is already used by command '" + first.name().value() + "'");
                }
            }
            Layout in = commandLayout(c.in(), "input", what, INPUT_HEADER);
            Layout out = commandLayout(c.out(), "output", what, OUTPUT_HEADER);
            Optional<Command.OpMod> opMod = c.opMod() == null ? Optional.empty() : opMod(c.opMod(), what);
            if (c.opcode() != null && c.resolvedScope() != null && in != null && out != null
                    && (c.opMod() == null || opMod.isPresent())) {
                Effect effect = effect(c, in, what);
                Optional<ClearBit> clears = c.clears() == null ? Optional.empty()
                        : clearBit(in, c.clears(), "'clears' of " + what);
                if (clears.isPresent() && effect != Effect.READ) {
                    error(c.clears().location(), "'clears' of " + what + " names the bit that makes a read clear "
                            + "what it reads; the command is not 'effect: read'");
                }
                result.add(new Command(c.name().value(), c.opcode().intValue(), c.doc(), c.resolvedScope(), opMod,
                        in.name(), out.name(), c.location(), effect, clears));
            }
        }
        return result;
    }

    /** The command's effect: write unless it says read; a register access's op_mod decides, so it may not say. */
    private Effect effect(CommandDecl c, Layout in, String what) {
        if (c.effect() == null) {
            return Effect.WRITE;
        }
        Optional<Effect> effect = Effect.bySchemaName(c.effect().value());
        if (effect.isEmpty()) {
            error(c.effect().location(), "unknown effect '" + c.effect().value() + "' of " + what
                    + "; valid effects: read, write");
            return Effect.WRITE;
        }
        if (in.name().equals(Register.ENVELOPE)) {
            error(c.effect().location(), what + " is a register access: its op_mod says whether it reads or "
                    + "writes, so it takes no 'effect'");
        }
        return effect.get();
    }

    /** The 1-bit field at {@code path} of {@code layout} whose setting makes a read clear what it reads. */
    private Optional<ClearBit> clearBit(Layout layout, Text path, String what) {
        return scalarAt(layout, path, what, s -> s.width() == 1, "1-bit").map(at -> new ClearBit(path.value(), at));
    }

    /** The paths that name a number in {@code layout} (through embedded layouts), each reported if it does not. */
    private List<String> fieldPaths(Layout layout, List<Text> paths, String what) {
        List<String> ok = new ArrayList<>();
        for (Text path : paths) {
            if (scalarAt(layout, path, what, s -> true, "number").isEmpty()) {
                continue;
            }
            if (ok.contains(path.value())) {
                error(path.location(), what + " names '" + path.value() + "' twice");
            } else {
                ok.add(path.value());
            }
        }
        return ok;
    }

    /**
     * The bit offset of the scalar at the dotted {@code path} of {@code layout}, through embedded layouts, if it is
     * one that {@code fits}; otherwise reported (a missing step, or "not a {@code kind} field") and empty.
     */
    private Optional<Integer> scalarAt(Layout layout, Text path, String what,
            java.util.function.Predicate<Field.Scalar> fits, String kind) {
        Layout current = layout;
        int offset = 0;
        String[] parts = path.value().split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            Optional<Field> field = current.field(parts[i]);
            if (field.isEmpty()) {
                error(path.location(), what + ": layout '" + current.name() + "' has no field '" + parts[i] + "'");
                return Optional.empty();
            }
            offset += field.get().offset();
            boolean last = i == parts.length - 1;
            switch (field.get()) {
                case Field.Scalar s when last && fits.test(s) -> {
                    return Optional.of(offset);
                }
                case Field.Nested n when !last && built.containsKey(n.layout()) -> current = built.get(n.layout());
                default -> {
                    error(path.location(), what + ": '" + path.value() + "' is not a " + kind + " field of layout '"
                            + layout.name() + "'");
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The command's in or out layout, checked to start with the command header; null if it is unusable. */
    private Layout commandLayout(Text ref, String role, String what, List<HeaderField> header) {
        if (ref == null) {
            return null;
        }
        if (!layoutDecls.containsKey(ref.value())) {
            unknownBesideImport(ref, "'" + (role.equals("input") ? "in" : "out") + "' of " + what);
            return null;
        }
        Layout layout = built.get(ref.value());
        if (layout == null) {
            return null;
        }
        String subject = role + " layout '" + layout.name() + "' of " + what;
        if (layout.sizeBits() % DWORD != 0) {
            error(ref.location(), subject + " is " + hex(layout.sizeBits()) + " bits, not a multiple of 0x20");
        }
        if (layout.sizeBits() < COMMAND_HEADER_BITS) {
            error(ref.location(), subject + " is " + hex(layout.sizeBits()) + " bits, shorter than the 0x80-bit "
                    + "command header");
        }
        for (HeaderField h : header) {
            Optional<Field> field = layout.field(h.name());
            String expected = hex(h.offset()) + " (" + hex(h.width()) + " bits)";
            if (field.isEmpty() && h.optional()) {
                headerPlace(layout, h).ifPresent(f -> error(ref.location(), subject + " has field '" + fieldName(f)
                        + "' at " + hex(f.offset()) + " (" + hex(f.end() - f.offset()) + " bits) where the command "
                        + "header puts '" + h.name() + "' at " + expected));
            } else if (field.isEmpty() || !(field.get() instanceof Field.Scalar s)) {
                error(ref.location(), subject + " lacks header field '" + h.name() + "' at " + expected);
            } else if (s.offset() != h.offset() || s.width() != h.width()) {
                error(ref.location(), subject + " has header field '" + h.name() + "' at " + hex(s.offset()) + " ("
                        + hex(s.width()) + " bits); the command header puts it at " + expected);
            }
        }
        return layout;
    }

    /** A field that takes part of an optional header field's place without being a scalar of exactly it. */
    private static Optional<Field> headerPlace(Layout layout, HeaderField h) {
        return layout.fields().stream()
                .filter(f -> !(f instanceof Field.Reserved))
                .filter(f -> f.offset() < h.offset() + h.width() && f.end() > h.offset())
                .filter(f -> !(f instanceof Field.Scalar s && s.offset() == h.offset() && s.width() == h.width()))
                .findFirst();
    }

    private static String fieldName(Field f) {
        return switch (f) {
            case Field.Scalar s -> s.name();
            case Field.Nested n -> n.name();
            case Field.Array a -> a.name();
            case Field.Reserved r -> "reserved";
        };
    }

    private Optional<Command.OpMod> opMod(OpModDecl decl, String what) {
        String subject = "op_mod of " + what;
        boolean ok = true;
        EnumDecl enumDecl = null;
        if (decl.enumRef() != null) {
            enumDecl = enumDecls.get(decl.enumRef().value());
            if (enumDecl == null) {
                ok = unknown(decl.enumRef(), "enum", subject);
            } else {
                ok = checkFit(enumDecl, OP_MOD_BITS, decl.enumRef().location(), subject);
            }
        }
        if (decl.layout() != null) {
            if (!layoutDecls.containsKey(decl.layout().value())) {
                ok = unknown(decl.layout(), "layout", subject);
            } else {
                Optional<Shape> shape = shapes.get(decl.layout().value());
                if (shape.isPresent() && shape.get().sizeBits() != OP_MOD_BITS) {
                    error(decl.layout().location(), "layout '" + decl.layout().value() + "' of " + subject + " is "
                            + hex(shape.get().sizeBits()) + " bits; op_mod is 0x10 bits");
                    ok = false;
                }
            }
        }
        List<Command.ScopeOverride> overrides = new ArrayList<>();
        Map<Long, OverrideDecl> seen = new HashMap<>();
        for (OverrideDecl o : decl.overrides()) {
            Long value = null;
            Location at = o.value() != null ? o.value().location() : o.valueName() != null
                    ? o.valueName().location() : o.location();
            if (o.value() != null) {
                value = o.value().value();
            } else if (o.valueName() != null) {
                value = overrideValue(o.valueName(), decl, enumDecl, what);
            }
            if (value != null) {
                OverrideDecl first = seen.putIfAbsent(value, o);
                if (first != null) {
                    error(at, "op_mod " + hex(value) + " of " + what + " has a second scope override (first at "
                            + first.location() + ")");
                }
            }
            if (value == null || o.scope() == null) {
                ok = false;
                continue;
            }
            overrides.add(new Command.ScopeOverride(value.intValue(), o.scope(), o.location()));
        }
        if (!ok || (decl.enumRef() != null && decl.layout() != null)) {
            return Optional.empty();
        }
        return Optional.of(new Command.OpMod(decl.doc(), Optional.ofNullable(decl.enumRef()).map(Text::value),
                Optional.ofNullable(decl.layout()).map(Text::value), overrides, decl.location()));
    }

    private Long overrideValue(Text name, OpModDecl decl, EnumDecl enumDecl, String what) {
        if (decl.enumRef() == null) {
            error(name.location(), "op_mod scope override '" + name.value() + "' of " + what
                    + " names a value, but its op_mod has no 'enum'; give a number");
            return null;
        }
        if (enumDecl == null) {
            return null;
        }
        for (ValueDecl v : enumDecl.values()) {
            if (v.name() != null && v.value() != null && v.name().value().equals(name.value())) {
                return v.value().value();
            }
        }
        error(name.location(), "op_mod scope override '" + name.value() + "' of " + what + " is not a value of enum '"
                + enumDecl.name().value() + "'");
        return null;
    }

    // ---- registers and cap types

    private List<Register> registers() {
        Map<String, RegisterDecl> names = new HashMap<>();
        Map<Long, RegisterDecl> ids = new HashMap<>();
        List<Register> result = new ArrayList<>();
        for (RegisterDecl r : decls.registers) {
            if (r.name() == null) {
                continue;
            }
            unique(names, r.name(), r, "register", RegisterDecl::name);
            String what = "register '" + r.name().value() + "'";
            if (r.id() != null) {
                RegisterDecl first = ids.putIfAbsent(r.id().value(), r);
                if (first != null) {
                    error(r.id().location(), "id " + r.id().text() + " of " + what + " is already used by register '"
                            + first.name().value() + "'");
                }
            }
            boolean layoutOk = r.layout() != null && (layoutDecls.containsKey(r.layout().value())
                    || unknownBesideImport(r.layout(), what));
            Scope read = r.read() == null ? Register.UNKNOWN_READ : r.read();
            Scope write = r.write() == null ? Register.UNKNOWN_WRITE : r.write();
            if (read == Scope.KERNEL || write == Scope.KERNEL) {
                error(r.location(), what + ": a register's read or write scope cannot be kernel (ACCESS_REG is a "
                        + "user command); debug-write-full is the most a register can ask");
            } else if (r.id() != null && layoutOk) {
                Layout data = built.get(r.layout().value());
                Optional<ClearBit> clears = r.clears() == null || data == null ? Optional.empty()
                        : clearBit(data, r.clears(), "'clears' of " + what);
                List<String> index = data == null ? List.of() : fieldPaths(data, r.index(), "'index' of " + what);
                List<String> readOnly = data == null ? List.of()
                        : fieldPaths(data, r.readOnly(), "'read_only' of " + what);
                r.index().stream().filter(p -> readOnly.contains(p.value())).forEach(p -> error(p.location(),
                        "'" + p.value() + "' of " + what + " is both an index field and read-only; an index field is "
                        + "never written"));
                result.add(new Register(r.name().value(), r.id().intValue(), r.layout().value(), read, write,
                        r.doc(), r.location(), clears, index, readOnly, r.allReadOnly() != null));
            }
        }
        return result;
    }

    private List<CapType> capTypes() {
        Map<String, CapTypeDecl> names = new HashMap<>();
        Map<Long, CapTypeDecl> values = new HashMap<>();
        List<CapType> result = new ArrayList<>();
        for (CapTypeDecl c : decls.capTypes) {
            if (c.name() == null) {
                continue;
            }
            unique(names, c.name(), c, "cap type", CapTypeDecl::name);
            String what = "cap type '" + c.name().value() + "'";
            if (c.value() != null) {
                CapTypeDecl first = values.putIfAbsent(c.value().value(), c);
                if (first != null) {
                    error(c.value().location(), "value " + c.value().text() + " of " + what
                            + " is already used by cap type '" + first.name().value() + "'");
                }
            }
            boolean layoutOk = c.layout() != null && (layoutDecls.containsKey(c.layout().value())
                    || unknownBesideImport(c.layout(), what));
            if (c.value() != null && layoutOk) {
                result.add(new CapType(c.name().value(), c.value().intValue(), c.layout().value(), c.doc(),
                        c.location()));
            }
        }
        return result;
    }

    // ---- helpers

    /** Registers {@code item} under its name; reports a second definition and returns false for it. */
    private <T> boolean unique(Map<String, T> seen, Text name, T item, String kind, Function<T, Text> nameOf) {
        T first = seen.putIfAbsent(name.value(), item);
        if (first == null) {
            return true;
        }
        error(name.location(), "duplicate " + kind + " '" + name.value() + "' (first defined at "
                + nameOf.apply(first).location() + ")");
        return false;
    }

    /**
     * A layout that is not defined, named by a command, register, cap type or embedding field: an error, unless the
     * schema is loaded without the import that defines it ({@link SchemaLoader#loadWithoutImport}), where the entry
     * or field is left out. Returns false.
     */
    private boolean unknownBesideImport(Text ref, String subject) {
        return decls.withoutImport ? false : unknown(ref, "layout", subject);
    }

    /** Reports a reference to an undefined name, unless an unparsable file may define it. Returns false. */
    private boolean unknown(Text ref, String kind, String subject) {
        if (!decls.unreadableFile) {
            error(ref.location(), "unknown " + kind + " '" + ref.value() + "' in " + subject);
        }
        return false;
    }

    private static String hex(long n) {
        return "0x" + Long.toHexString(n);
    }

    private static String bits(long offset, long width) {
        return hex(offset) + "-" + hex(offset + width - 1);
    }

    private void error(Location location, String message) {
        diagnostics.add(Diagnostic.error(location, message));
    }
}
