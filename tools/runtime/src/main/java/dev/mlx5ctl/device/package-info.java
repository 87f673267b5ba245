/**
 * The device runtime: firmware RPCs to mlx5ctl devices from Java, through {@code java.lang.foreign} alone (no JNI,
 * no native library; run with {@code --enable-native-access=ALL-UNNAMED}).
 *
 * <ul>
 *   <li>{@link dev.mlx5ctl.device.Devices} finds devices ({@code /dev/mlx5ctl-*}, {@code /sys/class/misc/mlx5ctl-*})
 *       and resolves a name or number to one.</li>
 *   <li>{@link dev.mlx5ctl.device.Device} is an open device: raw RPCs at a chosen scope or through V4 CMDRPC,
 *       typed RPCs ({@link dev.mlx5ctl.device.Command} over the generated {@code dev.mlx5ctl.prm} bindings),
 *       umems ({@link dev.mlx5ctl.device.Umem}) and the device's information
 *       ({@link dev.mlx5ctl.device.DeviceInfo}), including whether the driver was built from the same schema.</li>
 *   <li>Failures are {@link dev.mlx5ctl.device.DeviceException}s with one-line messages: a failed ioctl explained
 *       by its errno ({@link dev.mlx5ctl.device.Errno}), a firmware error status
 *       ({@link dev.mlx5ctl.device.FirmwareException}), a schema mismatch under {@code strict}
 *       ({@link dev.mlx5ctl.device.SchemaMismatchException}).</li>
 * </ul>
 *
 * <p>Struct layouts and ioctl numbers come from {@code dev.mlx5ctl.uapi.Mlx5ctlUapi}, generated from the uAPI
 * header; command layouts from {@code dev.mlx5ctl.prm}, generated from the schema.
 */
package dev.mlx5ctl.device;
