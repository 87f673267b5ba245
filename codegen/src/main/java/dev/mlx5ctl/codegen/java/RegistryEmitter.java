package dev.mlx5ctl.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mlx5ctl.schema.CapType;
import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.Register;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The registry class {@code Prm}: the schema identity and every element of the schema as a record of
 * {@code dev.mlx5ctl.layout}, so that tools can look up and encode any layout by name. Layouts, enums and commands
 * contribute the {@code INFO} constant of their own class; registers and cap types, which have no class of their
 * own, are constants here ({@code REG_PAOS}, {@code CAP_GENERAL}).
 */
final class RegistryEmitter {

    private static final Modifier[] CONSTANT = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};
    private static final String ELEMENTS = "Elements";

    private final Model model;

    RegistryEmitter(Model model) {
        this.model = model;
    }

    TypeSpec emit() {
        TypeSpec.Builder p = TypeSpec.classBuilder(Model.REGISTRY_CLASS).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The PRM schema {@code $L} as a registry: every layout, enum, command, register and\n",
                        Javadocs.sourceName(model.schemaSource))
                .addJavadoc("capability type by its schema name, for tools that work on names given at run time.\n")
                .addJavadoc("The typed classes of this package are the way to the same things from code.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        p.addField(FieldSpec.builder(String.class, "SCHEMA_ID", CONSTANT)
                .addJavadoc("The schema identity: a SHA-256 of the schema's meaning, which the kernel's policy table\n"
                        + "embeds too, so a tool can tell whether it was built from the driver's schema.\n")
                .initializer("$S", model.schema.identity()).build());

        List<String> registers = new ArrayList<>();
        for (Register r : model.schema.registers()) {
            String name = "REG_" + Names.constant(r.name());
            registers.add(name);
            p.addField(FieldSpec.builder(Model.REGISTER_INFO, name, CONSTANT)
                    .addJavadoc("$L\n\n<p>Register {@code $L}, register_id $L, data layout {@link $T}.\n",
                            Javadocs.textOr(r.doc(), "The " + r.name() + " register."), r.name(),
                            Names.hex(r.id()), model.layoutClass(r.layout()))
                    .initializer(registerInfo(r))
                    .build());
        }
        List<String> capTypes = new ArrayList<>();
        for (CapType t : model.schema.capTypes()) {
            String name = "CAP_" + Names.constant(t.name());
            capTypes.add(name);
            p.addField(FieldSpec.builder(Model.CAP_TYPE_INFO, name, CONSTANT)
                    .addJavadoc("$L\n\n<p>Capability type {@code $L}, cap_type $L, layout {@link $T}.\n",
                            Javadocs.textOr(t.doc(), "The " + t.name() + " capabilities."), t.name(),
                            Names.hex(t.value()), model.layoutClass(t.layout()))
                    .initializer("new $T($S,$W$L,$W$S,$W$S)", Model.CAP_TYPE_INFO, t.name(), Names.hex(t.value()),
                            t.layout(), t.doc() == null ? "" : t.doc())
                    .build());
        }

        CodeBlock registry = CodeBlock.builder()
                .add("new $T(SCHEMA_ID, new $N(),\n$>", Model.REGISTRY, ELEMENTS)
                .add("$L,\n", list(registers, r -> CodeBlock.of("$N", r)))
                .add("$L)$<", list(capTypes, t -> CodeBlock.of("$N", t)))
                .build();
        p.addField(FieldSpec.builder(Model.REGISTRY, "REGISTRY", CONSTANT)
                .addJavadoc("Every element of the schema, by name.\n").initializer(registry).build());
        p.addType(elements());
        p.addField(FieldSpec.builder(Model.CODEC, "CODEC", CONSTANT)
                .addJavadoc("Encodes and decodes any layout of {@link #REGISTRY} by name and dotted path.\n")
                .initializer("new $T(REGISTRY)", Model.CODEC).build());
        return p.build();
    }

    /**
     * {@code Elements}: the layouts, enums and commands for the registry, each found by a switch on its name, which
     * initializes that one class alone; the lists, which initialize them all, are made only when asked for.
     */
    private TypeSpec elements() {
        TypeSpec.Builder e = TypeSpec.classBuilder(ELEMENTS).addModifiers(Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).addSuperinterface(Model.REGISTRY.nestedClass("Elements"))
                .addJavadoc("The layouts, enums and commands, each class initialized only when it is asked for by\n")
                .addJavadoc("name (or opcode): a tool that decodes one register does not build the description\n")
                .addJavadoc("of every layout.\n");
        e.addMethod(all("layouts", Model.LAYOUT_INFO, model.schema.layouts(), l -> model.layoutClass(l.name())));
        e.addMethod(all("enums", Model.ENUM_INFO, model.schema.enums(), x -> model.enumClass(x.name())));
        e.addMethod(all("commands", Model.COMMAND_INFO, model.schema.commands(), c -> model.commandClass(c.name())));
        e.addMethod(byKey("layout", Model.LAYOUT_INFO, ParameterSpec.builder(String.class, "name").build(),
                model.schema.layouts(), l -> CodeBlock.of("$S", l.name()), l -> model.layoutClass(l.name())));
        e.addMethod(byKey("enumInfo", Model.ENUM_INFO, ParameterSpec.builder(String.class, "name").build(),
                model.schema.enums(), x -> CodeBlock.of("$S", x.name()), x -> model.enumClass(x.name())));
        e.addMethod(byKey("command", Model.COMMAND_INFO, ParameterSpec.builder(String.class, "name").build(),
                model.schema.commands(), c -> CodeBlock.of("$S", c.name()), c -> model.commandClass(c.name())));
        // The first command of an opcode answers for it, as a map made from the list would.
        Map<Integer, Command> byOpcode = new LinkedHashMap<>();
        model.schema.commands().forEach(c -> byOpcode.putIfAbsent(c.opcode(), c));
        e.addMethod(byKey("commandByOpcode", Model.COMMAND_INFO, ParameterSpec.builder(int.class, "opcode").build(),
                List.copyOf(byOpcode.values()), c -> CodeBlock.of("$L", Names.hex(c.opcode())),
                c -> model.commandClass(c.name())));
        return e.build();
    }

    /** {@code List<T> name()}: every element's {@code INFO}, in schema order. */
    private static <S> MethodSpec all(String name, ClassName type, List<S> items, Function<S, ClassName> owner) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), type))
                .addCode("return $L;\n", list(items, i -> CodeBlock.of("$T.INFO", owner.apply(i)))).build();
    }

    /** {@code T name(key)}: a switch from each element's key to its {@code INFO}; null for any other key. */
    private static <S> MethodSpec byKey(String name, ClassName type, ParameterSpec key, List<S> items,
            Function<S, CodeBlock> label, Function<S, ClassName> owner) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch ($N) {\n$>", key);
        for (S item : items) {
            cases.add("case $L -> $T.INFO;\n", label.apply(item), owner.apply(item));
        }
        cases.add("default -> null;\n$<};\n");
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(type).addParameter(key).addCode(cases.build()).build();
    }

    private static <T> CodeBlock list(List<T> items, Function<T, CodeBlock> element) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class).indent();
        for (int i = 0; i < items.size(); i++) {
            b.add("\n$L$L", element.apply(items.get(i)), i + 1 < items.size() ? "," : "");
        }
        return b.unindent().add(")").build();
    }

    /** {@code new RegisterInfo(...)}, with {@code .marked(index, readOnly, all)} where the schema marks fields. */
    private static CodeBlock registerInfo(Register r) {
        CodeBlock info = CodeBlock.of("new $T($S,$W$L,$W$S,$W$T.$L,$W$T.$L,$W$S,$W$L)", Model.REGISTER_INFO, r.name(),
                Names.hex(r.id()), r.layout(), Model.SCOPE, CommandEmitter.scopeConstant(r.read()),
                Model.SCOPE, CommandEmitter.scopeConstant(r.write()), r.doc() == null ? "" : r.doc(),
                r.clears().map(b -> CodeBlock.of("$T.of($L)", OptionalInt.class, Names.hex(b.offset())))
                        .orElse(CodeBlock.of("$T.empty()", OptionalInt.class)));
        if (r.index().isEmpty() && r.readOnly().isEmpty() && !r.allReadOnly()) {
            return info;
        }
        return CodeBlock.of("$L$Z.marked($L,$W$L,$W$L)", info, strings(r.index()), strings(r.readOnly()),
                r.allReadOnly());
    }

    private static CodeBlock strings(List<String> values) {
        return CodeBlock.of("$T.of($L)", List.class, values.stream().map(v -> CodeBlock.of("$S", v))
                .collect(CodeBlock.joining(",$W")));
    }
}
