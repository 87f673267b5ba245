package dev.mlx5ctl.schema;

/** A QUERY_HCA_CAP capability type: the op_mod cap_type value and the layout of its capability block. */
public record CapType(String name, int value, String layout, String doc, Location location) {
}
