package dev.mlx5ctl.device;

import dev.mlx5ctl.layout.CommandInfo;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.function.Function;

/**
 * A firmware command as a typed pair: how an input of type {@code I} becomes a mailbox, how many bytes the output
 * mailbox needs, and how the reply is read as {@code O}. Built from what the generated bindings offer:
 *
 * {@snippet :
 * Command<QueryHcaCapIn, QueryHcaCapOut> queryHcaCap =
 *         Command.of(QueryHcaCap.INFO, QueryHcaCapIn::segment, QueryHcaCapOut.SIZE_BYTES, QueryHcaCap::out);
 * QueryHcaCapOut caps = device.execute(queryHcaCap, QueryHcaCap.in().opMod(1).build());
 * }
 *
 * @param <I>      the generated input type ({@code QueryHcaCapIn})
 * @param <O>      the generated output reader ({@code QueryHcaCapOut})
 * @param info     the command as the registry describes it (its name, opcode and scopes)
 * @param encoder  the input's bytes (the generated input views' {@code segment()})
 * @param outBytes the size of the output mailbox; for an output with a flexible array, its fixed part plus the
 *                 room wanted for the array ({@link #withOutBytes})
 * @param decoder  a reader over the output mailbox (the generated output's {@code wrap})
 */
public record Command<I, O>(CommandInfo info, Function<? super I, MemorySegment> encoder, long outBytes,
        Function<MemorySegment, ? extends O> decoder) {

    /** Refuses an output mailbox too short for the output header. */
    public Command {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(decoder, "decoder");
        if (outBytes < 16) {
            throw new IllegalArgumentException(info.name() + ": an output mailbox has at least 16 bytes, not "
                    + outBytes);
        }
    }

    /** The command described by {@code info}, with the given encoder, output size and reader. */
    public static <I, O> Command<I, O> of(CommandInfo info, Function<? super I, MemorySegment> encoder,
            long outBytes, Function<MemorySegment, ? extends O> decoder) {
        return new Command<>(info, encoder, outBytes, decoder);
    }

    /** The same command with an output mailbox of {@code outBytes} (room for a flexible array). */
    public Command<I, O> withOutBytes(long outBytes) {
        return new Command<>(info, encoder, outBytes, decoder);
    }
}
