// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * UMEM_REG / UMEM_UNREG: user memory pinned, charged to RLIMIT_MEMLOCK,
 * DMA-mapped by the provider and registered with the firmware (CREATE_UMEM)
 * under the file's uid, so that one command can move megabytes (a resource
 * dump, a core dump) instead of thousands of inline mailboxes.
 *
 * Called with the device's rwsem held (main.c) and its ops present; UMEM_REG
 * also with the file's user context created.
 */
#include <linux/capability.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/overflow.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>

#include "mlx5ctl/ifc.h"
#include "core.h"

/* PRM page sizes are in units of 4 KiB: log_page_size 0 is 4 KiB. */
#define MLX5CTL_ADAPTER_PAGE_SHIFT 12

/**
 * struct mlx5ctl_umem - One registered region
 * @node: In mdev->stray_umems once no file owns it (mlx5ctl_umem_keep_pinned)
 * @mm: The registering process's mm, whose pinned_vm carries the charge
 * @pages: The pinned pages
 * @dma: Their device addresses
 * @npages: Number of entries in @pages and @dma
 * @umem_id: The firmware's id
 */
struct mlx5ctl_umem {
	struct list_head node;
	struct mm_struct *mm;
	struct page **pages;
	dma_addr_t *dma;
	unsigned long npages;
	u32 umem_id;
};

/* As ib_umem: over the limit only with CAP_IPC_LOCK. */
static int mlx5ctl_umem_account(struct mlx5ctl_umem *umem)
{
	unsigned long limit = rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT;
	struct mm_struct *mm = current->mm;
	s64 pinned;

	pinned = atomic64_add_return(umem->npages, &mm->pinned_vm);
	if (pinned > limit && !capable(CAP_IPC_LOCK)) {
		atomic64_sub(umem->npages, &mm->pinned_vm);
		return -ENOMEM;
	}
	mmgrab(mm);
	umem->mm = mm;
	return 0;
}

static void mlx5ctl_umem_unaccount(struct mlx5ctl_umem *umem)
{
	atomic64_sub(umem->npages, &umem->mm->pinned_vm);
	mmdrop(umem->mm);
}

static int mlx5ctl_umem_pin(struct mlx5ctl_umem *umem, unsigned long start)
{
	unsigned long pinned = 0;
	int ret;

	while (pinned < umem->npages) {
		ret = pin_user_pages_fast(start + pinned * PAGE_SIZE,
					  umem->npages - pinned,
					  FOLL_WRITE | FOLL_LONGTERM,
					  umem->pages + pinned);
		if (ret <= 0) {
			if (!ret)
				ret = -EFAULT;
			goto err_unpin;
		}
		pinned += ret;
	}
	return 0;

err_unpin:
	unpin_user_pages(umem->pages, pinned);
	return ret;
}

static int mlx5ctl_umem_create(struct mlx5ctl_file *mfile,
			       struct mlx5ctl_umem *umem, u32 page_offset)
{
	u32 out[MLX5CTL_ST_SZ_DW(create_umem_out)] = {};
	size_t mtt_len, inlen;
	unsigned long i;
	void *in, *mtt;
	int ret;

	if (check_mul_overflow(umem->npages,
			       (unsigned long)MLX5CTL_ST_SZ_BYTES(mtt), &mtt_len) ||
	    check_add_overflow(mtt_len,
			       (size_t)MLX5CTL_ST_SZ_BYTES(create_umem_in), &inlen))
		return -EINVAL;

	in = kvzalloc(inlen, GFP_KERNEL);
	if (!in)
		return -ENOMEM;

	MLX5CTL_SET(create_umem_in, in, opcode, MLX5CTL_CMD_OP_CREATE_UMEM);
	MLX5CTL_SET(create_umem_in, in, uid, mfile->uid);
	MLX5CTL_SET(create_umem_in, in, umem.log_page_size,
		    PAGE_SHIFT - MLX5CTL_ADAPTER_PAGE_SHIFT);
	MLX5CTL_SET(create_umem_in, in, umem.page_offset, page_offset);
	MLX5CTL_SET64(create_umem_in, in, umem.num_of_mtt, umem->npages);

	mtt = MLX5CTL_ADDR_OF(create_umem_in, in, umem.mtt);
	for (i = 0; i < umem->npages; i++) {
		void *ent = mtt + i * MLX5CTL_ST_SZ_BYTES(mtt);

		MLX5CTL_SET(mtt, ent, ptag_63_32, upper_32_bits(umem->dma[i]));
		MLX5CTL_SET(mtt, ent, ptag_31_8, lower_32_bits(umem->dma[i]) >> 8);
		MLX5CTL_SET(mtt, ent, rd_en, 1);
		MLX5CTL_SET(mtt, ent, wr_en, 1);
	}

	ret = mlx5ctl_exec(mfile->mdev, in, inlen, out, sizeof(out));
	if (!ret)
		umem->umem_id = MLX5CTL_GET(create_umem_out, out, umem_id);
	kvfree(in);
	return ret;
}

static int mlx5ctl_umem_destroy_fw(struct mlx5ctl_file *mfile, u32 umem_id)
{
	u32 out[MLX5CTL_ST_SZ_DW(mbox_out)] = {};
	u32 in[MLX5CTL_ST_SZ_DW(destroy_umem_in)] = {};

	MLX5CTL_SET(destroy_umem_in, in, opcode, MLX5CTL_CMD_OP_DESTROY_UMEM);
	MLX5CTL_SET(destroy_umem_in, in, uid, mfile->uid);
	MLX5CTL_SET(destroy_umem_in, in, umem_id, umem_id);
	return mlx5ctl_exec(mfile->mdev, in, sizeof(in), out, sizeof(out));
}

/* The host side of a umem the firmware no longer knows; ops present. */
static void mlx5ctl_umem_release(struct mlx5ctl_dev *mdev,
				 struct mlx5ctl_umem *umem)
{
	mdev->ops->dma_unmap(mdev->madev, umem->dma, umem->npages);
	unpin_user_pages_dirty_lock(umem->pages, umem->npages, true);
	mlx5ctl_umem_unaccount(umem);
	kvfree(umem->dma);
	kvfree(umem->pages);
	kfree(umem);
	atomic_dec(&mdev->live_umems);
}

/*
 * A umem the firmware would not destroy, and that no file holds any more:
 * the device may still write to its pages, so they stay pinned (and mapped)
 * until remove() calls mlx5ctl_umem_release_stray().
 */
static void mlx5ctl_umem_keep_pinned(struct mlx5ctl_dev *mdev,
				     struct mlx5ctl_umem *umem)
{
	dev_warn(&mdev->madev->adev.dev,
		 "umem %u: the firmware keeps it; its pages stay pinned until the device goes\n",
		 umem->umem_id);
	mutex_lock(&mdev->files_lock);
	list_add_tail(&umem->node, &mdev->stray_umems);
	mutex_unlock(&mdev->files_lock);
}

/**
 * mlx5ctl_umem_release_stray() - Release the umems closed files left pinned
 * @mdev: The device, being removed: rwsem write-held, ops still present
 *
 * Nothing can write to them once the device goes.
 */
void mlx5ctl_umem_release_stray(struct mlx5ctl_dev *mdev)
{
	struct mlx5ctl_umem *umem, *tmp;

	list_for_each_entry_safe(umem, tmp, &mdev->stray_umems, node) {
		list_del(&umem->node);
		mlx5ctl_umem_release(mdev, umem);
	}
}

/**
 * mlx5ctl_umem_reg() - Pin, map and register user memory
 * @mfile: The file that will own it
 * @reg: addr and len in; umem_id out
 *
 * Return: 0 or a negative errno, with nothing left behind.
 */
int mlx5ctl_umem_reg(struct mlx5ctl_file *mfile, struct mlx5ctl_umem_reg *reg)
{
	const struct mlx5ctl_dev_ops *ops = mfile->mdev->ops;
	unsigned long first, last;
	struct mlx5ctl_umem *umem;
	u64 end;
	int ret;

	if (reg->reserved || !reg->addr || !reg->len ||
	    reg->len > MLX5CTL_UMEM_MAX_LEN)
		return -EINVAL;
	if (check_add_overflow(reg->addr, reg->len, &end) || end > TASK_SIZE)
		return -EINVAL;
	if (!ops->dma_map || !ops->dma_unmap)
		return -EOPNOTSUPP;
	/* A umem is firmware state the device writes into: not for reading. */
	if (mfile->read_only)
		return -EBADF;

	/* end > addr, both below TASK_SIZE: the span is at least one page. */
	first = reg->addr >> PAGE_SHIFT;
	last = (end - 1) >> PAGE_SHIFT;

	umem = kzalloc(sizeof(*umem), GFP_KERNEL_ACCOUNT);
	if (!umem)
		return -ENOMEM;
	umem->npages = last - first + 1;

	umem->pages = kvmalloc_array(umem->npages, sizeof(*umem->pages),
				     GFP_KERNEL_ACCOUNT);
	if (!umem->pages) {
		ret = -ENOMEM;
		goto err_free_umem;
	}
	umem->dma = kvmalloc_array(umem->npages, sizeof(*umem->dma),
				   GFP_KERNEL_ACCOUNT);
	if (!umem->dma) {
		ret = -ENOMEM;
		goto err_free_pages;
	}

	ret = mlx5ctl_umem_account(umem);
	if (ret)
		goto err_free_dma;
	ret = mlx5ctl_umem_pin(umem, first << PAGE_SHIFT);
	if (ret)
		goto err_unaccount;
	ret = ops->dma_map(mfile->mdev->madev, umem->pages, umem->npages,
			   umem->dma);
	if (ret)
		goto err_unpin;
	ret = mlx5ctl_umem_create(mfile, umem, offset_in_page(reg->addr));
	if (ret)
		goto err_dma_unmap;
	atomic_inc(&mfile->mdev->live_umems);
	ret = xa_insert(&mfile->umems, umem->umem_id, umem, GFP_KERNEL_ACCOUNT);
	if (ret)
		goto err_destroy_umem;

	reg->umem_id = umem->umem_id;
	return 0;

err_destroy_umem:
	/*
	 * The device knew the umem (another thread of this file may have
	 * pointed an mkey at it): release it as any umem, pages dirty, or if
	 * the firmware keeps it, leave its pages pinned for the device.
	 */
	if (mlx5ctl_umem_destroy_fw(mfile, umem->umem_id))
		mlx5ctl_umem_keep_pinned(mfile->mdev, umem);
	else
		mlx5ctl_umem_release(mfile->mdev, umem);
	goto out;

err_dma_unmap:
	ops->dma_unmap(mfile->mdev->madev, umem->dma, umem->npages);
err_unpin:
	unpin_user_pages(umem->pages, umem->npages);
err_unaccount:
	mlx5ctl_umem_unaccount(umem);
err_free_dma:
	kvfree(umem->dma);
err_free_pages:
	kvfree(umem->pages);
err_free_umem:
	kfree(umem);
out:
	/* Not delivered (provider.h): nothing happened, the call can restart. */
	return ret == -EINTR ? -ERESTARTSYS : ret;
}

/**
 * mlx5ctl_umem_unreg() - Unregister a umem of this file and release it
 * @mfile: The file owning it
 * @umem_id: Its id
 *
 * Return: 0; -ENOENT if the file has no such umem; or the error of
 * DESTROY_UMEM, in which case the umem stays registered.
 */
int mlx5ctl_umem_unreg(struct mlx5ctl_file *mfile, u32 umem_id)
{
	struct mlx5ctl_umem *umem;
	int ret;

	/* Erasing first makes concurrent UNREGs of one id find it once. */
	umem = xa_erase(&mfile->umems, umem_id);
	if (!umem)
		return -ENOENT;

	ret = mlx5ctl_umem_destroy_fw(mfile, umem_id);
	if (ret) {
		/* The slot is free: the firmware keeps the id while it lives. */
		if (xa_insert(&mfile->umems, umem_id, umem, GFP_KERNEL))
			mlx5ctl_umem_keep_pinned(mfile->mdev, umem);
		return ret == -EINTR ? -ERESTARTSYS : ret;
	}
	mlx5ctl_umem_release(mfile->mdev, umem);
	return 0;
}

/**
 * mlx5ctl_umem_destroy_all() - Destroy a file's umems before its user context
 * @mfile: The file, closing or losing its device
 *
 * Those the firmware refuses to destroy (an mkey of the file still maps one,
 * say) stay in @mfile->umems for mlx5ctl_umem_release_all().
 */
int mlx5ctl_umem_destroy_all(struct mlx5ctl_file *mfile)
{
	struct mlx5ctl_umem *umem;
	unsigned long id;
	int ret;

	xa_for_each(&mfile->umems, id, umem) {
		ret = mlx5ctl_umem_destroy_fw(mfile, umem->umem_id);
		/* A firmware error may be transient: once more. */
		if (ret && !mlx5ctl_fw_unreachable(ret))
			ret = mlx5ctl_umem_destroy_fw(mfile, umem->umem_id);
		if (mlx5ctl_fw_unreachable(ret))
			return ret;
		if (ret)
			continue;
		xa_erase(&mfile->umems, id);
		mlx5ctl_umem_release(mfile->mdev, umem);
	}
	return 0;
}

/**
 * mlx5ctl_umem_release_all() - After DESTROY_UCTX, the umems left over
 * @mfile: The file
 * @fw_gone: The firmware no longer knows them: the user context died with
 *	everything it owned, or the device is going away
 *
 * Otherwise the device may still write to them, so their pages stay pinned
 * until the device goes (mlx5ctl_umem_keep_pinned()).
 */
void mlx5ctl_umem_release_all(struct mlx5ctl_file *mfile, bool fw_gone)
{
	struct mlx5ctl_umem *umem;
	unsigned long id;

	xa_for_each(&mfile->umems, id, umem) {
		xa_erase(&mfile->umems, id);
		if (fw_gone)
			mlx5ctl_umem_release(mfile->mdev, umem);
		else
			mlx5ctl_umem_keep_pinned(mfile->mdev, umem);
	}
}
