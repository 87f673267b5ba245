package dev.mlx5ctl.codegen.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlx5ctl.codegen.ifc.IfcModel.IfcLayout;
import dev.mlx5ctl.codegen.ifc.IfcModel.IfcMember;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser over resources/ifc/mini_ifc.h, a header with every construct of mlx5_ifc.h in small. */
class IfcParserTest {

    private static IfcModel model;

    @BeforeAll
    static void parse() throws IOException, URISyntaxException {
        model = IfcParser.parse(Path.of(Objects.requireNonNull(IfcParserTest.class.getResource("/ifc/mini_ifc.h"))
                .toURI()));
    }

    private static IfcLayout layout(String name) {
        return model.layout(name).orElseThrow(() -> new AssertionError("no layout " + name));
    }

    @Test
    void readsOpcodesOnlyFromTheEnumThatMaxEnds() {
        assertEquals(Map.of("QUERY_HCA_CAP", 0x100, "NOP", 0x80d), model.opcodes());
        assertEquals(Map.of("GENERAL_START", 0xb00), model.markers());
    }

    @Test
    void namesLayoutsWithoutPrefixAndSuffixAndKeepsMemberSpelling() {
        IfcLayout nop = layout("nop_in");
        assertEquals("struct mlx5_ifc_nop_in_bits", nop.tag());
        assertEquals(List.of("opcode", "uid", "reserved_at_20", "op_mod", "reserved_at_40"),
                nop.members().stream().map(IfcMember::cName).toList());
        assertEquals(0x40, nop.members().getLast().width());
        assertEquals("Mixed_Case", layout("entry").members().getFirst().cName());
    }

    @Test
    void evaluatesDefinedDimensionsAcrossContinuationLines() {
        IfcMember entry = layout("table").member("entry").orElseThrow();
        assertEquals(Optional.of(3), entry.count());
        assertEquals(Optional.of("entry"), entry.layout());
    }

    @Test
    void turnsAnAnonymousUnionIntoALayoutReachedThroughItsHolder() {
        IfcLayout choice = layout("table_choice");
        assertTrue(choice.union());
        assertEquals("struct mlx5_ifc_table_bits", choice.parentTag());
        assertEquals(Optional.of("choice"), choice.parentMember());
        assertEquals(Optional.of("table_choice"), layout("table").member("choice").orElseThrow().layout());
    }

    @Test
    void readsBothSpellingsOfFlexibleArrays() {
        IfcMember pas = layout("table").member("pas").orElseThrow();
        assertTrue(pas.flexible());
        assertEquals(0x40, pas.width());
        IfcMember data = layout("tail").member("data").orElseThrow();
        assertTrue(data.flexible());
        assertEquals(8, data.width(), "u8 data[] is read as a flexible array of bytes");
    }

    @Test
    void reportsWhatItCannotReadWithFileAndLineAndKeepsTheRest() {
        List<String> problems = model.problems().stream().map(IfcModel.Problem::format).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches(".*mini_ifc\\.h:49: error: unexpected 'int' in a layout; not imported"),
                problems.get(0));
        assertTrue(problems.get(1).matches(".*mini_ifc\\.h:51: error: cannot evaluate array dimension "
                + "'UNKNOWN_CONSTANT'"), problems.get(1));
        assertEquals(List.of("ok"), layout("bad").members().stream().map(IfcMember::cName).toList());
    }
}
