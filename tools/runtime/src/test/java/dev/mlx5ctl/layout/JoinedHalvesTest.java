package dev.mlx5ctl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The PRM's 64-bit counters split into X_high and X_low, shown as the one value X. */
class JoinedHalvesTest {

    private static Node.Scalar scalar(String name, long value, int width) {
        return new Node.Scalar(name, value, width, List.of());
    }

    @Test
    void adjacentHalvesBecomeOneValueAtEveryDepth() {
        Node.Struct inner = new Node.Struct("set", "grp", List.of(scalar("a_frames_ok_high", 0x1, 32),
                scalar("a_frames_ok_low", 0xfffffffeL, 32), scalar("other", 7, 8)));
        Node.Struct tree = new Node.Struct("reg", "reg", List.of(scalar("grp", 0, 6), inner,
                new Node.Array("sets", List.of(inner))));
        Node.Struct joined = Node.joinHalves(tree);
        Node.Struct set = (Node.Struct) joined.field("set");
        assertEquals(List.of("a_frames_ok", "other"), set.fields().stream().map(Node::name).toList());
        assertEquals(scalar("a_frames_ok", 0x1fffffffeL, 64), set.field("a_frames_ok"));
        Node.Struct element = (Node.Struct) ((Node.Array) joined.field("sets")).elements().getFirst();
        assertEquals(0x1fffffffeL, ((Node.Scalar) element.field("a_frames_ok")).value());
    }

    @Test
    void onlyATruePairJoins() {
        assertEquals(Optional.of("x"), Node.joinedName("x_high", 32, "x_low", 32));
        assertEquals(Optional.empty(), Node.joinedName("x_high", 16, "x_low", 32), "not 32-bit halves");
        assertEquals(Optional.empty(), Node.joinedName("x_high", 32, "y_low", 32), "another counter's half");
        assertEquals(Optional.empty(), Node.joinedName("x_low", 32, "x_high", 32), "low before high");
        assertEquals(Optional.empty(), Node.joinedName("_high", 32, "_low", 32), "no name");
        // Halves apart, or typed by an enum, stay as they are.
        Node.Struct apart = new Node.Struct("s", "s", List.of(scalar("x_high", 1, 32), scalar("y", 2, 32),
                scalar("x_low", 3, 32)));
        assertEquals(apart, Node.joinHalves(apart));
        Node.Struct typed = new Node.Struct("s", "s", List.of(new Node.Scalar("x_high", 1, 32, List.of("one")),
                scalar("x_low", 3, 32)));
        assertEquals(typed, Node.joinHalves(typed));
    }
}
