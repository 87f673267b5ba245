package dev.mlx5ctl.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mlx5ctl.schema.CapType;
import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.EnumDef;
import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Register;
import dev.mlx5ctl.schema.Shown;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One layout as a Java class: an immutable view over a {@code MemorySegment} with a getter per field, and a nested
 * {@code Builder} with a setter per field. Offsets and widths are constants, so a getter is a load, a shift and a
 * mask after inlining; nothing is allocated per scalar.
 *
 * <p>A view is a segment and the bit offset where the layout starts in it. Nested layouts share the segment of
 * the enclosing view at a further offset instead of slicing it, which also covers layouts smaller than a byte.
 *
 * <p>A builder of a small layout of scalars (most command inputs, {@link Model#valueBuilder}) keeps its dwords in
 * int fields and writes each whole, as hand-written code does; the others set fields into a segment.
 */
final class LayoutEmitter {

    private static final Modifier[] CONSTANT = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};

    private final Model model;
    private final Layout layout;
    private final ClassName self;
    private final ClassName builderClass;
    private final Names.Members members = new Names.Members(
            Set.of("wrap", "at", "builder", "segment", "copyTo", "build", "statusName", "writeTo", "writable",
                    "store", "bitsAsInt"));
    private final Set<String> constants = new HashSet<>(Set.of("NAME", "SIZE_BITS", "SIZE_BYTES", "INFO"));
    // REGISTER_ID and CAP_TYPE are claimed before any field's constants, so a field never takes them.
    private final TypeSpec.Builder view;
    private final TypeSpec.Builder builder;
    private final List<CodeBlock> fieldInfos = new ArrayList<>();
    /** The builder keeps the layout's dwords in int fields ({@link Model#valueBuilder}). */
    private final boolean valueBuilder;

    LayoutEmitter(Model model, Layout layout) {
        this.model = model;
        this.layout = layout;
        this.valueBuilder = model.valueBuilder(layout);
        this.self = model.layoutClass(layout.name());
        this.builderClass = self.nestedClass("Builder");
        this.view = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        this.builder = TypeSpec.classBuilder(builderClass)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    }

    TypeSpec emit() {
        String kind = layout.kind() == Layout.Kind.UNION ? "union" : "struct";
        view.addJavadoc("$L\n\n", Javadocs.textOr(layout.doc(), "The {@code " + layout.name() + "} layout."))
                .addJavadoc("<p>Layout {@code $L}: a $L of $L bits ($L bytes)$L. An immutable view over a\n",
                        layout.name(), kind, Names.hex(layout.sizeBits()), sizeBytes(),
                        model.flexibleTail(layout).map(t -> " and a flexible array {@code " + t.path() + "}")
                                .orElse(""))
                .addJavadoc("{@link $T}: every getter reads the segment, so the view sees later writes to it.\n",
                        Model.MEMORY_SEGMENT)
                .addJavadoc("Bit offsets are the PRM's: big-endian, bit 0 the most significant bit of the first "
                        + "dword.\n");
        view.addField(constant(TypeName.get(String.class), "NAME", CodeBlock.of("$S", layout.name()),
                "The schema name of this layout."));
        view.addField(constant(TypeName.INT, "SIZE_BITS", CodeBlock.of("$L", Names.hex(layout.sizeBits())),
                "Fixed size in bits"
                        + (model.flexibleTail(layout).isPresent() ? ", without the flexible array." : ".")));
        view.addField(constant(TypeName.INT, "SIZE_BYTES", CodeBlock.of("$L", sizeBytes()),
                "Fixed size in bytes, as MLX5_ST_SZ_BYTES gives it."));

        List<Register> registers = model.schema.registers().stream().filter(r -> r.layout().equals(layout.name()))
                .toList();
        if (registers.size() == 1) {
            Register r = registers.getFirst();
            view.addJavadoc("<p>The data of register {@code $L} (ACCESS_REG register_id $L).\n", r.name(),
                    Names.hex(r.id()));
            view.addField(constant(TypeName.INT, claimConstant("REGISTER_ID"), CodeBlock.of("$L", Names.hex(r.id())),
                    "The ACCESS_REG register_id of {@code " + r.name() + "}, whose data this layout is."));
        }
        List<CapType> capTypes = model.schema.capTypes().stream().filter(t -> t.layout().equals(layout.name()))
                .toList();
        if (capTypes.size() == 1) {
            CapType t = capTypes.getFirst();
            view.addJavadoc("<p>The {@code $L} capabilities (QUERY_HCA_CAP cap_type $L).\n", t.name(),
                    Names.hex(t.value()));
            view.addField(constant(TypeName.INT, claimConstant("CAP_TYPE"), CodeBlock.of("$L", Names.hex(t.value())),
                    "The QUERY_HCA_CAP cap_type of the {@code " + t.name() + "} capabilities, held by this layout."));
        }

        view.addField(Model.MEMORY_SEGMENT, "segment", Modifier.PRIVATE, Modifier.FINAL);
        view.addField(TypeName.LONG, "base", Modifier.PRIVATE, Modifier.FINAL);
        view.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(Model.MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "base")
                .addStatement("this.segment = segment").addStatement("this.base = base").build());
        addViewFactories();
        if (valueBuilder) {
            builder.addField(FieldSpec.builder(Model.MEMORY_SEGMENT, "mailbox", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The caller's mailbox each setter writes its dword into, or null on the heap.\n")
                    .build());
            for (int i = 0; i < layout.sizeBits() / 32; i++) {
                builder.addField(TypeName.INT, "dw" + i, Modifier.PRIVATE);
            }
        } else {
            builder.addField(Model.MEMORY_SEGMENT, "segment", Modifier.PRIVATE);
            builder.addField(FieldSpec.builder(TypeName.BOOLEAN, "shared", Modifier.PRIVATE)
                    .addJavadoc("Set when {@link #build()} handed the heap bytes to a view: the next setter copies "
                            + "them.\n")
                    .build());
            builder.addField(FieldSpec.builder(TypeName.BOOLEAN, "onHeap", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("False for a builder writing into a caller's mailbox.\n").build());
        }

        for (Field f : layout.fields()) {
            switch (f) {
                case Field.Reserved r -> fieldInfos.add(CodeBlock.of("$T.reserved($L, $L)", Model.FIELD_INFO,
                        Names.hex(r.offset()), Names.hex(r.width())));
                case Field.Scalar s -> scalar(s);
                case Field.Nested n -> nested(n);
                case Field.Array a -> array(a);
            }
        }
        addStatusName();
        addBuilderFactories();
        addToString();
        view.addField(FieldSpec.builder(Model.LAYOUT_INFO, "INFO", CONSTANT)
                .addJavadoc("This layout as the registry describes it ({@code Prm.REGISTRY}).\n")
                .initializer(layoutInfo()).build());
        view.addType(builder.build());
        return view.build();
    }

    private int sizeBytes() {
        return (layout.sizeBits() + 7) / 8;
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
        return FieldSpec.builder(type, name, CONSTANT).addJavadoc("$L\n", doc).initializer(value).build();
    }

    private String claimConstant(String name) {
        String n = name;
        while (!constants.add(n)) {
            n = n + "_OF";
        }
        return n;
    }

    /** The constants naming one field's place: {@code <F>_OFFSET}, {@code <F>_WIDTH}, for arrays {@code <F>_COUNT}. */
    private record Place(String offset, String width, String count) {
    }

    private Place place(Field f, int width, String elementWord, Integer count) {
        String prefix = Names.constant(f.name());
        String offset = claimConstant(prefix + "_OFFSET");
        String widthName = claimConstant(prefix + "_WIDTH");
        view.addField(constant(TypeName.INT, offset, CodeBlock.of("$L", Names.hex(f.offset())),
                "Bit offset of {@code " + f.name() + "} in {@code " + layout.name() + "}."));
        view.addField(constant(TypeName.INT, widthName, CodeBlock.of("$L", Names.hex(width)),
                "Width in bits of {@code " + f.name() + "}" + elementWord + "."));
        String countName = null;
        if (count != null) {
            countName = claimConstant(prefix + "_COUNT");
            view.addField(constant(TypeName.INT, countName, CodeBlock.of("$L", count),
                    "Number of elements of {@code " + f.name() + "}."));
        }
        return new Place(offset, widthName, countName);
    }

    private static TypeName valueType(int width) {
        return width < 32 ? TypeName.INT : TypeName.LONG;
    }

    /**
     * A getter's read, by the field's shape: a 64-bit field as one long; a field of up to 32 bits through
     * {@code Bits.getField} where its dword is sure to lie in the view's segment (a fixed field of a dword-safe
     * layout, {@link Model#dwordSafe}), else through {@code Bits.get}, which also reads a layout smaller than a
     * dword, or an element at the ragged end of a flexible array.
     */
    private CodeBlock read(int width, CodeBlock bit, String widthConstant, boolean fixed) {
        if (width == 64) {
            return CodeBlock.of("$T.getLongField(segment,$W$L)", Model.BITS, bit);
        }
        String method = width <= 32 && fixed && model.dwordSafe(layout.name()) ? "Field" : "";
        return width < 32
                ? CodeBlock.of("$T.getInt$L(segment,$W$L,$W$N)", Model.BITS, method, bit, widthConstant)
                : CodeBlock.of("$T.get$L(segment,$W$L,$W$N)", Model.BITS, method, bit, widthConstant);
    }

    /**
     * A setter's write into the builder's segment, which starts at the layout and holds all of it: for a layout of
     * whole dwords every fixed field's dword is there ({@code Bits.setField}).
     */
    private CodeBlock write(int width, CodeBlock bit, String widthConstant, CodeBlock value, boolean fixed) {
        if (width == 64) {
            return CodeBlock.of("$T.setLongField(writable(),$W$L,$W$L)", Model.BITS, bit, value);
        }
        String method = width <= 32 && fixed && layout.sizeBits() % 32 == 0 ? "setField" : "set";
        return CodeBlock.of("$T.$L(writable(),$W$L,$W$N,$W$L)", Model.BITS, method, bit, widthConstant, value);
    }

    /**
     * A scalar setter's write: into its dword's field for a builder that keeps them ({@code dw2 = store(8, ...)},
     * which also writes it through to a mailbox), else into the segment.
     */
    private CodeBlock scalarWrite(Field.Scalar s, Place p, CodeBlock value) {
        if (!valueBuilder) {
            return write(s.width(), CodeBlock.of("$N", p.offset), p.width, value, true);
        }
        int dword = s.offset() / 32;
        return CodeBlock.of("dw$L = store($L,$W$T.withField(dw$L,$W$N,$W$N,$W$L))", dword, dword * 4, Model.BITS,
                dword, p.offset, p.width, value);
    }

    private String fieldDoc(Field f, String what) {
        String doc = Javadocs.text(f.doc());
        return (doc.isEmpty() ? "" : doc + "\n\n<p>") + "{@code " + f.name() + "} of {@code " + layout.name()
                + "}: " + what + ".\n";
    }

    private String bitsDoc(Field f, int width) {
        return "bit offset " + Names.hex(f.offset()) + ", " + bitCount(width)
                + (width == 64 ? " (raw, so values above Long.MAX_VALUE read negative)" : "");
    }

    private static String bitCount(int width) {
        return width + (width == 1 ? " bit" : " bits");
    }

    // ---- scalars ------------------------------------------------------------------------------------------------

    private void scalar(Field.Scalar s) {
        fieldInfos.add(shown(CodeBlock.of("$T.scalar($S,$W$L,$W$L,$W$L,$W$S)", Model.FIELD_INFO, s.name(),
                Names.hex(s.offset()), Names.hex(s.width()), s.enumName().map(e -> CodeBlock.of("$S", e))
                        .orElse(CodeBlock.of("null")), s.doc()), s.shown()));
        Place p = place(s, s.width(), "", null);
        String method = members.field(s.name());
        TypeName type = valueType(s.width());
        CodeBlock bit = CodeBlock.of("base + $N", p.offset);
        view.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(type)
                .addJavadoc(fieldDoc(s, bitsDoc(s, s.width())))
                .addStatement("return $L", read(s.width(), bit, p.width, true)).build());
        builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builderClass)
                .addJavadoc("Sets {@code $L}; refuses a value wider than $L.\n", s.name(), bitCount(s.width()))
                .addParameter(type, "value")
                .addStatement(scalarWrite(s, p, checked(s.name(), CodeBlock.of("value"), s.width(), p.width)))
                .addStatement("return this").build());
        s.enumName().ifPresent(e -> typedScalar(s, method, p, model.enumDef(e)));
        if (s.name().equals("op_mod") && s.enumName().isEmpty()) {
            model.opModOfInput(layout.name())
                    .ifPresent(m -> typedOpMod(s, method, p, m));
        }
    }

    /**
     * The input of a command whose op_mod the schema describes takes op_mod typed too: as the enum of its values
     * (ACCESS_REG: write, read) or as the layout splitting it (QUERY_HCA_CAP: cap_type, cur).
     */
    private void typedOpMod(Field.Scalar s, String method, Place p, Command.OpMod opMod) {
        if (opMod.enumName().isPresent()) {
            ClassName enumClass = model.enumClass(opMod.enumName().get());
            builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builderClass)
                    .addJavadoc("Sets {@code op_mod} to {@code value.value()}.\n")
                    .addParameter(enumClass, "value")
                    .addStatement(scalarWrite(s, p, checked(s.name(), CodeBlock.of("value.value()"), s.width(),
                            p.width)))
                    .addStatement("return this").build());
            view.addMethod(MethodSpec.methodBuilder(members.derived(method + "Enum")).addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), enumClass))
                    .addJavadoc("{@link #$N()} as a {@link $T}; empty for a value the enum does not name.\n", method,
                            enumClass)
                    .addStatement("return $T.fromValue($N())", enumClass, method).build());
        } else if (opMod.layout().isPresent() && model.layout(opMod.layout().get()).sizeBits() == s.width()) {
            ClassName layoutClass = model.layoutClass(opMod.layout().get());
            builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builderClass)
                    .addJavadoc("Sets {@code op_mod} to the bits of {@code value}.\n")
                    .addParameter(layoutClass, "value")
                    .addStatement(valueBuilder ? scalarWrite(s, p, CodeBlock.of("value.bitsAsInt()"))
                            : CodeBlock.of("value.copyTo(writable(), $N)", p.offset))
                    .addStatement("return this").build());
            view.addMethod(MethodSpec.methodBuilder(members.derived(method + "Fields")).addModifiers(Modifier.PUBLIC)
                    .returns(layoutClass)
                    .addJavadoc("{@code op_mod} split into the fields of {@link $T}.\n", layoutClass)
                    .addStatement("return $T.at(segment, base + $N)", layoutClass, p.offset).build());
        }
    }

    private CodeBlock checked(String fieldName, CodeBlock value, int width, String widthConstant) {
        return width == 64 ? value
                : CodeBlock.of("$T.checkWidth(NAME,$W$S,$W$L,$W$N)", Model.BITS, fieldName, value, widthConstant);
    }

    private void typedScalar(Field.Scalar s, String method, Place p, EnumDef e) {
        ClassName enumClass = model.enumClass(e.name());
        if (e.flags()) {
            TypeName set = ParameterizedTypeName.get(ClassName.get(EnumSet.class), enumClass);
            view.addMethod(MethodSpec.methodBuilder(members.derived(method + "Flags")).addModifiers(Modifier.PUBLIC)
                    .returns(set)
                    .addJavadoc("The flags of {@link $T} set in {@link #$N()}; bits the flag set does not name are\n"
                            + "left out (read {@link #$N()} for them).\n", enumClass, method, method)
                    .addStatement("return $T.decode($N())", enumClass, method).build());
            builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builderClass)
                    .addJavadoc("Sets {@code $L} to the mask of the given flags.\n", s.name())
                    .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), enumClass), "flags")
                    .addStatement(scalarWrite(s, p, checked(s.name(), CodeBlock.of("$T.encode(flags)", enumClass),
                            s.width(), p.width)))
                    .addStatement("return this").build());
        } else {
            view.addMethod(MethodSpec.methodBuilder(members.derived(method + "Enum")).addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), enumClass))
                    .addJavadoc("{@link #$N()} as a {@link $T}; empty for a value the enum does not name (newer\n"
                            + "firmware may return one), so reading never fails.\n", method, enumClass)
                    .addStatement("return $T.fromValue($N())", enumClass, method).build());
            builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builderClass)
                    .addJavadoc("Sets {@code $L} to {@code value.value()}.\n", s.name())
                    .addParameter(enumClass, "value")
                    .addStatement(scalarWrite(s, p, checked(s.name(), CodeBlock.of("value.value()"), s.width(),
                            p.width)))
                    .addStatement("return this").build());
        }
    }

    // ---- nested layouts -----------------------------------------------------------------------------------------

    private void nested(Field.Nested n) {
        CodeBlock nested = CodeBlock.of("$T.nested($S,$W$L,$W$L,$W$S,$W$S)", Model.FIELD_INFO, n.name(),
                Names.hex(n.offset()), Names.hex(n.width()), n.layout(), n.doc());
        fieldInfos.add(n.selector().map(s -> CodeBlock.of("$L$Z.selectedBy($S,$W$T.ofEntries($L))", nested, s.by(),
                Map.class, s.members().entrySet().stream()
                        .map(e -> CodeBlock.of("$T.entry($LL,$W$S)", Map.class, Names.hex(e.getKey()), e.getValue()))
                        .collect(CodeBlock.joining(",$W")))).orElse(nested));
        Place p = place(n, n.width(), "", null);
        ClassName type = model.layoutClass(n.layout());
        String method = members.field(n.name());
        boolean union = model.layout(n.layout()).kind() == Layout.Kind.UNION;
        view.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(type)
                .addJavadoc(fieldDoc(n, "the embedded " + (union ? "union" : "layout") + " {@code " + n.layout()
                        + "} at " + bitsDoc(n, n.width())))
                .addStatement("return $T.at(segment, base + $N)", type, p.offset).build());
        builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builderClass)
                .addJavadoc("Sets {@code $L} to a copy of {@code value}'s bits.\n", n.name())
                .addParameter(type, "value")
                .addStatement("value.copyTo(writable(), $N)", p.offset)
                .addStatement("return this").build());
    }

    /** A field info with the schema's format and unit, where it has them. */
    private static CodeBlock shown(CodeBlock info, Shown shown) {
        if (shown.isPlain()) {
            return info;
        }
        return CodeBlock.of("$L$Z.shown($L,$W$L)", info,
                shown.format().map(f -> CodeBlock.of("$T.$L", Model.FORMAT, f.name())).orElse(CodeBlock.of("null")),
                shown.unit().map(u -> CodeBlock.of("$S", u)).orElse(CodeBlock.of("null")));
    }

    // ---- arrays -------------------------------------------------------------------------------------------------

    private void array(Field.Array a) {
        int ew = a.element().width();
        String flex = Boolean.toString(a.flexible());
        switch (a.element()) {
            case Field.ScalarElement se -> fieldInfos.add(shown(CodeBlock.of(
                    "$T.scalarArray($S,$W$L,$W$L,$W$L,$W$L,$W$L,$W$S)", Model.FIELD_INFO, a.name(),
                    Names.hex(a.offset()), Names.hex(ew), a.count(), flex,
                    se.enumName().map(e -> CodeBlock.of("$S", e)).orElse(CodeBlock.of("null")), a.doc()),
                    a.shown()));
            case Field.LayoutElement le -> fieldInfos.add(CodeBlock.of(
                    "$T.layoutArray($S,$W$L,$W$L,$W$L,$W$L,$W$S,$W$S)", Model.FIELD_INFO, a.name(),
                    Names.hex(a.offset()), Names.hex(ew), a.count(), flex,
                    le.layout(), a.doc()));
        }
        Place p = place(a, ew, " (one element)", a.flexible() ? null : a.count());
        String method = members.field(a.name());
        CodeBlock viewCount;
        CodeBlock builderCount;
        if (a.flexible()) {
            String countMethod = members.derived(method + "Count");
            view.addMethod(MethodSpec.methodBuilder(countMethod).addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                    .addJavadoc("The number of {@code $L} elements the segment holds: a flexible array ends the\n"
                            + "layout, so its length is what the segment has room for.\n", a.name())
                    .addStatement("return (int) Math.max(0, (segment.byteSize() * 8 - base - $N) / $N)", p.offset,
                            p.width).build());
            viewCount = CodeBlock.of("$N()", countMethod);
            builderCount = CodeBlock.of("(int) ((segment.byteSize() * 8 - $N) / $N)", p.offset, p.width);
        } else {
            viewCount = CodeBlock.of("$N", p.count);
            builderCount = viewCount;
        }
        CodeBlock viewBit = CodeBlock.of("base + $N + (long) index * $N", p.offset, p.width);
        CodeBlock builderBit = CodeBlock.of("$N + (long) index * $N", p.offset, p.width);
        String shape = (a.flexible() ? "a flexible array" : "an array of " + a.count()) + " at bit offset "
                + Names.hex(a.offset()) + ", " + ew + " bits each";
        switch (a.element()) {
            case Field.ScalarElement se -> {
                TypeName type = valueType(ew);
                view.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(type)
                        .addJavadoc(fieldDoc(a, "element {@code index} of " + shape))
                        .addParameter(TypeName.INT, "index")
                        .addStatement("$T.checkIndex(index, $L)", Objects.class, viewCount)
                        .addStatement("return $L", read(ew, viewBit, p.width, !a.flexible())).build());
                builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC)
                        .returns(builderClass)
                        .addJavadoc("Sets element {@code index} of {@code $L}; refuses a value wider than $L.\n",
                                a.name(), bitCount(ew))
                        .addParameter(TypeName.INT, "index").addParameter(type, "value")
                        .addStatement("$T.checkIndex(index, $L)", Objects.class, builderCount)
                        .addStatement(write(ew, builderBit, p.width, checked(a.name(), CodeBlock.of("value"), ew,
                                p.width), !a.flexible()))
                        .addStatement("return this").build());
                if (ew == 8 && se.enumName().isEmpty()) {
                    bytes(a, method, p, viewCount, builderCount);
                }
                se.enumName().map(model::enumDef).filter(e -> !e.flags()).ifPresent(e -> {
                    ClassName enumClass = model.enumClass(e.name());
                    view.addMethod(MethodSpec.methodBuilder(members.derived(method + "Enum"))
                            .addModifiers(Modifier.PUBLIC)
                            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), enumClass))
                            .addJavadoc("Element {@code index} as a {@link $T}; empty for a value the enum does not "
                                    + "name.\n", enumClass)
                            .addParameter(TypeName.INT, "index")
                            .addStatement("return $T.fromValue($N(index))", enumClass, method).build());
                    builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC)
                            .returns(builderClass)
                            .addJavadoc("Sets element {@code index} of {@code $L} to {@code value.value()}.\n",
                                    a.name())
                            .addParameter(TypeName.INT, "index").addParameter(enumClass, "value")
                            .addStatement("$T.checkIndex(index, $L)", Objects.class, builderCount)
                            .addStatement(write(ew, builderBit, p.width, checked(a.name(),
                                    CodeBlock.of("value.value()"), ew, p.width), !a.flexible()))
                            .addStatement("return this").build());
                });
            }
            case Field.LayoutElement le -> {
                ClassName type = model.layoutClass(le.layout());
                view.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(type)
                        .addJavadoc(fieldDoc(a, "element {@code index}, a {@code " + le.layout() + "}, of "
                                + shape))
                        .addParameter(TypeName.INT, "index")
                        .addStatement("$T.checkIndex(index, $L)", Objects.class, viewCount)
                        .addStatement("return $T.at(segment, $L)", type, viewBit).build());
                builder.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC)
                        .returns(builderClass)
                        .addJavadoc("Sets element {@code index} of {@code $L} to a copy of {@code value}'s bits.\n",
                                a.name())
                        .addParameter(TypeName.INT, "index").addParameter(type, "value")
                        .addStatement("$T.checkIndex(index, $L)", Objects.class, builderCount)
                        .addStatement("value.copyTo(writable(), $L)", builderBit)
                        .addStatement("return this").build());
            }
        }
    }

    private void bytes(Field.Array a, String method, Place p, CodeBlock viewCount, CodeBlock builderCount) {
        String bytesMethod = members.derived(method + "Bytes");
        view.addMethod(MethodSpec.methodBuilder(bytesMethod).addModifiers(Modifier.PUBLIC)
                .returns(byte[].class)
                .addJavadoc("A copy of the bytes of {@code $L}.\n", a.name())
                .addStatement("byte[] bytes = new byte[$L]", viewCount)
                .addStatement("$T.copy(segment, $T.JAVA_BYTE, (base + $N) >>> 3, bytes, 0, bytes.length)",
                        Model.MEMORY_SEGMENT, Model.VALUE_LAYOUT, p.offset)
                .addStatement("return bytes").build());
        builder.addMethod(MethodSpec.methodBuilder(bytesMethod).addModifiers(Modifier.PUBLIC).returns(builderClass)
                .addJavadoc("Copies {@code bytes} to the start of {@code $L}; the rest keeps its value.\n", a.name())
                .addParameter(byte[].class, "bytes")
                .beginControlFlow("if (bytes.length > $L)", builderCount)
                .addStatement("throw new $T(\"field '$L' of \" + NAME + \": \" + bytes.length"
                        + "$W+ \" bytes do not fit in \" + $L)",
                        IllegalArgumentException.class, a.name(), builderCount)
                .endControlFlow()
                .addStatement("$T.copy(bytes, 0, writable(), $T.JAVA_BYTE, $N >>> 3, bytes.length)",
                        Model.MEMORY_SEGMENT, Model.VALUE_LAYOUT, p.offset)
                .addStatement("return this").build());
    }

    // ---- the rest of the class ----------------------------------------------------------------------------------

    private void addViewFactories() {
        view.addMethod(MethodSpec.methodBuilder("wrap").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("A view of {@code segment} as {@code $L}; refuses a segment shorter than\n"
                        + "{@link #SIZE_BYTES}. A longer one is fine (a flexible array reaches to its end).\n",
                        layout.name())
                .addParameter(Model.MEMORY_SEGMENT, "segment")
                .beginControlFlow("if (segment.byteSize() < SIZE_BYTES)")
                .addStatement("throw new $T(NAME + \" needs at least \" + SIZE_BYTES + \" bytes, got \"$W+ "
                        + "segment.byteSize())", IllegalArgumentException.class)
                .endControlFlow()
                .addStatement("return new $T(segment, 0)", self).build());
        view.addMethod(MethodSpec.methodBuilder("at").addModifiers(Modifier.STATIC).returns(self)
                .addJavadoc("The view of this layout embedded {@code base} bits into {@code segment}.\n")
                .addParameter(Model.MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "base")
                .addStatement("return new $T(segment, base)", self).build());
        view.addMethod(MethodSpec.methodBuilder("segment").addModifiers(Modifier.PUBLIC).returns(Model.MEMORY_SEGMENT)
                .addJavadoc("The bytes this view covers"
                        + (model.flexibleTail(layout).isPresent() ? ", to the end of the segment" : "")
                        + " (for a layout that does not start on a byte\nboundary, the bytes that hold it).\n")
                .beginControlFlow(model.flexibleTail(layout).isPresent()
                        ? "if (base == 0)" : "if (base == 0 && segment.byteSize() == SIZE_BYTES)")
                .addStatement("return segment")
                .endControlFlow()
                .addStatement("long start = base >>> 3")
                .addStatement(model.flexibleTail(layout).isPresent()
                        ? "return segment.asSlice(start)"
                        : "return segment.asSlice(start, ((base + SIZE_BITS + 7) >>> 3) - start)")
                .build());
        MethodSpec.Builder copyTo = MethodSpec.methodBuilder("copyTo").returns(TypeName.VOID)
                .addParameter(Model.MEMORY_SEGMENT, "target").addParameter(TypeName.LONG, "targetBit");
        if (model.flexibleTail(layout).isPresent()) {
            copyTo.addJavadoc("Copies this layout into {@code target} at bit {@code targetBit}: the fixed part and as\n"
                    + "much of the flexible array as both segments hold.\n")
                    .addStatement("long bits = Math.min(segment.byteSize() * 8 - base, target.byteSize() * 8 - "
                            + "targetBit)")
                    .addStatement("$T.copy(segment, base, target, targetBit, bits - bits % 8)", Model.BITS);
        } else {
            copyTo.addJavadoc("Copies this layout's bits into {@code target} at bit {@code targetBit}.\n")
                    .addStatement("$T.copy(segment, base, target, targetBit, SIZE_BITS)", Model.BITS);
        }
        view.addMethod(copyTo.build());
        if (model.splitsOpMod(layout.name())) {
            view.addMethod(MethodSpec.methodBuilder("bitsAsInt").returns(TypeName.INT)
                    .addJavadoc("This layout's bits as an int, for a builder that composes op_mod into its dword.\n")
                    .addStatement("return $T.getInt(segment, base, SIZE_BITS)", Model.BITS).build());
        }
    }

    /** The builder of a layout that keeps its bytes in a segment: setters read-modify-write their dwords. */
    private void addSegmentBuilderMethods(Optional<Model.Tail> tail, CodeBlock size) {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        tail.ifPresent(t -> ctor.addParameter(TypeName.INT, "count"));
        builder.addMethod(ctor.addStatement("this.segment = $T.ofArray(new byte[$L])", Model.MEMORY_SEGMENT, size)
                .addStatement("this.onHeap = true").build());
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(Model.MEMORY_SEGMENT, "mailbox")
                .addStatement("this.segment = mailbox")
                .addStatement("this.onHeap = false").build());
        builder.addJavadoc("Builds a {@code $L}, zeroed: on the heap ({@link $T#builder()}) or straight into a\n"
                + "caller's mailbox ({@link $T#builder($T)}), which costs no allocation. Setters refuse a value\n"
                + "that does not fit its field with an {@link IllegalArgumentException} naming the field, the value\n"
                + "and the width.\n", layout.name(), self, self, Model.MEMORY_SEGMENT);
        builder.addMethod(MethodSpec.methodBuilder("writable").addModifiers(Modifier.PRIVATE)
                .returns(Model.MEMORY_SEGMENT)
                .addJavadoc("The segment to write, copied first if a built view holds it.\n")
                .beginControlFlow("if (shared)")
                .addStatement("segment = $T.ofArray(segment.toArray($T.JAVA_BYTE))", Model.MEMORY_SEGMENT,
                        Model.VALUE_LAYOUT)
                .addStatement("shared = false")
                .endControlFlow()
                .addStatement("return segment").build());
        builder.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("A view of the bytes set so far. The builder stays usable: a heap builder's later\n"
                        + "setters write a copy, so the view does not change; a mailbox builder's view is the\n"
                        + "mailbox, and sees them.\n")
                .addStatement("shared = onHeap")
                .addStatement("return new $T(segment, 0)", self)
                .build());
        builder.addMethod(MethodSpec.methodBuilder("writeTo").addModifiers(Modifier.PUBLIC).returns(TypeName.VOID)
                .addJavadoc("Copies the bytes set so far to the start of {@code target}, a mailbox to send, with no\n"
                        + "allocation; refuses a target shorter than them.\n")
                .addParameter(Model.MEMORY_SEGMENT, "target")
                .addStatement("long length = $L", tail.isPresent() ? "segment.byteSize()" : "SIZE_BYTES")
                .addCode(refuseShortTarget("length"))
                .addStatement("$T.copy(segment, 0, target, 0, length)", Model.MEMORY_SEGMENT)
                .build());
    }

    /**
     * The builder of a small layout ({@link Model#valueBuilder}): its dwords in int fields, each setter composing
     * one and writing it whole to the mailbox, if any; {@code build()} writes them all into new heap bytes.
     */
    private void addValueBuilderMethods() {
        int dwords = layout.sizeBits() / 32;
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addStatement("this.mailbox = null").build());
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(Model.MEMORY_SEGMENT, "mailbox")
                .addStatement("this.mailbox = mailbox").build());
        builder.addJavadoc("Builds a {@code $L}, zeroed: on the heap ({@link $T#builder()}) or straight into a\n"
                + "caller's mailbox ({@link $T#builder($T)}). It keeps the layout's dwords and writes each whole, so\n"
                + "neither allocates once inlined. Setters refuse a value that does not fit its field with an\n"
                + "{@link IllegalArgumentException} naming the field, the value and the width.\n", layout.name(), self,
                self, Model.MEMORY_SEGMENT);
        builder.addMethod(MethodSpec.methodBuilder("store").addModifiers(Modifier.PRIVATE).returns(TypeName.INT)
                .addJavadoc("Writes {@code dword} through to the mailbox at byte {@code offset}, if there is one; "
                        + "returns it.\n")
                .addParameter(TypeName.LONG, "offset").addParameter(TypeName.INT, "dword")
                .beginControlFlow("if (mailbox != null)")
                .addStatement("$T.setDword(mailbox, offset, dword)", Model.BITS)
                .endControlFlow()
                .addStatement("return dword").build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("A view of the fields set so far: of new bytes for a heap builder, so later setters do\n"
                        + "not change it; of the mailbox for a mailbox builder, which sees them.\n")
                .beginControlFlow("if (mailbox != null)")
                .addStatement("return new $T(mailbox, 0)", self)
                .endControlFlow()
                .addStatement("$T bytes = $T.ofArray(new byte[SIZE_BYTES])", Model.MEMORY_SEGMENT,
                        Model.MEMORY_SEGMENT)
                .addComment("New bytes are zero: only the dwords set need writing (the compiler drops the tests of "
                        + "those never set).");
        for (int i = 0; i < dwords; i++) {
            build.beginControlFlow("if (dw$L != 0)", i)
                    .addStatement("$T.setDword(bytes, $L, dw$L)", Model.BITS, i * 4, i)
                    .endControlFlow();
        }
        builder.addMethod(build.addStatement("return new $T(bytes, 0)", self).build());
        MethodSpec.Builder writeTo = MethodSpec.methodBuilder("writeTo").addModifiers(Modifier.PUBLIC)
                .returns(TypeName.VOID)
                .addJavadoc("Writes the fields set so far to the start of {@code target}, a mailbox to send, with\n"
                        + "no allocation; refuses a target shorter than the layout.\n")
                .addParameter(Model.MEMORY_SEGMENT, "target")
                .addCode(refuseShortTarget("SIZE_BYTES"));
        for (int i = 0; i < dwords; i++) {
            writeTo.addStatement("$T.setDword(target, $L, dw$L)", Model.BITS, i * 4, i);
        }
        builder.addMethod(writeTo.build());
    }

    /** {@code writeTo}'s refusal of a target shorter than {@code length} bytes. */
    private static CodeBlock refuseShortTarget(String length) {
        return CodeBlock.builder().beginControlFlow("if (target.byteSize() < $L)", length)
                .addStatement("throw new $T(NAME + \" needs \" + $L + \" bytes, the target has \"$W+ "
                        + "target.byteSize())", IllegalArgumentException.class, length)
                .endControlFlow().build();
    }

    private void addBuilderFactories() {
        Optional<Model.Tail> tail = model.flexibleTail(layout);
        CodeBlock size = tail.map(t -> CodeBlock.of("(int) ((SIZE_BITS + (long) count * $L + 7) / 8)",
                Names.hex(t.elementWidth()))).orElse(CodeBlock.of("SIZE_BYTES"));
        if (valueBuilder) {
            addValueBuilderMethods();
        } else {
            addSegmentBuilderMethods(tail, size);
        }

        Optional<Command> command = model.soleCommandWithInput(layout.name())
                .filter(c -> layout.field("opcode").filter(f -> f instanceof Field.Scalar).isPresent());
        CodeBlock preset = command.map(c -> CodeBlock.of(".opcode($T.OPCODE)", model.commandClass(c.name())))
                .orElse(CodeBlock.of(""));
        String presetDoc = command.map(c -> ", the opcode preset to " + c.name() + " (" + Names.hex(c.opcode()) + ")")
                .orElse("");
        if (tail.isPresent()) {
            String name = tail.get().path();
            view.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builderClass)
                    .addJavadoc("A builder with room for {@code count} elements of {@code $L}$L.\n", name, presetDoc)
                    .addParameter(TypeName.INT, "count")
                    .addStatement("return new $T(count)$L", builderClass, preset).build());
            view.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builderClass)
                    .addJavadoc("A builder without elements of {@code $L}$L.\n", name, presetDoc)
                    .addStatement("return builder(0)").build());
        } else {
            view.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builderClass)
                    .addJavadoc("A builder of a zeroed {@code $L}$L.\n", layout.name(), presetDoc)
                    .addStatement("return new $T()$L", builderClass, preset).build());
        }
        view.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderClass)
                .addJavadoc("A builder writing straight into {@code mailbox}: zeroes its first\n"
                        + "$L$L; refuses a mailbox shorter than {@link #SIZE_BYTES}.\n",
                        tail.isPresent() ? "{@link #SIZE_BYTES} and the rest, the room of {@code " + tail.get().path()
                                + "}" : "{@link #SIZE_BYTES} bytes", presetDoc)
                .addParameter(Model.MEMORY_SEGMENT, "mailbox")
                .beginControlFlow("if (mailbox.byteSize() < SIZE_BYTES)")
                .addStatement("throw new $T(NAME + \" needs at least \" + SIZE_BYTES + \" bytes, got \"$W+ "
                        + "mailbox.byteSize())", IllegalArgumentException.class)
                .endControlFlow()
                .addStatement(tail.isPresent() ? CodeBlock.of("mailbox.fill((byte) 0)")
                        : CodeBlock.of("$T.clear(mailbox, SIZE_BYTES)", Model.BITS))
                .addStatement("return new $T(mailbox)$L", builderClass, preset).build());
    }

    private void addStatusName() {
        if (!model.isCommandOutput(layout.name()) || !model.hasStatusEnum()) {
            return;
        }
        Optional<Field> status = layout.field("status").filter(f -> f instanceof Field.Scalar);
        if (status.isEmpty()) {
            return;
        }
        ClassName statusEnum = model.enumClass(Model.STATUS_ENUM);
        String method = Names.lowerCamel("status");
        view.addMethod(MethodSpec.methodBuilder("statusName").addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The firmware status by its {@link $T} name ({@code BAD_PARAM}), or its hex value when\n"
                        + "the enum does not name it.\n", statusEnum)
                .addStatement("return $T.fromValue($N()).map($T::name).orElse(\"0x\" + Long.toHexString($N()))",
                        statusEnum, method, statusEnum, method)
                .build());
    }

    private void addToString() {
        view.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("The named fields and their values, decoded through the registry.\n")
                .addStatement("return $T.CODEC.decode(INFO, segment, base).toString()", Model.REGISTRY_CLASS)
                .build());
    }

    private CodeBlock layoutInfo() {
        CodeBlock.Builder b = CodeBlock.builder().add("new $T(NAME,$W$S,$W$L,$WSIZE_BITS,$W$T.of(", Model.LAYOUT_INFO,
                layout.doc() == null ? "" : layout.doc(), layout.kind() == Layout.Kind.UNION,
                List.class).indent();
        for (int i = 0; i < fieldInfos.size(); i++) {
            b.add("\n$L$L", fieldInfos.get(i), i + 1 < fieldInfos.size() ? "," : "");
        }
        b.unindent().add("))");
        layout.format().ifPresent(f -> b.add("$Z.shown($T.$L)", Model.FORMAT, f.name()));
        return b.build();
    }
}
