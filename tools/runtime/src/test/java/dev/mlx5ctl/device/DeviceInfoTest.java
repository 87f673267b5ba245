package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.layout.Scope;
import dev.mlx5ctl.prm.Prm;
import dev.mlx5ctl.prm.UctxCap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceInfoTest {

    private static DeviceInfo info(Optional<String> driverSchemaId) {
        return new DeviceInfo("mlx5ctl_sim.ctl.0", 1, 0x4, 0x7, 0x5,
                Set.of(Scope.DEBUG_WRITE, Scope.CONFIGURATION), 1 << 21, 1 << 21, driverSchemaId, Prm.SCHEMA_ID);
    }

    @Test
    void theSameSchemaIdMatchesWhateverItsCase() {
        assertEquals(DeviceInfo.SchemaMatch.MATCH, info(Optional.of(Prm.SCHEMA_ID)).schemaMatch());
        assertEquals(DeviceInfo.SchemaMatch.MATCH,
                info(Optional.of(Prm.SCHEMA_ID.toUpperCase(java.util.Locale.ROOT))).schemaMatch());
        assertEquals(Optional.empty(), info(Optional.of(Prm.SCHEMA_ID)).schemaProblem());
    }

    @Test
    void anotherSchemaIdIsAMismatchNamingBothShortened() {
        String other = Prm.SCHEMA_ID.replace(Prm.SCHEMA_ID.charAt(63), Prm.SCHEMA_ID.charAt(63) == '0' ? '1' : '0');
        DeviceInfo info = info(Optional.of(other));
        assertEquals(DeviceInfo.SchemaMatch.MISMATCH, info.schemaMatch());
        String problem = info.schemaProblem().orElseThrow();
        assertTrue(problem.contains("schema " + other.substring(0, 12) + ", this program from schema "
                + Prm.SCHEMA_ID.substring(0, 12)), problem);
    }

    @Test
    void noSchemaIdIsUnknown() {
        DeviceInfo info = info(Optional.empty());
        assertEquals(DeviceInfo.SchemaMatch.UNKNOWN, info.schemaMatch());
        assertTrue(info.schemaProblem().orElseThrow().contains("older driver"));
    }

    @Test
    void capabilitiesDecodeAsSchemaFlags() {
        DeviceInfo info = info(Optional.empty());
        assertEquals(EnumSet.of(UctxCap.TOOLS_RESOURCES), info.uctxCaps());
        assertEquals(EnumSet.allOf(UctxCap.class), info.devUctxCaps());
        assertEquals(EnumSet.of(UctxCap.RAW_TX, UctxCap.TOOLS_RESOURCES), info.ucaps());
    }

    @Test
    void scopesIterateInScopeOrder() {
        assertEquals(List.of(Scope.CONFIGURATION, Scope.DEBUG_WRITE), List.copyOf(info(Optional.empty()).scopes()));
    }
}
