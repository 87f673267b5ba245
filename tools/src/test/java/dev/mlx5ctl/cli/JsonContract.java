package dev.mlx5ctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON contract, tools/json-schema/mlx5ctl.schema.json, as tests hold output to it: {@link #check} validates a
 * document against one output kind (a $defs entry) and against the whole schema, and fails with every violation.
 */
final class JsonContract {

    static final Path FILE = Path.of(System.getProperty("mlx5ctl.root", ".."))
            .resolve("tools/json-schema/mlx5ctl.schema.json");

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private JsonContract() {
    }

    /** The schema document, as parsed JSON. */
    static JsonNode document() {
        try {
            return MAPPER.readTree(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("the JSON contract " + FILE.toAbsolutePath() + " cannot be read", e);
        }
    }

    /** The schema of one output kind: the whole document, its root a reference to {@code #/$defs/kind}. */
    private static Schema schema(String kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> {
            ObjectNode root = (ObjectNode) document();
            if (!k.isEmpty()) {
                if (!root.get("$defs").has(k)) {
                    throw new AssertionError("no output kind '" + k + "' in " + FILE);
                }
                root.remove("anyOf");
                root.put("$ref", "#/$defs/" + k);
            }
            return REGISTRY.getSchema(root.toString());
        });
    }

    /** The violations of {@code json} against output kind {@code kind} ("" for the whole schema). */
    static List<String> violations(String kind, String json) {
        JsonNode node = MAPPER.readTree(json);
        return schema(kind).validate(node).stream().map(Error::toString).toList();
    }

    /** Asserts that {@code json} is a valid {@code kind} output, and a valid mlx5ctl output at all. */
    static void check(String kind, String json) {
        assertEquals(List.of(), violations(kind, json), kind + ": " + json);
        assertEquals(List.of(), violations("", json), "the whole schema: " + json);
    }
}
