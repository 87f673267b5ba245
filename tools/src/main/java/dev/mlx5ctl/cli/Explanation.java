package dev.mlx5ctl.cli;

import dev.mlx5ctl.device.Policy;
import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.MboxIn;
import dev.mlx5ctl.prm.Prm;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code --explain} says of a mailbox without sending it: the command, its op_mod (and register), the scope
 * it would run at against the least the policy allows, whether that taints the kernel, the privilege it needs and
 * what kernel lockdown does to it. The rules are the driver's (kmod/core/rpc.c), applied through {@link Policy}.
 */
record Explanation(Map<String, Object> fields) {

    static Explanation of(MemorySegment in, long outBytes, Optional<Scope> asked) {
        int opcode = Bits.getInt(in, MboxIn.OPCODE_OFFSET, MboxIn.OPCODE_WIDTH);
        int opMod = Bits.getInt(in, MboxIn.OP_MOD_OFFSET, MboxIn.OP_MOD_WIDTH);
        CommandInfo command = Prm.REGISTRY.commandByOpcode(opcode).orElseThrow(() -> new UsageException(
                "opcode 0x" + Integer.toHexString(opcode) + " is not a command of the schema"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", command.name());
        m.put("opcode", opcode);
        m.put("op_mod", opMod);
        opModName(command, opMod).ifPresent(n -> m.put("op_mod_name", n));
        if (command.byRegister()) {
            m.put("register", Policy.register(Prm.REGISTRY, in).map(r -> r.name()).orElse("unknown"));
            m.put("direction", Policy.isRead(in) ? "read" : "write");
        }
        m.put("in_bytes", in.byteSize());
        m.put("out_bytes", outBytes);
        Scope least = Policy.leastScope(Prm.REGISTRY, command, in);
        if (least == Scope.KERNEL) {
            m.put("allowed", false);
            m.put("reason", command.name() + " is issued by the driver only: refused from user space");
            return new Explanation(m);
        }
        Scope scope = asked.orElse(least);
        m.put("least_scope", least.schemaName());
        m.put("scope", scope.schemaName());
        boolean allowed = scope.uapiValue() >= least.uapiValue();
        m.put("allowed", allowed);
        if (!allowed) {
            m.put("reason", "the policy needs at least " + least.schemaName() + ": the driver answers EBADMSG");
        }
        m.put("taints", scope.uapiValue() >= Scope.DEBUG_WRITE.uapiValue());
        m.put("privilege", scope == Scope.DEBUG_WRITE_FULL ? "CAP_SYS_RAWIO" : "none beyond opening the node");
        m.put("lockdown", scope.uapiValue() >= Scope.DEBUG_WRITE.uapiValue()
                ? "refused under integrity and confidentiality" : "allowed");
        m.put("read_only_file", Policy.reads(Prm.REGISTRY, command, in) ? "allowed (it only reads)"
                : "refused (it writes): the driver answers EBADF to a node opened read-only");
        return new Explanation(m);
    }

    private static Optional<String> opModName(CommandInfo command, int opMod) {
        return command.opMod().flatMap(CommandInfo.OpModInfo::enumName).flatMap(Prm.REGISTRY::enumInfo)
                .flatMap(e -> e.values().stream().filter(v -> v.value() == opMod).findFirst())
                .map(v -> v.name());
    }

    void print(Printer printer) {
        Map<String, Object> text = new LinkedHashMap<>();
        fields.forEach((k, v) -> text.put(k, switch (k) {
            case "opcode" -> String.format("0x%04x", (Integer) v);
            case "op_mod" -> String.format("0x%x", (Integer) v)
                    + (fields.containsKey("op_mod_name") ? " (" + fields.get("op_mod_name") + ")" : "");
            case "taints" -> (Boolean) v ? "yes (once per boot, naming the process)" : "no";
            case "allowed" -> (Boolean) v ? "yes" : "no";
            default -> v;
        }));
        text.remove("op_mod_name");
        printer.report(fields, "would send (--explain; nothing was sent):\n" + Text.table(text));
    }
}
