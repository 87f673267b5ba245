/**
 * The kernel's include/linux/mlx5/mlx5_ifc.h as a source and a judge of the schema.
 *
 * <ul>
 *   <li>{@code codegen import-ifc HEADER [--into schema/mlx5] [--out FILE]} ({@link
 *       dev.mlx5ctl.codegen.ifc.ImportIfcCommand}): {@link dev.mlx5ctl.codegen.ifc.IfcParser} reads the header's
 *       layouts and opcodes; {@link dev.mlx5ctl.codegen.ifc.IfcImporter} writes those the hand-written schema
 *       lacks to {@code ifc_imported.yaml} and compares the rest. Hand-written files are never changed.</li>
 *   <li>{@code codegen crosscheck --ifc-header=HEADER --out=FILE SCHEMA_DIR} ({@link
 *       dev.mlx5ctl.codegen.ifc.CrosscheckCommand}): {@link dev.mlx5ctl.codegen.ifc.CrosscheckEmitter} writes
 *       kmod/crosscheck/mlx5ctl_ifc_crosscheck.c, whose static_asserts the kernel build evaluates; {@link
 *       dev.mlx5ctl.codegen.ifc.KnownDifferences} lists where the schema differs from the header on purpose.</li>
 * </ul>
 */
package dev.mlx5ctl.codegen.ifc;
