package dev.mlx5ctl.layout;

/**
 * A value that does not fit the field it was meant for:
 * {@code field 'log_max_qp' of cmd_hca_cap: value 0x40 does not fit in 5 bits}.
 */
public final class FieldWidthException extends LayoutException {

    private static final long serialVersionUID = 1L;

    private final String layout;
    private final String field;
    private final long value;
    private final int width;

    public FieldWidthException(String layout, String field, long value, int width) {
        super("field '" + field + "' of " + layout + ": value " + format(value) + " does not fit in " + width
                + (width == 1 ? " bit" : " bits"));
        this.layout = layout;
        this.field = field;
        this.value = value;
        this.width = width;
    }

    private static String format(long value) {
        return value < 0 ? Long.toString(value) : "0x" + Long.toHexString(value);
    }

    public String layout() {
        return layout;
    }

    public String field() {
        return field;
    }

    public long value() {
        return value;
    }

    public int width() {
        return width;
    }
}
