/**
 * Hand-written support for the generated PRM bindings ({@code dev.mlx5ctl.prm}): the big-endian bit codec the
 * generated views and builders call ({@link dev.mlx5ctl.layout.Bits}), the registry types that describe every
 * layout, enum, command, register and cap type of a schema ({@link dev.mlx5ctl.layout.Registry}), and a codec that
 * encodes and decodes any layout by name at run time ({@link dev.mlx5ctl.layout.LayoutCodec}).
 *
 * <p>Nothing here knows a particular schema; the generated {@code dev.mlx5ctl.prm.Prm} supplies one.
 */
package dev.mlx5ctl.layout;
