package dev.mlx5ctl.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.mlx5ctl.layout.EnumInfo;
import dev.mlx5ctl.prm.CmdStatus;
import dev.mlx5ctl.prm.Prm;
import dev.mlx5ctl.prm.QueryHcaCap;
import org.junit.jupiter.api.Test;

class FirmwareExceptionTest {

    @Test
    void namesTheCommandTheStatusByItsSchemaNameAndTheSyndromeInHex() {
        FirmwareException e = FirmwareException.of(Prm.REGISTRY, QueryHcaCap.OPCODE, 1,
                (int) CmdStatus.BAD_PARAM.value(), 0x1a2b3c4dL);
        String doc = Prm.REGISTRY.requireEnum("cmd_status").byName("bad_param").map(EnumInfo.Value::doc)
                .orElseThrow();
        assertEquals("QUERY_HCA_CAP (0x100) failed: firmware status BAD_PARAM (0x3), syndrome 0x1a2b3c4d: " + doc,
                e.getMessage());
        assertEquals("BAD_PARAM", e.statusName());
        assertEquals("QUERY_HCA_CAP", e.commandName());
        assertEquals(0x1a2b3c4dL, e.syndrome());
        assertEquals(3, e.status());
        assertEquals(1, e.opMod());
        assertEquals(0, e.errno(), "a firmware error is no failed system call");
        assertInstanceOf(DeviceException.class, e);
    }

    @Test
    void everyStatusOfTheSchemaIsNamed() {
        for (CmdStatus status : CmdStatus.values()) {
            if (status == CmdStatus.OK) {
                continue;
            }
            FirmwareException e = FirmwareException.of(Prm.REGISTRY, QueryHcaCap.OPCODE, 0, (int) status.value(), 0);
            assertEquals(status.name(), e.statusName());
        }
    }

    @Test
    void aStatusTheSchemaDoesNotNameIsShownInHex() {
        FirmwareException e = FirmwareException.of(Prm.REGISTRY, QueryHcaCap.OPCODE, 0, 0xee, 0x5L);
        assertEquals("0xee", e.statusName());
        assertEquals("QUERY_HCA_CAP (0x100) failed: firmware status 0xee (not a status this schema names), "
                + "syndrome 0x00000005", e.getMessage());
    }

    @Test
    void anOpcodeTheSchemaDoesNotNameIsShownInHex() {
        FirmwareException e = FirmwareException.of(Prm.REGISTRY, 0x7777, 0, (int) CmdStatus.BAD_OP.value(),
                0xffffffffL);
        assertEquals("opcode 0x7777", e.commandName());
        assertEquals(true, e.getMessage().startsWith("opcode 0x7777 failed: firmware status BAD_OP (0x2), "
                + "syndrome 0xffffffff"), e.getMessage());
    }

    @Test
    void keepsACopyOfTheReply() {
        byte[] reply = {3, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0};
        FirmwareException e = FirmwareException.of(Prm.REGISTRY, QueryHcaCap.OPCODE, 0, 3, 0x01020304L, reply);
        reply[0] = 9;
        assertEquals(3, e.reply()[0]);
        e.reply()[1] = 9;
        assertArrayEquals(new byte[] {3, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0}, e.reply());
    }
}
