package dev.mlx5ctl.layout;

/**
 * A refusal to encode or decode, with a message that reads as one line on its own (the CLI prints it as is). An
 * {@link IllegalArgumentException}, because each one is a bad argument: a name that does not exist, a value that
 * does not fit.
 */
public sealed class LayoutException extends IllegalArgumentException
        permits UnknownFieldException, FieldWidthException {

    private static final long serialVersionUID = 1L;

    public LayoutException(String message) {
        super(message);
    }
}
