package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.layout.Node;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * What mlx5ctl prints as JSON, written by Jackson's streaming generator: maps (objects, in their iteration order),
 * lists, strings, numbers, booleans, null and decoded layouts ({@link Node}). Pretty output is indented by two
 * spaces ({@code "name": value}, as jq prints); a line has no whitespace. Neither ends in a newline. Strings are
 * ASCII, anything else escaped, so that no consumer's character set matters. The contract, and the version it
 * has, is {@code tools/json-schema/mlx5ctl.schema.json}.
 *
 * <p>Decoded layouts map as follows: a layout is an object of its fields; a plain number field is a JSON number
 * (unsigned), but a field wider than 53 bits is a string of decimal digits, as no common JSON consumer keeps such
 * numbers whole; a field typed by an enum is {@code {"value": 1, "name": "up"}}
 * ({@code "name": null} for a value the enum lacks) and by a flag set {@code {"value": 5, "flags": ["raw_tx", ...]}};
 * a field the schema formats as text (an address, a string) is that string; an array is a list; a byte array is a
 * string of hex digits.
 */
final class Json {

    private Json() {
    }

    /**
     * Jackson's factory and pretty printer, made when JSON is first written: text output, which also reads
     * {@link #number} and {@link #scalar}, does not load Jackson.
     */
    private static final class Jackson {

        static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

        /** Two-space indentation, {@code "name": value}, and {@code {}} / {@code []} for empty ones. */
        private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));

        /** Where the generator takes its pretty printer from: a fresh one per document, as Jackson requires. */
        static final ObjectWriteContext PRETTY_CONTEXT = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return PRETTY.createInstance();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    static String write(Object value) {
        return render(value, Jackson.PRETTY_CONTEXT);
    }

    /** One line of JSON lines: the same value without newlines or indentation. */
    static String line(Object value) {
        return render(value, ObjectWriteContext.empty());
    }

    private static String render(Object value, ObjectWriteContext context) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Jackson.FACTORY.createGenerator(context, out)) {
            value(g, value);
        }
        return out.toString();
    }

    private static void value(JsonGenerator g, Object value) {
        switch (value) {
            case null -> g.writeNull();
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Unsigned u -> {
                if (u.value() >= 0) {
                    g.writeNumber(u.value());
                } else {
                    g.writeNumber(new BigInteger(Long.toUnsignedString(u.value())));
                }
            }
            case BigInteger b -> g.writeNumber(b);
            case BigDecimal d -> g.writeNumber(d);
            case Double d -> g.writeNumber(d);
            case Float f -> g.writeNumber(f);
            case Number n -> g.writeNumber(n.longValue());
            case String s -> g.writeString(s);
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    g.writeName(String.valueOf(e.getKey()));
                    value(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> l -> {
                g.writeStartArray();
                for (Object o : l) {
                    value(g, o);
                }
                g.writeEndArray();
            }
            case Node n -> node(g, n);
            default -> g.writeString(value.toString());
        }
    }

    /** A 64-bit field's raw bits, printed as the unsigned number they are. */
    record Unsigned(long value) {
    }

    /** The widest field JSON carries as a number: 2^53 - 1 is the largest integer jq 1.6 and JavaScript keep. */
    static final int WIDEST_NUMBER = 53;

    /**
     * A field's value as JSON: a number, or for a field wider than {@link #WIDEST_NUMBER} bits (64-bit counters,
     * GUIDs) a string of its decimal digits, whatever the value, so that each field keeps one type.
     */
    static Object number(Node.Scalar s) {
        return s.width() > WIDEST_NUMBER ? Long.toUnsignedString(s.value()) : new Unsigned(s.value());
    }

    private static void node(JsonGenerator g, Node node) {
        switch (node) {
            case Node.Struct s -> {
                g.writeStartObject();
                for (Node f : s.fields()) {
                    g.writeName(f.name());
                    value(g, f instanceof Node.Scalar scalar ? scalar(scalar, Fields.enumOf(s.layout(), f.name())) : f);
                }
                g.writeEndObject();
            }
            case Node.Array a -> value(g, a.elements());
            case Node.Bytes b -> g.writeString(HexFormat.of().formatHex(b.bytes()));
            case Node.Scalar s -> value(g, number(s));
            case Node.Text t -> g.writeString(t.text());
        }
    }

    /** A scalar as JSON sees it: a number, or for a field typed by an enum an object with its names. */
    static Object scalar(Node.Scalar s, Optional<EnumInfo> enumInfo) {
        Object number = number(s);
        if (enumInfo.isPresent()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("value", number);
            if (enumInfo.get().flags()) {
                m.put("flags", s.symbols());
            } else {
                m.put("name", s.symbols().isEmpty() ? null : s.symbols().getFirst());
            }
            return m;
        }
        return number;
    }
}
