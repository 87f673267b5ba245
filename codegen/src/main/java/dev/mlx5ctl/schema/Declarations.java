package dev.mlx5ctl.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A schema as written, before names are resolved and offsets computed: what {@link SchemaFileReader} found in the
 * files, in file order. Any part the reader could not make sense of is null (it has already reported why), so that
 * the {@link Validator} checks what is there without repeating the reader's complaints.
 */
final class Declarations {

    final List<EnumDecl> enums = new ArrayList<>();
    final List<LayoutDecl> layouts = new ArrayList<>();
    final List<CommandDecl> commands = new ArrayList<>();
    final List<RegisterDecl> registers = new ArrayList<>();
    final List<CapTypeDecl> capTypes = new ArrayList<>();

    /**
     * Whether some file could not be parsed at all. Names it would have defined are then unknown, so the validator
     * does not report references to unknown names: they would only repeat the syntax error in other words.
     */
    boolean unreadableFile;
    /**
     * Loaded without the generated import (IfcImporter's view of the hand-written files): a command, register or cap
     * type whose layout is not defined is left out of the schema instead of being an error: the import defines it.
     */
    boolean withoutImport;

    /** A string scalar and where it was written. */
    record Text(String value, Location location) {
    }

    /** A number, the text it was written as (so messages quote the schema) and where. */
    record Num(long value, String text, Location location) {

        int intValue() {
            return Math.toIntExact(value);
        }
    }

    record EnumDecl(Text name, String doc, boolean flags, List<ValueDecl> values, Location location) {
    }

    record ValueDecl(Text name, Num value, String doc, Location location) {
    }

    /**
     * @param complete false if a field could not be read: its width, and so every later offset, is unknown
     */
    record LayoutDecl(Text name, String doc, Layout.Kind kind, Num size, List<FieldDecl> fields, boolean complete,
            Location location, Text format) {
    }

    /**
     * One entry of a layout's field list. Exactly one form holds: reserved ({@code reserved} set), scalar
     * ({@code width}), or embedded layout ({@code layout}); {@code count} makes an array of either.
     *
     * @param count the element count, {@link #FLEXIBLE} for {@code count: flexible}, or null
     */
    record FieldDecl(Text name, Num reserved, Num width, Text enumRef, Text layout, Num count, Num at, String doc,
            Location location, Text format, Text unit, SelectDecl select) {

        FieldDecl(Text name, Num reserved, Num width, Text enumRef, Text layout, Num count, Num at, String doc,
                Location location) {
            this(name, reserved, width, enumRef, layout, count, at, doc, location, null, null, null);
        }

        static final long FLEXIBLE = -1;

        boolean isReserved() {
            return reserved != null;
        }

        boolean isFlexible() {
            return count != null && count.value() == FLEXIBLE;
        }

        /** Whether the reader knows the field's form; if not, its extent (and every later offset) is unknown. */
        boolean isKnown() {
            return reserved != null || width != null || layout != null;
        }

        /** How messages name this field. */
        String describe() {
            return isReserved() ? "reserved field" : name == null ? "field" : "field '" + name.value() + "'";
        }
    }

    /** {@code effect} and {@code clears} are null when the file does not say. */
    record CommandDecl(Text name, Num opcode, String doc, Text scope, Scope resolvedScope, Text in, Text out,
            OpModDecl opMod, Location location, Text effect, Text clears) {
    }

    /** A field's {@code select:}: the field that selects, and for each name of its values a member. */
    record SelectDecl(Text by, Map<Text, Text> members, Location location) {
    }

    record OpModDecl(String doc, Text enumRef, Text layout, List<OverrideDecl> overrides, Location location) {
    }

    /** A per-op_mod scope: the op_mod is a number or the name of a value of the op_mod enum. */
    record OverrideDecl(Num value, Text valueName, Scope scope, Location location) {
    }

    /**
     * A register entry; {@code read}, {@code write} and {@code clears} are null when the file does not say.
     *
     * @param index       the fields the device reads to select what it accesses (a port, a group), as paths
     * @param readOnly    the fields a write cannot change, as paths
     * @param allReadOnly {@code read_only: all}: no field can be written
     */
    record RegisterDecl(Text name, Num id, Text layout, Scope read, Scope write, String doc, Location location,
            Text clears, List<Text> index, List<Text> readOnly, Text allReadOnly) {
    }

    record CapTypeDecl(Text name, Num value, Text layout, String doc, Location location) {
    }
}
