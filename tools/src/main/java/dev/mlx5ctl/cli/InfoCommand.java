package dev.mlx5ctl.cli;

import dev.mlx5ctl.device.Device;
import dev.mlx5ctl.device.DeviceInfo;
import dev.mlx5ctl.device.Devices;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.Prm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code mlx5ctl info}: what the driver says about a device and this open file, and whose schema each has. */
final class InfoCommand extends Subcommand {

    InfoCommand(Listing listing) {
        super(listing);
    }

    @Override
    int run(GlobalOptions options) {
        try (Session session = new Session(options)) {
            Device device = session.device();
            DeviceInfo info = device.info();
            LayoutCodec codec = session.codec;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("device", info.name());
            m.put("node", device.node().toString());
            device.entry().attribute("provider").ifPresent(p -> m.put("provider", p));
            m.put("uctx_uid", info.uctxUid());
            m.put("uctx_cap", flags(codec, info.uctxCap()));
            m.put("dev_uctx_cap", flags(codec, info.devUctxCap()));
            m.put("ucap", flags(codec, info.ucap()));
            m.put("scopes", info.scopes().stream().map(Scope::schemaName).toList());
            m.put("max_in_length", info.maxInLength());
            m.put("max_out_length", info.maxOutLength());
            m.put("cmdrpc_scope", Devices.system().cmdrpcScope().map(Scope::schemaName).orElse(null));
            m.put("driver_schema", info.driverSchemaId().orElse(null));
            m.put("tool_schema", Prm.SCHEMA_ID);
            m.put("schema_match", info.schemaMatch().name().toLowerCase(java.util.Locale.ROOT));
            Map<String, Object> text = new LinkedHashMap<>(m);
            text.replaceAll((k, v) -> switch (v) {
                case null -> "-";
                case Flags f -> f.text();
                case List<?> l -> l.isEmpty() ? "-" : String.join(", ", l.stream().map(String::valueOf).toList());
                default -> v;
            });
            m.replaceAll((k, v) -> v instanceof Flags f ? f.json() : v);
            printer().report(m, Text.table(text));
        }
        return ExitCode.OK;
    }

    private static Flags flags(LayoutCodec codec, int value) {
        return new Flags(Integer.toUnsignedLong(value), codec.symbols(Optional.of("uctx_cap"), value));
    }

    /** A uctx_cap mask with the names of its flags. */
    private record Flags(long value, List<String> names) {

        String text() {
            return (names.isEmpty() ? "none" : String.join("|", names)) + " (0x" + Long.toHexString(value) + ")";
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", value);
            m.put("flags", names);
            return m;
        }
    }
}
