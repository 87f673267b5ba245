package dev.mlx5ctl.layout;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes and decodes any layout of a {@link Registry} by name, at run time: what the CLI uses for
 * {@code set capability.cmd_hca_cap.log_max_qp=5} and for pretty or JSON output of a reply.
 *
 * <p>A path names a scalar through nested layouts and arrays with dots and indexes, in schema names:
 * {@code capability.cmd_hca_cap.log_max_qp}, {@code lanes[2].module}, {@code data[3]}. A union member is named like
 * any other field. Every refusal is a {@link LayoutException} whose message is one line.
 */
public final class LayoutCodec {

    private final Registry registry;

    public LayoutCodec(Registry registry) {
        this.registry = registry;
    }

    public Registry registry() {
        return registry;
    }

    /** Where a path led: the scalar's absolute bit offset and width, and what it is. */
    public record FieldRef(String path, LayoutInfo owner, FieldInfo field, String displayName, long bitOffset,
            int width) {

        /** The enum or flag set typing the value, if any. */
        public Optional<String> enumName() {
            return field.enumName();
        }
    }

    /** A zeroed heap segment of the layout's fixed size. */
    public MemorySegment allocate(String layout) {
        return allocate(layout, 0);
    }

    /** A zeroed heap segment of the layout's fixed size, plus room for {@code flexibleCount} tail elements. */
    public MemorySegment allocate(String layout, int flexibleCount) {
        LayoutInfo info = registry.requireLayout(layout);
        long bits = info.sizeBits() + (long) flexibleElementBits(info) * flexibleCount;
        return MemorySegment.ofArray(new byte[(int) ((bits + 7) / 8)]);
    }

    /**
     * The element width of the flexible array that ends the layout, directly or through the layout embedded last
     * (create_umem_in ends in umem, which ends in mtt[]); 0 if it has none.
     */
    public int flexibleElementBits(LayoutInfo layout) {
        if (layout.fields().isEmpty()) {
            return 0;
        }
        FieldInfo last = layout.fields().getLast();
        if (last.flexible()) {
            return last.elementWidth();
        }
        return last.kind() == FieldInfo.Kind.NESTED && !layout.union()
                ? flexibleElementBits(registry.requireLayout(last.layout().orElseThrow())) : 0;
    }

    /**
     * Resolves a dotted path within {@code layout} to one scalar (an element of a scalar array counts). Indexes are
     * checked against fixed counts here; flexible arrays are checked against the segment by {@link #get} and
     * {@link #set}.
     */
    public FieldRef resolve(String layout, String name) {
        String path = fullPath(layout, name);
        LayoutInfo current = registry.requireLayout(layout);
        long base = 0;
        String[] steps = path.split("\\.", -1);
        for (int i = 0; i < steps.length; i++) {
            Step step = Step.parse(steps[i], path);
            LayoutInfo owner = current;
            FieldInfo field = owner.field(step.name).filter(f -> f.kind() != FieldInfo.Kind.RESERVED)
                    .orElseThrow(() -> new UnknownFieldException("unknown field '" + step.name + "' in "
                            + owner.name() + (path.equals(step.name) ? "" : " (path '" + path + "')")
                            + suggest(step.name, named(owner))));
            boolean last = i == steps.length - 1;
            long offset = base + field.offset();
            if (field.isArray()) {
                if (step.index < 0) {
                    throw new UnknownFieldException("field '" + field.name() + "' of " + owner.name()
                            + " is an array: name an element, as " + field.name() + "[0]");
                }
                if (!field.flexible() && step.index >= field.count()) {
                    throw new UnknownFieldException("index " + step.index + " out of range for '" + field.name()
                            + "' of " + owner.name() + " (" + field.count() + " elements)");
                }
                offset += (long) step.index * field.elementWidth();
            } else if (step.index >= 0) {
                throw new UnknownFieldException("field '" + field.name() + "' of " + owner.name()
                        + " is not an array");
            }
            boolean scalar = field.kind() == FieldInfo.Kind.SCALAR || field.kind() == FieldInfo.Kind.SCALAR_ARRAY;
            if (scalar) {
                if (!last) {
                    throw new UnknownFieldException("field '" + field.name() + "' of " + owner.name()
                            + " is a number and has no field '" + steps[i + 1] + "'");
                }
                String display = step.index < 0 ? field.name() : field.name() + "[" + step.index + "]";
                return new FieldRef(path, owner, field, display, offset, field.elementWidth());
            }
            if (last) {
                String nested = field.layout().orElseThrow();
                throw new UnknownFieldException("field '" + steps[i] + "' of " + owner.name() + " is a layout ("
                        + nested + "): name one of its fields, as " + steps[i] + "."
                        + firstNamed(registry.requireLayout(nested)));
            }
            current = registry.requireLayout(field.layout().orElseThrow());
            base = offset;
        }
        throw new UnknownFieldException("empty path in " + layout);
    }

    /**
     * The dotted path {@code name} stands for in {@code layout}: the name itself when its first step is a field of
     * the layout; else, for a name without dots, the one field anywhere in the layout's nested layouts (not within
     * arrays of layouts) with that name ({@code vsd} of query_adapter_out is {@code query_adapter_struct.vsd}). An
     * element index on it is kept ({@code lanes[2]}).
     *
     * @throws UnknownFieldException when several fields have that name (naming their paths), or none does (naming
     *                               the nearest)
     */
    public String fullPath(String layout, String name) {
        LayoutInfo info = registry.requireLayout(layout);
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        int open = first.indexOf('[');
        String bare = open < 0 ? first : first.substring(0, open);
        if (dot >= 0 || bare.isEmpty() || info.field(bare).filter(f -> f.kind() != FieldInfo.Kind.RESERVED)
                .isPresent()) {
            return name;
        }
        List<String> paths = paths(layout);
        List<String> matches = paths.stream().filter(p -> p.equals(bare) || p.endsWith("." + bare)).toList();
        if (matches.size() == 1) {
            return matches.getFirst() + (open < 0 ? "" : first.substring(open));
        }
        if (matches.size() > 1) {
            throw new UnknownFieldException("field '" + bare + "' of " + layout + " is ambiguous: "
                    + String.join(", ", matches.subList(0, Math.min(matches.size(), 8)))
                    + (matches.size() > 8 ? ", ... (" + matches.size() + " in all)" : ""));
        }
        throw new UnknownFieldException("unknown field '" + bare + "' in " + layout + suggest(bare, paths));
    }

    /**
     * The dotted path of every named field of {@code layout}, depth first: nested layouts' fields too, but not the
     * fields within arrays of layouts (those need an index).
     */
    public List<String> paths(String layout) {
        List<String> out = new ArrayList<>();
        paths(registry.requireLayout(layout), "", out, 0);
        return out;
    }

    private void paths(LayoutInfo layout, String prefix, List<String> out, int depth) {
        for (FieldInfo f : layout.fields()) {
            if (f.kind() == FieldInfo.Kind.RESERVED) {
                continue;
            }
            out.add(prefix + f.name());
            if (f.kind() == FieldInfo.Kind.NESTED && depth < 16) {
                paths(registry.requireLayout(f.layout().orElseThrow()), prefix + f.name() + ".", out, depth + 1);
            }
        }
    }

    private static List<String> named(LayoutInfo layout) {
        return layout.fields().stream().filter(f -> f.kind() != FieldInfo.Kind.RESERVED).map(FieldInfo::name)
                .toList();
    }

    /**
     * "; did you mean ..." with up to five of {@code candidates} (paths; their last step is compared) nearest to
     * {@code name} by edit distance, or containing it; empty when none is near.
     */
    static String suggest(String name, List<String> candidates) {
        record Near(String path, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (String c : candidates) {
            String last = c.substring(c.lastIndexOf('.') + 1);
            int d = distance(name, last);
            boolean contains = name.length() >= 3 && (last.contains(name) || name.contains(last) && last.length() >= 3);
            if (d <= Math.max(2, name.length() / 3) || contains) {
                near.add(new Near(c, d));
            }
        }
        near.sort(java.util.Comparator.comparingInt(Near::distance).thenComparing(Near::path));
        return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near.stream().limit(5)
                .map(Near::path).toList()) + "?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String firstNamed(LayoutInfo layout) {
        return layout.fields().stream().filter(f -> f.kind() != FieldInfo.Kind.RESERVED).map(FieldInfo::name)
                .findFirst().orElse("...");
    }

    /** The unsigned value at {@code path}. */
    public long get(String layout, MemorySegment segment, String path) {
        FieldRef ref = resolve(layout, path);
        checkInside(layout, ref, segment);
        return Bits.get(segment, ref.bitOffset(), ref.width());
    }

    /** Writes {@code value} at {@code path}, refusing a value wider than the field. */
    public void set(String layout, MemorySegment segment, String path, long value) {
        FieldRef ref = resolve(layout, path);
        checkInside(layout, ref, segment);
        Bits.checkWidth(ref.owner().name(), ref.displayName(), value, ref.width());
        Bits.set(segment, ref.bitOffset(), ref.width(), value);
    }

    /**
     * Writes a value given as text, as a user types it: a number ({@code 42}, {@code 0x2a}), a value name of the
     * field's enum ({@code up}), or for a flag set names joined by {@code |} or {@code ,}
     * ({@code raw_tx|tools_resources}).
     */
    public void set(String layout, MemorySegment segment, String path, String text) {
        FieldRef ref = resolve(layout, path);
        set(layout, segment, path, parseValue(ref, text));
    }

    /** The value {@code text} stands for in the field at {@code ref}, by the rules of the text {@code set}. */
    public long parseValue(FieldRef ref, String text) {
        String t = text.strip();
        Optional<Long> number = parseNumber(t);
        if (number.isPresent()) {
            return number.get();
        }
        Optional<EnumInfo> enumInfo = ref.enumName().map(registry::requireEnum);
        if (enumInfo.isEmpty()) {
            throw new UnknownFieldException("field '" + ref.displayName() + "' of " + ref.owner().name() + ": '"
                    + text + "' is not a number");
        }
        EnumInfo e = enumInfo.get();
        long value = 0;
        for (String name : e.flags() ? t.split("[|,]") : new String[] {t}) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            value |= e.byName(n).orElseThrow(() -> new UnknownFieldException("field '" + ref.displayName()
                    + "' of " + ref.owner().name() + ": '" + n + "' is neither a number nor a value of " + e.name()
                    + " (" + String.join(", ", e.values().stream().map(EnumInfo.Value::name).toList()) + ")"))
                    .value();
        }
        return value;
    }

    private static Optional<Long> parseNumber(String t) {
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Optional.of(Long.parseUnsignedLong(t.substring(2), 16));
            }
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                return Optional.of(Long.parseUnsignedLong(t));
            }
        } catch (NumberFormatException e) {
            // Falls through to the enum names: "1g" is a value name, not a malformed number.
        }
        return Optional.empty();
    }

    private static void checkInside(String layout, FieldRef ref, MemorySegment segment) {
        if (ref.bitOffset() + ref.width() > segment.byteSize() * 8) {
            throw new UnknownFieldException("'" + ref.path() + "' of " + layout + " lies beyond the "
                    + segment.byteSize() + " bytes given" + (ref.field().flexible() ? " (flexible array)" : ""));
        }
    }

    /** Decodes the whole segment as {@code layout}: a tree of named values, unions with every member decoded. */
    public Node.Struct decode(String layout, MemorySegment segment) {
        return decode(layout, segment, Map.of());
    }

    /**
     * Decodes the whole segment as {@code layout}, and of each union whose path is a key of {@code unionMembers}
     * only the member named by its value: {@code Map.of("capability", "cmd_hca_cap")} shows a QUERY_HCA_CAP reply
     * as general caps alone. Other unions show every member.
     */
    public Node.Struct decode(String layout, MemorySegment segment, Map<String, String> unionMembers) {
        LayoutInfo info = registry.requireLayout(layout);
        if (segment.byteSize() < info.sizeBytes()) {
            throw new UnknownFieldException(layout + " needs " + info.sizeBytes() + " bytes, got "
                    + segment.byteSize());
        }
        return decodeStruct(info.name(), "", info, segment, 0, unionMembers);
    }

    /** Decodes the layout that starts {@code bitBase} bits into the segment (a view's nested position). */
    public Node.Struct decode(LayoutInfo layout, MemorySegment segment, long bitBase) {
        return decodeStruct(layout.name(), "", layout, segment, bitBase, Map.of());
    }

    private Node.Struct decodeStruct(String name, String path, LayoutInfo layout, MemorySegment segment, long base,
            Map<String, String> unionMembers) {
        List<FieldInfo> fields = layout.fields();
        String member = layout.union() ? unionMembers.get(path) : null;
        if (member != null) {
            fields = List.of(layout.field(member).filter(f -> f.kind() != FieldInfo.Kind.RESERVED)
                    .orElseThrow(() -> new UnknownFieldException("union " + layout.name() + " at '" + path
                            + "' has no member '" + member + "'")));
        }
        List<Node> nodes = new ArrayList<>(fields.size());
        String prefix = path.isEmpty() ? "" : path + ".";
        for (FieldInfo f : fields) {
            long at = base + f.offset();
            switch (f.kind()) {
                case RESERVED -> {
                }
                case SCALAR -> nodes.add(scalar(f.name(), f, segment, at));
                case NESTED -> nodes.add(decodeStruct(f.name(), prefix + f.name(),
                        registry.requireLayout(f.layout().orElseThrow()), segment, at,
                        selected(f, prefix + f.name(), nodes, unionMembers)));
                case SCALAR_ARRAY, LAYOUT_ARRAY -> nodes.add(array(f, prefix + f.name(), segment, at, unionMembers));
            }
        }
        return new Node.Struct(name, layout.name(), nodes);
    }

    /**
     * {@code unionMembers}, with the member the schema's selector of {@code f} chooses from the value of the field
     * before it, already decoded in {@code siblings}; a choice the caller made stands.
     */
    private static Map<String, String> selected(FieldInfo f, String path, List<Node> siblings,
            Map<String, String> unionMembers) {
        if (f.selector().isEmpty() || unionMembers.containsKey(path)) {
            return unionMembers;
        }
        Selector s = f.selector().get();
        return siblings.stream()
                .filter(n -> n instanceof Node.Scalar sc && sc.name().equals(s.by()))
                .findFirst()
                .flatMap(n -> s.member(((Node.Scalar) n).value()))
                .map(member -> {
                    Map<String, String> m = new java.util.HashMap<>(unionMembers);
                    m.put(path, member);
                    return Map.copyOf(m);
                })
                .orElse(unionMembers);
    }

    private Node array(FieldInfo f, String path, MemorySegment segment, long at, Map<String, String> unionMembers) {
        long count = f.flexible() ? Math.max(0, (segment.byteSize() * 8 - at) / f.elementWidth()) : f.count();
        if (f.isBytes() && (at & 7) == 0) {
            return new Node.Bytes(f.name(), segment.asSlice(at >>> 3, count).toArray(ValueLayout.JAVA_BYTE));
        }
        List<Node> elements = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            long e = at + (long) i * f.elementWidth();
            String name = f.name() + "[" + i + "]";
            elements.add(f.kind() == FieldInfo.Kind.SCALAR_ARRAY ? scalar(name, f, segment, e)
                    : decodeStruct(name, path + "[" + i + "]", registry.requireLayout(f.layout().orElseThrow()),
                            segment, e, unionMembers));
        }
        return new Node.Array(f.name(), elements);
    }

    private Node.Scalar scalar(String name, FieldInfo f, MemorySegment segment, long at) {
        long value = Bits.get(segment, at, f.elementWidth());
        return new Node.Scalar(name, value, f.elementWidth(), symbols(f.enumName(), value));
    }

    /** The names for {@code value} in the enum: its value name, or for a flag set the names of the set flags. */
    public List<String> symbols(Optional<String> enumName, long value) {
        if (enumName.isEmpty()) {
            return List.of();
        }
        EnumInfo e = registry.requireEnum(enumName.get());
        if (!e.flags()) {
            return e.byValue(value).map(v -> List.of(v.name())).orElse(List.of());
        }
        List<String> names = new ArrayList<>();
        for (EnumInfo.Value v : e.values()) {
            if ((value & v.value()) == v.value()) {
                names.add(v.name());
            }
        }
        return names;
    }

    /** One step of a path: a field name and, for an array, an index (-1 if none). */
    private record Step(String name, int index) {

        static Step parse(String text, String path) {
            int open = text.indexOf('[');
            if (open < 0) {
                if (text.isEmpty()) {
                    throw new UnknownFieldException("malformed path '" + path + "': empty field name");
                }
                return new Step(text, -1);
            }
            if (!text.endsWith("]") || open == 0) {
                throw new UnknownFieldException("malformed path '" + path + "' at '" + text + "'");
            }
            try {
                int index = Integer.parseInt(text.substring(open + 1, text.length() - 1));
                if (index < 0) {
                    throw new NumberFormatException();
                }
                return new Step(text.substring(0, open), index);
            } catch (NumberFormatException e) {
                throw new UnknownFieldException("malformed path '" + path + "': bad index in '" + text + "'");
            }
        }
    }
}
