package dev.mlx5ctl.layout;

/** A QUERY_HCA_CAP capability type: the cap_type that goes into op_mod and the layout of the capability block. */
public record CapTypeInfo(String name, int value, String layout, String doc) {
}
