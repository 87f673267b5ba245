package dev.mlx5ctl.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mlx5ctl.schema.Command;
import dev.mlx5ctl.schema.Effect;
import dev.mlx5ctl.schema.Field;
import dev.mlx5ctl.schema.Layout;
import dev.mlx5ctl.schema.Scope;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * One command as a small class: its opcode and scope, a builder of its input with the opcode set, and a reader of
 * its output.
 */
final class CommandEmitter {

    private static final Modifier[] CONSTANT = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};

    private final Model model;
    private final Command command;

    CommandEmitter(Model model, Command command) {
        this.model = model;
        this.command = command;
    }

    TypeSpec emit() {
        ClassName self = model.commandClass(command.name());
        ClassName in = model.layoutClass(command.in());
        ClassName out = model.layoutClass(command.out());
        Layout inLayout = model.layout(command.in());
        TypeSpec.Builder c = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n\n", Javadocs.textOr(command.doc(), "The " + command.name() + " command."))
                .addJavadoc("<p>Command {@code $L}: opcode $L, scope {@code $L};\n"
                        + "input {@link $T}, output {@link $T}.\n",
                        command.name(), Names.hex(command.opcode()), command.scope().schemaName(), in, out);
        command.opMod().ifPresent(m -> {
            String doc = Javadocs.text(m.doc());
            if (!doc.isEmpty()) {
                c.addJavadoc("op_mod: $L\n", doc);
            }
        });
        c.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        c.addField(FieldSpec.builder(String.class, "NAME", CONSTANT).initializer("$S", command.name())
                .addJavadoc("The schema name of this command.\n").build());
        c.addField(FieldSpec.builder(TypeName.INT, "OPCODE", CONSTANT).initializer("$L", Names.hex(command.opcode()))
                .addJavadoc("The opcode that goes into the input header.\n").build());
        c.addField(FieldSpec.builder(Model.SCOPE, "SCOPE", CONSTANT)
                .initializer("$T.$L", Model.SCOPE, scopeConstant(command.scope()))
                .addJavadoc("The least scope a user RPC needs for this command"
                        + (command.opMod().map(m -> !m.overrides().isEmpty()).orElse(false)
                                ? " (some op_mod values differ: see {@link #scopeFor(int)})" : "")
                        + ".\n").build());
        c.addField(FieldSpec.builder(Model.COMMAND_INFO, "INFO", CONSTANT).initializer(info())
                .addJavadoc("This command as the registry describes it ({@code Prm.REGISTRY}).\n").build());
        c.addMethod(MethodSpec.methodBuilder("scopeFor").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(Model.SCOPE)
                .addJavadoc("The least scope for one op_mod value.\n")
                .addParameter(TypeName.INT, "opMod")
                .addStatement("return INFO.scopeFor(opMod)").build());

        boolean hasOpcode = inLayout.field("opcode").filter(f -> f instanceof Field.Scalar).isPresent();
        String preset = hasOpcode ? ".opcode(OPCODE)" : "";
        if (model.flexibleTail(inLayout).isPresent()) {
            c.addMethod(MethodSpec.methodBuilder("in").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(in.nestedClass("Builder"))
                    .addJavadoc("A builder of the input with room for {@code count} elements of {@code $L}"
                            + "$L.\n", model.flexibleTail(inLayout).get().path(), hasOpcode ? ", opcode set" : "")
                    .addParameter(TypeName.INT, "count")
                    .addStatement("return $T.builder(count)$L", in, preset).build());
        }
        c.addMethod(MethodSpec.methodBuilder("in").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(in.nestedClass("Builder"))
                .addJavadoc("A builder of the input$L.\n", hasOpcode ? " with the opcode set" : "")
                .addStatement("return $T.builder()$L", in, preset).build());
        c.addMethod(MethodSpec.methodBuilder("in").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(in.nestedClass("Builder"))
                .addJavadoc("A builder of the input written straight into {@code mailbox}, zeroed first$L.\n",
                        hasOpcode ? ", with the opcode set" : "")
                .addParameter(Model.MEMORY_SEGMENT, "mailbox")
                .addStatement("return $T.builder(mailbox)$L", in, preset).build());
        c.addMethod(MethodSpec.methodBuilder("out").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(out)
                .addJavadoc("The output in {@code reply}: status, syndrome and the command's fields.\n")
                .addParameter(Model.MEMORY_SEGMENT, "reply")
                .addStatement("return $T.wrap(reply)", out).build());
        return c.build();
    }

    static String scopeConstant(Scope scope) {
        return scope.name();
    }

    private CodeBlock info() {
        CodeBlock opMod = command.opMod().map(m -> {
            // Map.of takes up to ten pairs; beyond that only Map.ofEntries reads the same.
            boolean pairs = m.overrides().size() <= 10;
            CodeBlock.Builder scopes = CodeBlock.builder();
            for (int i = 0; i < m.overrides().size(); i++) {
                Command.ScopeOverride o = m.overrides().get(i);
                scopes.add(i == 0 ? "" : ", ");
                scopes.add(pairs ? "$L, $T.$L" : "$T.entry($L, $T.$L)", pairs
                        ? new Object[] {Names.hex(o.opMod()), Model.SCOPE, scopeConstant(o.scope())}
                        : new Object[] {Map.class, Names.hex(o.opMod()), Model.SCOPE, scopeConstant(o.scope())});
            }
            return CodeBlock.of("$T.of(new $T.OpModInfo($S,$W$L,$W$L,$W$T.$L($L)))", Optional.class,
                    Model.COMMAND_INFO, m.doc() == null ? "" : m.doc(), optional(m.enumName()),
                    optional(m.layout()), Map.class, pairs ? "of" : "ofEntries", scopes.build());
        }).orElse(CodeBlock.of("$T.empty()", Optional.class));
        CodeBlock clearBit = command.clears().map(b -> CodeBlock.of("$T.of($L)", OptionalInt.class,
                Names.hex(b.offset()))).orElse(CodeBlock.of("$T.empty()", OptionalInt.class));
        return CodeBlock.of("new $T(NAME,$WOPCODE,$WSCOPE,$W$S,$W$S,$W$S,\n$>$L,$W$L,$W$L$<)", Model.COMMAND_INFO,
                command.in(), command.out(), command.doc() == null ? "" : command.doc(), opMod,
                command.effect() == Effect.READ, clearBit);
    }

    private static CodeBlock optional(Optional<String> value) {
        return value.map(v -> CodeBlock.of("$T.of($S)", Optional.class, v))
                .orElse(CodeBlock.of("$T.empty()", Optional.class));
    }
}
