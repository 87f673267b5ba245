/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * The interface between the mlx5ctl core and the drivers that provide its
 * devices: the simulator (mlx5ctl_sim) and the kernel's mlx5_core (mlx5ctl_mlx5).
 *
 * A provider creates an auxiliary device named "<provider>.ctl.<id>"
 * (mlx5ctl_mlx5 takes mlx5_core's name, as V4's mlx5_core did) embedded
 * in a struct mlx5ctl_adev, and fills in @ops before auxiliary_device_add().
 * The core binds it, creates /dev/mlx5ctl-<auxiliary device name> and calls
 * the ops from process context. Before auxiliary_device_delete() a provider
 * must make every op that is waiting on the device return promptly (-ENODEV):
 * the core's remove() waits for the RPCs in flight.
 */
#ifndef __MLX5CTL_PROVIDER_H
#define __MLX5CTL_PROVIDER_H

#include <linux/auxiliary_bus.h>
#include <linux/types.h>

struct page;
struct mlx5ctl_adev;

/**
 * struct mlx5ctl_dev_ops - What a provider does for the core
 * @exec: Run one command mailbox. @in and @out are kernel buffers. Returns 0
 *	when the firmware answered, its status being in @out; or a negative
 *	errno when the command was not delivered: -EINTR when a signal ended
 *	the wait, -ETIMEDOUT when the firmware did not answer in time, -ENODEV
 *	when the device is going away. May sleep.
 * @dma_map: Map @npages pinned pages for device access, filling @dma with
 *	one address per page, for the MTT of a CREATE_UMEM. Returns 0 or a
 *	negative errno, with nothing left mapped on failure.
 * @dma_unmap: Undo @dma_map.
 */
struct mlx5ctl_dev_ops {
	int (*exec)(struct mlx5ctl_adev *madev, const void *in, size_t inlen,
		    void *out, size_t outlen);
	int (*dma_map)(struct mlx5ctl_adev *madev, struct page **pages,
		       unsigned long npages, dma_addr_t *dma);
	void (*dma_unmap)(struct mlx5ctl_adev *madev, const dma_addr_t *dma,
			  unsigned long npages);
};

/**
 * struct mlx5ctl_adev - An auxiliary device the core can bind
 * @adev: The auxiliary device; its name becomes the misc node's
 * @ops: The provider's operations, valid until auxiliary_device_delete()
 */
struct mlx5ctl_adev {
	struct auxiliary_device adev;
	const struct mlx5ctl_dev_ops *ops;
};

static inline struct mlx5ctl_adev *
to_mlx5ctl_adev(struct auxiliary_device *adev)
{
	return container_of(adev, struct mlx5ctl_adev, adev);
}

#endif /* __MLX5CTL_PROVIDER_H */
