package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.Bits;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.Registry;
import dev.mlx5ctl.layout.RegisterInfo;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.AccessRegOpMod;
import dev.mlx5ctl.prm.AccessRegisterIn;
import dev.mlx5ctl.prm.MboxIn;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The RPC policy: which commands user space may send and at what least scope, as the driver enforces it. One comes
 * from the driver ({@link #parse}: the text of the device's sysfs {@code policy} file), one from this program's
 * schema ({@link #of}); {@link #differences} says where they disagree, and {@link #leastScope} is the rule both
 * apply to one mailbox.
 *
 * @param schemaId   the identity of the schema the policy was generated from
 * @param commands   the commands user space may send, by opcode
 * @param registers  the per-register scopes of register access commands, by register_id
 * @param unknownRegisterRead  the scope that reads a register the table lacks
 * @param unknownRegisterWrite the scope that writes one
 */
public record Policy(String schemaId, List<Rule> commands, List<RegisterRule> registers, Scope unknownRegisterRead,
        Scope unknownRegisterWrite) {

    public Policy {
        commands = List.copyOf(commands);
        registers = List.copyOf(registers);
    }

    /**
     * One command of the table.
     *
     * @param opModScopes the op_mod values whose scope differs from {@code scope}
     * @param byRegister  whether the register's own scope applies too
     * @param reads       whether a file opened read-only may send it
     * @param clearBit    the input bit that makes such a read a write (it clears what it reads)
     */
    public record Rule(int opcode, String name, Scope scope, Map<Integer, Scope> opModScopes, boolean byRegister,
            boolean reads, OptionalInt clearBit) {
        public Rule {
            opModScopes = Map.copyOf(opModScopes);
        }
    }

    /** The least scopes that read and write one register, and the bit of its data that makes a read clear. */
    public record RegisterRule(int id, String name, Scope read, Scope write, OptionalInt clearBit) {
    }

    /** The policy this program's schema gives: every command not reserved to the kernel. */
    public static Policy of(Registry registry) {
        List<Rule> rules = registry.commands().stream()
                .filter(c -> c.scope() != Scope.KERNEL)
                .sorted(Comparator.comparingInt(CommandInfo::opcode))
                .map(c -> new Rule(c.opcode(), c.name(), c.scope(),
                        c.opMod().map(CommandInfo.OpModInfo::scopes).orElse(Map.of()), c.byRegister(), c.reads(),
                        c.clearBit()))
                .toList();
        List<RegisterRule> registers = registry.registers().stream()
                .sorted(Comparator.comparingInt(RegisterInfo::id))
                .map(r -> new RegisterRule(r.id(), r.name(), r.read(), r.write(), r.clearBit()))
                .toList();
        return new Policy(registry.schemaId(), rules, registers, RegisterInfo.UNKNOWN_READ,
                RegisterInfo.UNKNOWN_WRITE);
    }

    /**
     * The least scope the driver lets {@code in} run at: the command's scope for its op_mod and, for a register
     * access, the higher of that and the register's scope for the direction (a register the schema does not know:
     * {@link RegisterInfo#UNKNOWN_READ}, {@link RegisterInfo#UNKNOWN_WRITE}; anything but a read is a write).
     */
    public static Scope leastScope(Registry registry, CommandInfo command, MemorySegment in) {
        int opMod = Bits.getInt(in, MboxIn.OP_MOD_OFFSET, MboxIn.OP_MOD_WIDTH);
        Scope scope = command.scopeFor(opMod);
        if (!command.byRegister() || scope == Scope.KERNEL) {
            return scope;
        }
        Scope register = registerScope(registry, in);
        return register.uapiValue() > scope.uapiValue() ? register : scope;
    }

    /** The register a register access names, if the schema knows it. */
    public static Optional<RegisterInfo> register(Registry registry, MemorySegment in) {
        return registry.registerById(Bits.getInt(in, AccessRegisterIn.REGISTER_ID_OFFSET,
                AccessRegisterIn.REGISTER_ID_WIDTH));
    }

    /** Whether a register access reads (op_mod read) rather than writes. */
    public static boolean isRead(MemorySegment in) {
        return Bits.getInt(in, MboxIn.OP_MOD_OFFSET, MboxIn.OP_MOD_WIDTH) == AccessRegOpMod.READ.value();
    }

    /**
     * Whether a file opened read-only may send {@code in} (the driver answers EBADF otherwise): a command the schema
     * marks a read, or a register access with op_mod read of a register the schema knows; either with its clear
     * bit, if it has one, unset. A bit past the mailbox's end counts as set.
     */
    public static boolean reads(Registry registry, CommandInfo command, MemorySegment in) {
        if (!command.byRegister()) {
            return command.reads() && command.clearBit().stream().noneMatch(b -> bitSet(in, b));
        }
        Optional<RegisterInfo> register = register(registry, in);
        if (register.isEmpty() || !isRead(in)) {
            return false;
        }
        int data = AccessRegisterIn.REGISTER_DATA_OFFSET;
        return register.get().clearBit().stream().noneMatch(b -> bitSet(in, data + b));
    }

    private static boolean bitSet(MemorySegment in, int bit) {
        return bit / 8 >= in.byteSize() || Bits.get(in, bit, 1) != 0;
    }

    private static Scope registerScope(Registry registry, MemorySegment in) {
        boolean read = isRead(in);
        return register(registry, in).map(r -> r.scopeFor(read))
                .orElse(read ? RegisterInfo.UNKNOWN_READ : RegisterInfo.UNKNOWN_WRITE);
    }

    /**
     * Reads the driver's policy text (kmod/core/rpc.c, mlx5ctl_policy_format(): one record per line).
     *
     * @throws IllegalArgumentException naming the line that does not parse
     */
    public static Policy parse(String text) {
        String schema = null;
        Map<Integer, Rule> rules = new TreeMap<>();
        List<RegisterRule> registers = new ArrayList<>();
        Scope unknownRead = null;
        Scope unknownWrite = null;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" +");
            int n = i + 1;
            switch (f[0]) {
                case "schema" -> {
                    need(f, 2, 2, n, line);
                    schema = f[1];
                }
                case "command" -> {
                    need(f, 4, 7, n, line);
                    boolean byRegister = false;
                    boolean reads = false;
                    OptionalInt clearBit = OptionalInt.empty();
                    for (int k = 4; k < f.length; k++) {
                        if (f[k].equals("by-register") && k == 4) {
                            byRegister = true;
                        } else if (f[k].equals("read") && !reads) {
                            reads = true;
                        } else if (f[k].startsWith("clears=") && reads && clearBit.isEmpty()) {
                            clearBit = OptionalInt.of(number(f[k].substring(7), n, line));
                        } else {
                            throw bad(n, line, "unknown or misplaced flag '" + f[k] + "'");
                        }
                    }
                    int opcode = number(f[1], n, line);
                    rules.put(opcode, new Rule(opcode, f[2], scope(f[3], n, line), Map.of(), byRegister, reads,
                            clearBit));
                }
                case "op_mod" -> {
                    need(f, 4, 4, n, line);
                    int opcode = number(f[1], n, line);
                    Rule r = rules.get(opcode);
                    if (r == null) {
                        throw bad(n, line, "op_mod of opcode " + f[1] + " before its command line");
                    }
                    Map<Integer, Scope> scopes = new TreeMap<>(r.opModScopes());
                    scopes.put(number(f[2], n, line), scope(f[3], n, line));
                    rules.put(opcode, new Rule(r.opcode(), r.name(), r.scope(), scopes, r.byRegister(), r.reads(),
                            r.clearBit()));
                }
                case "register" -> {
                    need(f, 5, f[1].equals("unknown") ? 5 : 6, n, line);
                    if (f[1].equals("unknown")) {
                        unknownRead = scope(f[3], n, line);
                        unknownWrite = scope(f[4], n, line);
                    } else {
                        if (f.length == 6 && !f[5].startsWith("clears=")) {
                            throw bad(n, line, "unknown flag '" + f[5] + "'");
                        }
                        registers.add(new RegisterRule(number(f[1], n, line), f[2], scope(f[3], n, line),
                                scope(f[4], n, line), f.length == 6 ? OptionalInt.of(number(f[5].substring(7), n,
                                line)) : OptionalInt.empty()));
                    }
                }
                default -> throw bad(n, line, "unknown record '" + f[0] + "'");
            }
        }
        if (schema == null || unknownRead == null) {
            throw new IllegalArgumentException("the policy text lacks its " + (schema == null ? "schema" : "register "
                    + "unknown") + " line");
        }
        return new Policy(schema, List.copyOf(rules.values()), registers, unknownRead, unknownWrite);
    }

    /** Where this policy and {@code other} disagree, one line each; empty when they decide alike. */
    public List<String> differences(Policy other) {
        List<String> d = new ArrayList<>();
        Map<Integer, Rule> mine = new TreeMap<>();
        commands.forEach(r -> mine.put(r.opcode(), r));
        Map<Integer, Rule> theirs = new TreeMap<>();
        other.commands.forEach(r -> theirs.put(r.opcode(), r));
        TreeMap<Integer, Boolean> opcodes = new TreeMap<>();
        mine.keySet().forEach(k -> opcodes.put(k, true));
        theirs.keySet().forEach(k -> opcodes.put(k, true));
        for (int opcode : opcodes.keySet()) {
            Rule a = mine.get(opcode);
            Rule b = theirs.get(opcode);
            String hex = String.format("0x%04x", opcode);
            if (a == null || b == null) {
                Rule r = a == null ? b : a;
                d.add(hex + " " + r.name() + ": only in the " + (a == null ? "second" : "first") + " policy");
            } else if (a.scope() != b.scope() || !a.opModScopes().equals(b.opModScopes())
                    || a.byRegister() != b.byRegister() || a.reads() != b.reads()
                    || !a.clearBit().equals(b.clearBit())) {
                d.add(hex + " " + a.name() + ": " + describe(a) + " against " + describe(b));
            }
        }
        if (!registers.equals(other.registers)) {
            d.add("the register scopes differ");
        }
        if (unknownRegisterRead != other.unknownRegisterRead || unknownRegisterWrite != other.unknownRegisterWrite) {
            d.add("the scopes of unknown registers differ");
        }
        return d;
    }

    private static String describe(Rule r) {
        StringBuilder sb = new StringBuilder(r.scope().schemaName());
        r.opModScopes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(", op_mod ")
                .append(e.getKey()).append(' ').append(e.getValue().schemaName()));
        sb.append(r.byRegister() ? ", by register" : "").append(r.reads() ? ", read" : "");
        r.clearBit().ifPresent(b -> sb.append(", clears at 0x").append(Integer.toHexString(b)));
        return sb.toString();
    }

    private static void need(String[] f, int min, int max, int n, String line) {
        if (f.length < min || f.length > max) {
            throw bad(n, line, "expected " + (min == max ? min : min + (max == min + 1 ? " or " : " to ") + max)
                    + " words, found " + f.length);
        }
    }

    private static int number(String s, int n, String line) {
        try {
            int v = s.startsWith("0x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
            if (v < 0 || v > 0xffff) {
                throw bad(n, line, s + " is not a 16-bit number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(n, line, "'" + s + "' is not a number");
        }
    }

    private static Scope scope(String s, int n, String line) {
        return Arrays.stream(Scope.values()).filter(x -> x != Scope.KERNEL && x.schemaName().equals(s)).findFirst()
                .orElseThrow(() -> bad(n, line, "'" + s + "' is not a scope"));
    }

    private static IllegalArgumentException bad(int n, String line, String why) {
        return new IllegalArgumentException("policy line " + n + " (" + line + "): " + why);
    }
}
