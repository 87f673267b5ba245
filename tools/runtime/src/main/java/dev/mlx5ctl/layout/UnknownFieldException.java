package dev.mlx5ctl.layout;

/** A name that the registry does not know: a layout, a field on a path, an enum value, an index out of range. */
public final class UnknownFieldException extends LayoutException {

    private static final long serialVersionUID = 1L;

    public UnknownFieldException(String message) {
        super(message);
    }
}
