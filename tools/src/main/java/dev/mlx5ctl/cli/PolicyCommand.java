package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.device.DeviceEntry;
import dev.mlx5ctl.device.DeviceException;
import dev.mlx5ctl.device.Devices;
import dev.mlx5ctl.device.Policy;
import dev.mlx5ctl.prm.Prm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code mlx5ctl policy}: the RPC policy the driver enforces, read from the device's sysfs {@code policy} file (which
 * anyone may read: no device is opened), printed with the schema's names and compared with this tool's schema.
 */
final class PolicyCommand extends Subcommand {

    private final Arg<Boolean> schema = model.flag("Show the policy of this tool's schema instead (needs no device).",
            "--schema");

    PolicyCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl policy", "  mlx5ctl policy --schema --json");
    }

    @Override
    int run(GlobalOptions options) {
        boolean schema = this.schema.get();
        Policy mine = Policy.of(Prm.REGISTRY);
        Map<String, Object> m = new LinkedHashMap<>();
        Policy shown;
        if (schema) {
            shown = mine;
            m.put("source", "schema");
        } else {
            DeviceEntry entry = Devices.system().find(options.device());
            String text = entry.attribute("policy").orElseThrow(() -> new DeviceException("device " + entry.name()
                    + " has no sysfs policy file: its driver predates it"));
            try {
                shown = Policy.parse(text);
            } catch (IllegalArgumentException e) {
                throw new DeviceException("the driver's policy of " + entry.name() + " does not parse: "
                        + e.getMessage());
            }
            m.put("source", "driver");
            m.put("device", entry.name());
        }
        List<String> differences = schema ? List.of() : mine.differences(shown);
        m.put("schema", shown.schemaId());
        m.put("same_schema", shown.schemaId().equals(mine.schemaId()));
        m.put("differences", differences);
        m.put("commands", shown.commands().stream().map(PolicyCommand::json).toList());
        m.put("registers", shown.registers().stream().map(r -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", r.id());
            j.put("name", r.name());
            j.put("read", r.read().schemaName());
            j.put("write", r.write().schemaName());
            return j;
        }).toList());
        m.put("unknown_register", Map.of("read", shown.unknownRegisterRead().schemaName(),
                "write", shown.unknownRegisterWrite().schemaName()));
        printer().report(m, text(m, shown, differences));
        return ExitCode.OK;
    }

    private static Map<String, Object> json(Policy.Rule r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("opcode", r.opcode());
        j.put("name", r.name());
        j.put("scope", r.scope().schemaName());
        Map<String, String> opMods = new TreeMap<>();
        r.opModScopes().forEach((k, v) -> opMods.put(Integer.toString(k), v.schemaName()));
        j.put("op_mod_scopes", opMods);
        j.put("by_register", r.byRegister());
        j.put("read", r.reads());
        j.put("clear_bit", r.clearBit().isPresent() ? r.clearBit().getAsInt() : null);
        return j;
    }

    private static String text(Map<String, Object> m, Policy p, List<String> differences) {
        StringBuilder sb = new StringBuilder();
        sb.append("policy of ").append(m.containsKey("device") ? "the driver of " + m.get("device") : "this tool's schema")
                .append(", schema ").append(p.schemaId()).append('\n');
        if (m.containsKey("device")) {
            sb.append(differences.isEmpty()
                    ? "agrees with this tool's schema: " + p.commands().size() + " commands, "
                            + p.registers().size() + " registers\n"
                    : "differs from this tool's schema:\n  " + String.join("\n  ", differences) + "\n");
        }
        sb.append(String.format("%n%-7s %-40s %-17s %s%n", "OPCODE", "COMMAND", "SCOPE", "ALSO"));
        for (Policy.Rule r : p.commands()) {
            String also = r.opModScopes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> "op_mod " + e.getKey() + ": " + e.getValue().schemaName())
                    .collect(Collectors.joining(", "));
            if (r.byRegister()) {
                also = also + (also.isEmpty() ? "" : ", ") + "and the register's scope";
            }
            if (r.reads()) {
                also = also + (also.isEmpty() ? "" : ", ") + "reads" + (r.clearBit().isPresent()
                        ? " (unless bit 0x" + Integer.toHexString(r.clearBit().getAsInt()) + " clears)" : "");
            }
            sb.append(String.format("0x%04x  %-40s %-17s %s", r.opcode(), r.name(), r.scope().schemaName(), also)
                    .stripTrailing()).append('\n');
        }
        sb.append(String.format("%n%-14s %-7s %-17s %s%n", "REGISTER", "ID", "READ", "WRITE"));
        for (Policy.RegisterRule r : p.registers()) {
            sb.append(String.format("%-14s 0x%04x  %-17s %s%n", r.name(), r.id(), r.read().schemaName(),
                    r.write().schemaName()));
        }
        sb.append(String.format("%-14s %-7s %-17s %s%n", "(unknown)", "-", p.unknownRegisterRead().schemaName(),
                p.unknownRegisterWrite().schemaName()));
        return sb.toString();
    }
}
