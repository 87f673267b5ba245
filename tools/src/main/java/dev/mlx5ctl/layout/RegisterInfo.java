package dev.mlx5ctl.layout;

/** An ACCESS_REG register: its 16-bit register_id and the layout of its data. */
public record RegisterInfo(String name, int id, String layout, String doc) {
}
