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
import dev.mlx5ctl.schema.Declarations.SelectDecl;
import dev.mlx5ctl.schema.Declarations.Text;
import dev.mlx5ctl.schema.Declarations.ValueDecl;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one schema file into {@link Declarations}: the shape of the YAML (keys, types, identifiers, number ranges).
 * Meaning across elements (names, offsets, references) is the {@link Validator}'s.
 *
 * <p>Where a diagnostic points: at the value node when a value is wrong (a type, a range, a spelling); at the key
 * node when the key itself is wrong (unknown, duplicate); at the element (its first key) when something is
 * missing or the element as a whole is inconsistent.
 */
final class SchemaFileReader {

    private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Enum value names may start with a digit, as the PRM's own do ({@code 1g}). */
    private static final Pattern VALUE_NAME = Pattern.compile("[a-z0-9][a-z0-9_]*");

    private static final int MAX_BITS = Integer.MAX_VALUE;
    private static final int MAX_COUNT = 0x100000;

    private final String file;
    private final Declarations out;
    private final List<Diagnostic> diagnostics;

    private SchemaFileReader(String file, Declarations out, List<Diagnostic> diagnostics) {
        this.file = file;
        this.out = out;
        this.diagnostics = diagnostics;
    }

    /** Parses {@code text}, the contents of {@code file}, adding what it declares to {@code out}. */
    static void read(String file, String text, Declarations out, List<Diagnostic> diagnostics) {
        new SchemaFileReader(file, out, diagnostics).read(text);
    }

    private void read(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setLabel(file).build();
        List<Node> documents = new ArrayList<>();
        try {
            for (Node document : new Compose(settings).composeAllFromString(text)) {
                documents.add(document);
            }
        } catch (MarkedYamlEngineException e) {
            out.unreadableFile = true;
            error(e.getProblemMark().map(this::location).orElse(new Location(file, 1, 1)), syntaxMessage(e));
            return;
        } catch (ReaderException e) {
            out.unreadableFile = true;
            error(locationOfIndex(text, e.getPosition()),
                    "YAML syntax error: character U+%04X is not allowed".formatted(e.getCodePoint()));
            return;
        } catch (YamlEngineException e) {
            out.unreadableFile = true;
            error(new Location(file, 1, 1), "YAML syntax error: " + e.getMessage());
            return;
        }
        if (documents.size() > 1) {
            error(location(documents.get(1)), "a schema file holds one YAML document; this is a second one");
        }
        if (documents.isEmpty() || isNull(documents.getFirst())) {
            return;
        }
        if (!(documents.getFirst() instanceof MappingNode root)) {
            error(location(documents.getFirst()), "a schema file is a mapping with the keys "
                    + "enums, layouts, commands, registers, cap_types; found " + describe(documents.getFirst()));
            return;
        }
        Entries top = new Entries(root);
        top.checkKeys("the schema file", "enums", "layouts", "commands", "registers", "cap_types");
        eachMapping(top, "enums", this::readEnum);
        eachMapping(top, "layouts", this::readLayout);
        eachMapping(top, "commands", this::readCommand);
        eachMapping(top, "registers", this::readRegister);
        eachMapping(top, "cap_types", this::readCapType);
    }

    private String syntaxMessage(MarkedYamlEngineException e) {
        String context = e.getContext() == null || e.getContext().isEmpty() ? ""
                : " (" + e.getContext() + e.getContextMark().map(m -> " at " + (m.getLine() + 1) + ":"
                        + (m.getColumn() + 1)).orElse("") + ")";
        return "YAML syntax error: " + e.getProblem() + context;
    }

    private void eachMapping(Entries top, String key, Consumer<MappingNode> reader) {
        SequenceNode list = top.list(key, false, "the schema file");
        if (list == null) {
            return;
        }
        for (Node item : list.getValue()) {
            if (item instanceof MappingNode m) {
                reader.accept(m);
            } else {
                error(location(item), "each entry of '" + key + "' is a mapping, not " + describe(item));
            }
        }
    }

    // ---- enums

    private void readEnum(MappingNode node) {
        Entries e = new Entries(node);
        Text name = e.name("enum", LOWER_SNAKE);
        String what = name == null ? "enum" : "enum '" + name.value() + "'";
        e.checkKeys(what, "name", "doc", "flags", "values");
        boolean flags = e.bool("flags", what);
        List<ValueDecl> values = new ArrayList<>();
        SequenceNode list = e.list("values", true, what);
        if (list != null && list.getValue().isEmpty()) {
            error(location(list), what + " has no values");
        }
        if (list != null) {
            for (Node item : list.getValue()) {
                if (!(item instanceof MappingNode m)) {
                    error(location(item), "each value of " + what + " is a mapping, not " + describe(item));
                    continue;
                }
                Entries v = new Entries(m);
                Text valueName = v.name("enum value", VALUE_NAME);
                String valueWhat = (valueName == null ? "value" : "'" + valueName.value() + "'") + " of " + what;
                v.checkKeys(valueWhat, "name", "value", "doc");
                Num value = v.number("value", true, 0, Long.MAX_VALUE, valueWhat);
                values.add(new ValueDecl(valueName, value, v.doc(valueWhat), location(m)));
            }
        }
        out.enums.add(new EnumDecl(name, e.doc(what), flags, values, location(node)));
    }

    // ---- layouts

    private void readLayout(MappingNode node) {
        Entries e = new Entries(node);
        Text name = e.name("layout", LOWER_SNAKE);
        String what = name == null ? "layout" : "layout '" + name.value() + "'";
        e.checkKeys(what, "name", "doc", "kind", "size", "fields", "format");
        Layout.Kind kind = Layout.Kind.STRUCT;
        Text kindText = e.text("kind", false, what);
        if (kindText != null) {
            switch (kindText.value()) {
                case "struct" -> kind = Layout.Kind.STRUCT;
                case "union" -> kind = Layout.Kind.UNION;
                default -> error(kindText.location(),
                        "kind '" + kindText.value() + "' of " + what + " is neither struct nor union");
            }
        }
        Num size = e.number("size", false, 1, MAX_BITS, what);
        if (kind == Layout.Kind.UNION && size == null && e.node("size") == null) {
            error(location(node), "union " + what + " is missing key 'size'");
        }
        List<FieldDecl> fields = new ArrayList<>();
        SequenceNode list = e.list("fields", true, what);
        if (list != null && list.getValue().isEmpty()) {
            error(location(list), what + " has no fields");
        }
        if (list != null) {
            for (Node item : list.getValue()) {
                if (item instanceof MappingNode m) {
                    fields.add(readField(m, what));
                } else {
                    error(location(item), "each field of " + what + " is a mapping, not " + describe(item));
                    fields.add(new FieldDecl(null, null, null, null, null, null, null, "", location(item)));
                }
            }
        }
        out.layouts.add(new LayoutDecl(name, e.doc(what), kind, size, fields,
                list != null && !list.getValue().isEmpty(), location(node), e.text("format", false, what)));
    }

    private FieldDecl readField(MappingNode node, String layoutWhat) {
        Entries e = new Entries(node);
        if (e.node("reserved") != null) {
            String what = "reserved field of " + layoutWhat;
            e.checkKeys(what, "reserved", "at", "doc");
            Num width = e.number("reserved", true, 1, MAX_BITS, what);
            Num at = e.number("at", false, 0, MAX_BITS, what);
            // Without a valid width this is a field of unknown extent, as any other unreadable one.
            return new FieldDecl(null, width, null, null, null, null, at, e.doc(what), location(node));
        }
        Text name = e.name("field", LOWER_SNAKE);
        String what = (name == null ? "field" : "field '" + name.value() + "'") + " of " + layoutWhat;
        boolean misspelt = !e.checkKeys(what, "name", "width", "enum", "layout", "count", "at", "doc", "reserved",
                "format", "unit", "select");
        SelectDecl select = e.node("select") == null ? null : readSelect(e, what);
        Text format = e.text("format", false, what);
        Text unit = e.text("unit", false, what);
        Num width = e.number("width", false, 1, 64, what);
        Text layout = e.text("layout", false, what);
        Text enumRef = e.text("enum", false, what);
        Num at = e.number("at", false, 0, MAX_BITS, what);
        String doc = e.doc(what);
        boolean known = (width != null) != (layout != null);
        if (e.node("width") != null && e.node("layout") != null) {
            error(location(node), what + " has both 'width' and 'layout'; give one");
            known = false;
        } else if (e.node("width") == null && e.node("layout") == null && !misspelt) {
            // With an unknown key (a misspelt 'width'?) that report says it all.
            error(location(node), what + " needs 'width' or 'layout'");
        }
        if (enumRef != null && e.node("layout") != null) {
            error(enumRef.location(), "'enum' of " + what + " types a number; an embedded layout takes none");
            enumRef = null;
        }
        Num count = null;
        Node countNode = e.node("count");
        if (countNode instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
            if (s.getValue().equals("flexible")) {
                count = new Num(FieldDecl.FLEXIBLE, s.getValue(), location(s));
            } else {
                error(location(s), "count '" + s.getValue() + "' of " + what + " is neither a number nor 'flexible'");
                known = false;
            }
        } else if (countNode != null) {
            count = e.number("count", false, 1, MAX_COUNT, what);
            known &= count != null;
        }
        if (!known) {
            return new FieldDecl(name, null, null, enumRef, null, null, at, doc, location(node), format, unit, select);
        }
        return new FieldDecl(name, null, width, enumRef, layout, count, at, doc, location(node), format, unit,
                select);
    }

    /** {@code select: {by: FIELD, members: {VALUE: MEMBER, ...}}}; null (reported) if it is not that shape. */
    private SelectDecl readSelect(Entries field, String fieldWhat) {
        String what = "'select' of " + fieldWhat;
        if (!(field.node("select") instanceof MappingNode m)) {
            error(location(field.node("select")), what + " must be a mapping with 'by' and 'members'");
            return null;
        }
        Entries e = new Entries(m);
        e.checkKeys(what, "by", "members");
        Text by = e.text("by", true, what);
        Map<Text, Text> members = new LinkedHashMap<>();
        if (e.node("members") instanceof MappingNode list) {
            for (NodeTuple t : list.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                    members.put(new Text(k.getValue(), location(k)), new Text(v.getValue(), location(v)));
                } else {
                    error(location(t.getKeyNode()), "each entry of 'members' of " + what
                            + " is VALUE: MEMBER (a value of the selecting field, a member of the union)");
                }
            }
        } else {
            error(location(m), what + " needs 'members', a mapping of values to union members");
        }
        return by == null ? null : new SelectDecl(by, members, location(m));
    }

    // ---- commands, registers, cap types

    private void readCommand(MappingNode node) {
        Entries e = new Entries(node);
        Text name = e.name("command", UPPER_SNAKE);
        String what = name == null ? "command" : "command '" + name.value() + "'";
        e.checkKeys(what, "name", "opcode", "doc", "scope", "in", "out", "op_mod", "effect", "clears");
        Num opcode = e.number("opcode", true, 0, 0xffff, what);
        Text scopeText = e.text("scope", true, what);
        Scope scope = scopeText == null ? null : scope(scopeText, what);
        Text in = e.text("in", true, what);
        Text outLayout = e.text("out", true, what);
        OpModDecl opMod = null;
        Node opModNode = e.node("op_mod");
        if (opModNode instanceof MappingNode m) {
            opMod = readOpMod(m, what);
        } else if (opModNode != null) {
            error(location(opModNode), "'op_mod' of " + what + " must be a mapping, not " + describe(opModNode));
        }
        out.commands.add(new CommandDecl(name, opcode, e.doc(what), scopeText, scope, in, outLayout, opMod,
                location(node), e.text("effect", false, what), e.text("clears", false, what)));
    }

    private OpModDecl readOpMod(MappingNode node, String commandWhat) {
        Entries e = new Entries(node);
        String what = "op_mod of " + commandWhat;
        e.checkKeys(what, "doc", "enum", "layout", "scopes");
        Text enumRef = e.text("enum", false, what);
        Text layout = e.text("layout", false, what);
        if (e.node("enum") != null && e.node("layout") != null) {
            error(location(node), what + " has both 'enum' and 'layout'; give at most one");
        }
        List<OverrideDecl> overrides = new ArrayList<>();
        SequenceNode list = e.list("scopes", false, what);
        if (list != null) {
            String overrideWhat = "op_mod scope override of " + commandWhat;
            for (Node item : list.getValue()) {
                if (!(item instanceof MappingNode m)) {
                    error(location(item), "each entry of 'scopes' of " + what + " is a mapping, not "
                            + describe(item));
                    continue;
                }
                Entries o = new Entries(m);
                o.checkKeys(overrideWhat, "op_mod", "scope", "doc");
                o.doc(overrideWhat);
                Num value = null;
                Text valueName = null;
                Node valueNode = o.node("op_mod");
                if (valueNode == null) {
                    error(location(m), overrideWhat + " is missing key 'op_mod'");
                } else if (valueNode instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
                    valueName = new Text(s.getValue(), location(s));
                } else {
                    value = o.number("op_mod", true, 0, 0xffff, overrideWhat);
                }
                Text scopeText = o.text("scope", true, overrideWhat);
                Scope scope = scopeText == null ? null : scope(scopeText, overrideWhat);
                overrides.add(new OverrideDecl(value, valueName, scope, location(m)));
            }
        }
        return new OpModDecl(e.doc(what), enumRef, layout, overrides, location(node));
    }

    private Scope scope(Text text, String what) {
        return Scope.bySchemaName(text.value()).orElseGet(() -> {
            error(text.location(), "unknown scope '" + text.value() + "' of " + what + "; valid scopes: "
                    + Arrays.stream(Scope.values()).map(Scope::schemaName).collect(Collectors.joining(", ")));
            return null;
        });
    }

    private void readRegister(MappingNode node) {
        Entries e = new Entries(node);
        Text name = e.name("register", UPPER_SNAKE);
        String what = name == null ? "register" : "register '" + name.value() + "'";
        e.checkKeys(what, "name", "id", "layout", "read", "write", "doc", "clears", "index", "read_only");
        Num id = e.number("id", true, 0, 0xffff, what);
        Text layout = e.text("layout", true, what);
        Text read = e.text("read", false, what);
        Text write = e.text("write", false, what);
        Text allReadOnly = null;
        List<Text> readOnly = List.of();
        if (e.node("read_only") instanceof ScalarNode) {
            allReadOnly = e.text("read_only", false, what);
            if (allReadOnly != null && !allReadOnly.value().equals("all")) {
                error(allReadOnly.location(), "'read_only' of " + what + " is a list of fields or 'all', not '"
                        + allReadOnly.value() + "'");
                allReadOnly = null;
            }
        } else {
            readOnly = paths(e, "read_only", what);
        }
        out.registers.add(new RegisterDecl(name, id, layout, read == null ? null : scope(read, what + " read"),
                write == null ? null : scope(write, what + " write"), e.doc(what), location(node),
                e.text("clears", false, what), paths(e, "index", what), readOnly, allReadOnly));
    }

    /** A list of field paths ({@code [local_port, grp]}); empty if the key is absent. */
    private List<Text> paths(Entries e, String key, String what) {
        SequenceNode list = e.list(key, false, what);
        List<Text> paths = new ArrayList<>();
        if (list == null) {
            return paths;
        }
        for (Node item : list.getValue()) {
            if (item instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
                paths.add(new Text(s.getValue(), location(s)));
            } else {
                error(location(item), "each entry of '" + key + "' of " + what + " is a field path, not "
                        + describe(item));
            }
        }
        return paths;
    }

    private void readCapType(MappingNode node) {
        Entries e = new Entries(node);
        Text name = e.name("cap type", LOWER_SNAKE);
        String what = name == null ? "cap type" : "cap type '" + name.value() + "'";
        e.checkKeys(what, "name", "value", "layout", "doc");
        Num value = e.number("value", true, 0, 0x7fff, what);
        Text layout = e.text("layout", true, what);
        out.capTypes.add(new CapTypeDecl(name, value, layout, e.doc(what), location(node)));
    }

    // ---- one mapping's keys and values

    /** The entries of one mapping, looked up by key, each type error reported where the value was written. */
    private final class Entries {

        private final MappingNode node;
        private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        private final List<ScalarNode> duplicates = new ArrayList<>();
        private final List<Node> oddKeys = new ArrayList<>();

        Entries(MappingNode node) {
            this.node = node;
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (byKey.putIfAbsent(key.getValue(), tuple) != null) {
                        duplicates.add(key);
                    }
                } else {
                    oddKeys.add(tuple.getKeyNode());
                }
            }
        }

        /**
         * Reports duplicate and unknown keys; call once the element's name (for {@code what}) is known.
         *
         * @return whether every key was known
         */
        boolean checkKeys(String what, String... allowed) {
            boolean known = oddKeys.isEmpty();
            List<String> valid = List.of(allowed);
            for (ScalarNode key : duplicates) {
                error(location(key), "duplicate key '" + key.getValue() + "' in " + what);
            }
            for (Node key : oddKeys) {
                error(location(key), "a key of " + what + " must be a name, not " + describe(key));
            }
            for (NodeTuple tuple : byKey.values()) {
                ScalarNode key = (ScalarNode) tuple.getKeyNode();
                if (!valid.contains(key.getValue())) {
                    known = false;
                    error(location(key), "unknown key '" + key.getValue() + "' in " + what + "; expected one of: "
                            + String.join(", ", valid));
                }
            }
            return known;
        }

        Node node(String key) {
            NodeTuple tuple = byKey.get(key);
            return tuple == null ? null : tuple.getValueNode();
        }

        /** The required {@code name}, checked against the naming rule of its kind of element. */
        Text name(String kind, Pattern rule) {
            Text name = text("name", true, kind);
            if (name != null && !rule.matcher(name.value()).matches()) {
                String style = rule == UPPER_SNAKE ? "UPPER_SNAKE_CASE" : "lower_snake_case";
                error(name.location(), kind + " name '" + name.value() + "' is not " + style + " (" + rule + ")");
            }
            return name;
        }

        Text text(String key, boolean required, String what) {
            Node value = present(key, required, what);
            if (value == null) {
                return null;
            }
            if (value instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
                return new Text(s.getValue(), location(s));
            }
            wrongType(key, what, "a string", value);
            return null;
        }

        String doc(String what) {
            Text doc = text("doc", false, what);
            return doc == null ? "" : doc.value().strip();
        }

        boolean bool(String key, String what) {
            Node value = present(key, false, what);
            if (value == null) {
                return false;
            }
            if (value instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
                return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
            }
            wrongType(key, what, "true or false", value);
            return false;
        }

        Num number(String key, boolean required, long min, long max, String what) {
            Node value = present(key, required, what);
            if (value == null) {
                return null;
            }
            if (!(value instanceof ScalarNode s) || !s.getTag().equals(Tag.INT)) {
                wrongType(key, what, "a number", value);
                return null;
            }
            BigInteger n = parseInteger(s.getValue());
            if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
                error(location(s), key + " " + s.getValue() + " of " + what + " is out of range (" + bound(min)
                        + " to " + bound(max) + ")");
                return null;
            }
            return new Num(n.longValueExact(), s.getValue(), location(s));
        }

        SequenceNode list(String key, boolean required, String what) {
            Node value = present(key, required, what);
            if (value == null) {
                return null;
            }
            if (value instanceof SequenceNode s) {
                return s;
            }
            if (isNull(value)) {
                // `fields:` with every entry commented out: an empty list, reported as such where it matters.
                return new SequenceNode(Tag.SEQ, true, List.of(), FlowStyle.BLOCK, value.getStartMark(),
                        value.getEndMark());
            }
            wrongType(key, what, "a list", value);
            return null;
        }

        private Node present(String key, boolean required, String what) {
            Node value = node(key);
            if (value == null && required) {
                error(location(node), what + " is missing key '" + key + "'");
            }
            return value;
        }

        private void wrongType(String key, String what, String expected, Node value) {
            error(location(value), "'" + key + "' of " + what + " must be " + expected + ", not " + describe(value));
        }
    }

    // ---- helpers

    /** Core schema integers: decimal with an optional sign, 0x hex or 0o octal. */
    private static BigInteger parseInteger(String text) {
        if (text.startsWith("0x")) {
            return new BigInteger(text.substring(2), 16);
        }
        if (text.startsWith("0o")) {
            return new BigInteger(text.substring(2), 8);
        }
        return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }

    /** Bounds as the schema writes numbers: small ones in decimal, the rest in hex. */
    private static String bound(long n) {
        return n < 10 ? Long.toString(n) : "0x" + Long.toHexString(n);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String describe(Node node) {
        return switch (node) {
            case MappingNode m -> "a mapping";
            case SequenceNode s -> "a list";
            case ScalarNode s when s.getTag().equals(Tag.STR) -> "the string '" + s.getValue() + "'";
            case ScalarNode s when s.getTag().equals(Tag.INT) -> "the number " + s.getValue();
            case ScalarNode s when s.getTag().equals(Tag.FLOAT) -> "the fraction " + s.getValue();
            case ScalarNode s when s.getTag().equals(Tag.BOOL) -> "the boolean " + s.getValue();
            case ScalarNode s when s.getTag().equals(Tag.NULL) -> "nothing";
            case ScalarNode s -> "'" + s.getValue() + "' (" + s.getTag().getValue() + ")";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private Location location(Node node) {
        return node.getStartMark().map(this::location).orElse(new Location(file, 1, 1));
    }

    private Location location(Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private Location locationOfIndex(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    private void error(Location location, String message) {
        diagnostics.add(Diagnostic.error(location, message));
    }
}
