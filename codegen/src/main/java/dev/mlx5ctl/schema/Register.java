package dev.mlx5ctl.schema;

/** An ACCESS_REG register: its register_id and the layout of its data. */
public record Register(String name, int id, String layout, String doc, Location location) {
}
