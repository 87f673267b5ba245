package dev.mlx5ctl.cli;

import dev.mlx5ctl.device.DeviceEntry;
import dev.mlx5ctl.device.Devices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code mlx5ctl list}: the devices there are, by number and name, without opening any. */
final class ListCommand extends Subcommand {

    ListCommand(Listing listing) {
        super(listing);
    }

    @Override
    int run(GlobalOptions options) {
        List<DeviceEntry> devices = Devices.system().list();
        List<Object> json = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "NAME", "FUNCTION", "NETDEV", "NODE", "FWCTL NODE", "PROVIDER", "OPEN FILES"});
        for (int i = 0; i < devices.size(); i++) {
            DeviceEntry d = devices.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", i);
            m.put("name", d.name());
            m.put("function", d.functionName().orElse(null));
            m.put("netdevs", d.netdevs());
            m.put("node", d.node().toString());
            m.put("node_exists", d.hasNode());
            m.put("fwctl_node", d.fwctl().map(Object::toString).orElse(null));
            m.put("provider", d.attribute("provider").orElse(null));
            m.put("open_files", d.attribute("open_files").map(ListCommand::number).orElse(null));
            json.add(m);
            rows.add(new String[] {Integer.toString(i), d.name(), d.functionName().orElse("-"),
                d.netdevs().isEmpty() ? "-" : String.join(",", d.netdevs()),
                d.node() + (d.hasNode() ? "" : " (missing)"),
                d.fwctl().map(Object::toString).orElse("-"), d.attribute("provider").orElse("-"),
                d.attribute("open_files").orElse("-")});
        }
        String text = devices.isEmpty() ? "no mlx5ctl devices (is the mlx5ctl module loaded?)\n" : columns(rows);
        printer().report(json, text);
        return ExitCode.OK;
    }

    private static Object number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** Rows as left-aligned columns two spaces apart. */
    static String columns(List<String[]> rows) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(r[c]);
                if (c + 1 < r.length) {
                    line.append(" ".repeat(widths[c] - r[c].length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
