package dev.mlx5ctl.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.mlx5ctl.schema.EnumDef;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One schema enum as a Java enum: a constant per value with its number and schema name, a lookup by number that
 * answers {@link Optional#empty()} for numbers the schema does not name, and for a flag set the conversions between
 * a mask and an {@link EnumSet}.
 */
final class EnumEmitter {

    private final EnumDef def;
    private final ClassName self;

    EnumEmitter(Model model, EnumDef def) {
        this.def = def;
        this.self = model.enumClass(def.name());
    }

    TypeSpec emit() {
        TypeSpec.Builder e = TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n\n", Javadocs.textOr(def.doc(), "The {@code " + def.name() + "} values."))
                .addJavadoc("<p>$L {@code $L}.\n", def.flags() ? "Flag set" : "Enum", def.name());
        for (EnumDef.Value v : def.values()) {
            String doc = Javadocs.text(v.doc());
            e.addEnumConstant(Names.enumConstant(v.name()), TypeSpec.anonymousClassBuilder("$L, $S",
                    Names.longLiteral(v.value()), v.name())
                    .addJavadoc("$L{@code $L} = $L.\n", doc.isEmpty() ? "" : doc + " ", v.name(), Names.hex(v.value()))
                    .build());
        }
        e.addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The schema name of this $L.\n", def.flags() ? "flag set" : "enum")
                .initializer("$S", def.name()).build());
        e.addField(FieldSpec.builder(ArrayTypeName.of(self), "VALUES", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer("values()").build());
        e.addField(TypeName.LONG, "value", Modifier.PRIVATE, Modifier.FINAL);
        e.addField(String.class, "schemaName", Modifier.PRIVATE, Modifier.FINAL);
        e.addMethod(MethodSpec.constructorBuilder()
                .addParameter(TypeName.LONG, "value").addParameter(String.class, "schemaName")
                .addStatement("this.value = value").addStatement("this.schemaName = schemaName").build());
        e.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).returns(TypeName.LONG)
                .addJavadoc("The number a field holds for this $L.\n", def.flags() ? "flag (its mask)" : "value")
                .addStatement("return value").build());
        e.addMethod(MethodSpec.methodBuilder("schemaName").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("The name the schema gives this value ({@code $L}).\n",
                        def.values().isEmpty() ? "" : def.values().getFirst().name())
                .addStatement("return schemaName").build());
        e.addMethod(MethodSpec.methodBuilder("fromValue").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .addJavadoc("The constant for {@code value}, or empty when the schema does not name it.\n")
                .addParameter(TypeName.LONG, "value")
                .beginControlFlow("for ($T v : VALUES)", self)
                .beginControlFlow("if (v.value == value)")
                .addStatement("return $T.of(v)", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class).build());
        if (def.flags()) {
            addFlagMethods(e);
        }
        e.addField(FieldSpec.builder(Model.ENUM_INFO, "INFO", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("This $L as the registry describes it ({@code Prm.REGISTRY}).\n",
                        def.flags() ? "flag set" : "enum")
                .initializer(info()).build());
        return e.build();
    }

    private void addFlagMethods(TypeSpec.Builder e) {
        TypeName set = ParameterizedTypeName.get(ClassName.get(EnumSet.class), self);
        e.addMethod(MethodSpec.methodBuilder("decode").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(set)
                .addJavadoc("The flags set in {@code mask}; bits no flag names are left out (see\n"
                        + "{@link #unknownBits(long)}).\n")
                .addParameter(TypeName.LONG, "mask")
                .addStatement("$T flags = $T.noneOf($T.class)", set, EnumSet.class, self)
                .beginControlFlow("for ($T v : VALUES)", self)
                .beginControlFlow("if ((mask & v.value) == v.value)")
                .addStatement("flags.add(v)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return flags").build());
        e.addMethod(MethodSpec.methodBuilder("encode").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addJavadoc("The mask of the given flags.\n")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class),
                        WildcardTypeName.subtypeOf(self)), "flags")
                .addStatement("long mask = 0")
                .beginControlFlow("for ($T v : flags)", self)
                .addStatement("mask |= v.value")
                .endControlFlow()
                .addStatement("return mask").build());
        e.addMethod(MethodSpec.methodBuilder("unknownBits").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.LONG)
                .addJavadoc("The bits of {@code mask} that no flag names (zero when the schema knows them all).\n")
                .addParameter(TypeName.LONG, "mask")
                .addStatement("long known = 0")
                .beginControlFlow("for ($T v : VALUES)", self)
                .addStatement("known |= v.value")
                .endControlFlow()
                .addStatement("return mask & ~known").build());
    }

    private CodeBlock info() {
        CodeBlock.Builder b = CodeBlock.builder().add("new $T(NAME,$W$S,$W$L,$W$T.of(", Model.ENUM_INFO,
                def.doc() == null ? "" : def.doc(), def.flags(), List.class).indent();
        List<EnumDef.Value> values = def.values();
        for (int i = 0; i < values.size(); i++) {
            EnumDef.Value v = values.get(i);
            b.add("\nnew $T.Value($S,$W$L,$W$S)$L", Model.ENUM_INFO, v.name(), Names.longLiteral(v.value()),
                    v.doc() == null ? "" : v.doc(), i + 1 < values.size() ? "," : "");
        }
        return b.unindent().add("))").build();
    }
}
