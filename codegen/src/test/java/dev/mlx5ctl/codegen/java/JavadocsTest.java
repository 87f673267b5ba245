package dev.mlx5ctl.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavadocsTest {

    @Test
    void schemaDocsAreEscapedSoTheyCannotEndOrBreakTheComment() {
        assertEquals("cap_type &lt;&lt; 1 | cur &amp; more *&#47; &#64;see.",
                Javadocs.text("cap_type << 1 | cur & more */ @see"));
        assertEquals("", Javadocs.text("  "));
    }

    @Test
    void bannersNameSchemaFilesFromTheSchemaFolderOn() {
        assertEquals("schema/mlx5/hca_cap.yaml", Javadocs.sourceName("/work/main/schema/mlx5/hca_cap.yaml"));
        assertEquals("demo.yaml", Javadocs.sourceName("demo.yaml"));
    }

    @Test
    void reflowJoinsParagraphsWrapsAtTheColumnAndKeepsInlineTagsWhole() {
        String word = "word ";
        String source = "    /**\n     * " + word.repeat(15) + "{@link SomeLongClassName}\n     * continues here.\n"
                + "     * <p>Second paragraph.\n     */\n    int x;\n";
        String out = Javadocs.reflow(source);
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= Javadocs.WRAP, line);
        }
        assertTrue(out.contains("{@link SomeLongClassName}"), out);
        assertTrue(out.contains("continues here.\n     *\n     * <p>Second paragraph.\n     */\n    int x;\n"), out);
    }
}
