package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.layout.Formats;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.Node;
import dev.mlx5ctl.layout.UnknownFieldException;
import dev.mlx5ctl.prm.Prm;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints results in the format the global options ask for, to stdout or {@code -o FILE}: replies decoded (text or
 * JSON) or as they came ({@code --hex}, {@code --raw}), and reports that are not mailboxes (text or JSON only).
 */
final class Printer {

    private final GlobalOptions options;
    private final LayoutCodec codec = new LayoutCodec(Prm.REGISTRY);
    private final Formats formats = new Formats(Prm.REGISTRY);

    Printer(GlobalOptions options) {
        this.options = options;
    }

    /**
     * A command's reply: {@code layout} decoded from byte {@code offset} of the output mailbox (the capability
     * block, the register data, or the whole mailbox at 0), or the mailbox itself for {@code --hex} and
     * {@code --raw}. With {@code select}, only those fields (paths within {@code layout}). Decoded output shows a
     * union the schema selects by a field before it (PPCNT's counter set by its group) as that member alone, a
     * 64-bit counter the PRM splits into 32-bit halves (X_high, X_low) as the one value X, and fields in the
     * schema's formats.
     */
    void reply(String layout, byte[] outbox, long offset, List<String> select) {
        switch (options.format()) {
            case RAW -> emit(outbox);
            case HEX -> emit(Text.hexdump(outbox).getBytes(StandardCharsets.UTF_8));
            case TEXT, JSON -> {
                MemorySegment view = MemorySegment.ofArray(outbox).asSlice(offset);
                if (!select.isEmpty()) {
                    selected(layout, view, select);
                    return;
                }
                Node.Struct tree = formats.present(Node.joinHalves(codec.decode(layout, view)));
                if (options.format() == GlobalOptions.Format.JSON) {
                    text(options.json(tree) + "\n");
                } else {
                    text(Text.fields(tree, options.all()));
                }
            }
        }
    }

    /**
     * The fields named by {@code paths}: a dotted path, or a field's own name when it is unique in the layout. A
     * number prints as a value; a nested layout, an array or a byte array as the decoded part of the reply.
     */
    private void selected(String layout, MemorySegment view, List<String> paths) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> rows = new LinkedHashMap<>();
        Node.Struct tree = null;
        for (String path : paths) {
            String full;
            try {
                full = codec.fullPath(layout, path);
            } catch (UnknownFieldException e) {
                // A 64-bit counter the PRM splits into halves is selected by its whole name.
                long value = half(layout, view, path + "_high", e) << 32 | half(layout, view, path + "_low", e);
                Node.Scalar joined = new Node.Scalar(path, value, 64, List.of());
                rows.put(path, Text.value(joined));
                json.put(path, Json.number(joined));
                continue;
            }
            Node part;
            try {
                LayoutCodec.FieldRef ref = codec.resolve(layout, full);
                long value = Bits.get(view, ref.bitOffset(), ref.width());
                Node shown = formats.present(ref.field(), new Node.Scalar(path, value, ref.width(),
                        codec.symbols(ref.enumName(), value)));
                if (shown instanceof Node.Scalar scalar) {
                    rows.put(path, Text.value(scalar));
                    json.put(path, Json.scalar(scalar, ref.enumName().flatMap(Prm.REGISTRY::enumInfo)));
                    continue;
                }
                part = shown;
            } catch (UnknownFieldException e) {
                tree = tree != null ? tree : formats.present(codec.decode(layout, view));
                part = at(tree, full).orElseThrow(() -> e);
            }
            json.put(path, part);
            rows.put(path, switch (part) {
                case Node.Bytes b -> Text.bytes(b.bytes());
                case Node.Struct st -> "\n" + Text.fields(st, options.all()).stripTrailing().indent(2).stripTrailing();
                case Node.Array a -> "\n" + Text.fields(new Node.Struct(path, layout, a.elements()), options.all())
                        .stripTrailing().indent(2).stripTrailing();
                case Node.Scalar sc -> Text.value(sc);
                case Node.Text t -> Text.text(t);
            });
        }
        if (options.format() == GlobalOptions.Format.JSON) {
            text(options.json(json) + "\n");
        } else {
            text(Text.table(rows));
        }
    }

    /** One 32-bit half of a split counter, or {@code unknown} (the name's own error) if there is no such half. */
    private long half(String layout, MemorySegment view, String name, UnknownFieldException unknown) {
        try {
            LayoutCodec.FieldRef ref = codec.resolve(layout, name);
            if (ref.width() != 32) {
                throw unknown;
            }
            return Bits.get(view, ref.bitOffset(), 32);
        } catch (UnknownFieldException e) {
            throw unknown;
        }
    }

    /** The part of a decoded layout at a dotted path ({@code query_adapter_struct.vsd}, {@code lanes[2]}). */
    private static java.util.Optional<Node> at(Node.Struct tree, String path) {
        Node node = tree;
        for (String step : path.split("\\.")) {
            int open = step.indexOf('[');
            String name = open < 0 ? step : step.substring(0, open);
            if (!(node instanceof Node.Struct st) || (node = st.field(name)) == null) {
                return java.util.Optional.empty();
            }
            if (open >= 0) {
                int index;
                try {
                    index = Integer.parseInt(step.substring(open + 1, step.length() - 1));
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    return java.util.Optional.empty();
                }
                if (!(node instanceof Node.Array a) || index < 0 || index >= a.elements().size()) {
                    return java.util.Optional.empty();
                }
                node = a.elements().get(index);
            }
        }
        return java.util.Optional.of(node);
    }

    /** A report that is no mailbox: {@code json} (maps, lists, values) for --json, else {@code text}. */
    void report(Object json, String text) {
        switch (options.format()) {
            case JSON -> text(options.json(json) + "\n");
            case TEXT -> text(text);
            case HEX, RAW -> throw new UsageException("--hex and --raw print an output mailbox; this command "
                    + "returns none (use --json or text)");
        }
    }

    void text(String text) {
        emit(text.getBytes(StandardCharsets.UTF_8));
    }

    private void emit(byte[] bytes) {
        if (options.output() != null) {
            try {
                Files.write(options.output(), bytes);
            } catch (IOException e) {
                throw new Errors.FileException("write", options.output(), e);
            }
            return;
        }
        options.out().writeBytes(bytes);
        options.out().flush();
    }
}
