// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The simulated IOMMU. The device reaches host memory only through bus
 * addresses that dma_map handed out: each mapped page gets its own IOVA, an
 * index into a per-device table of struct page pointers. CREATE_UMEM checks
 * every MTT entry against the table, and every access by the device (a
 * resource dump into a umem) translates again, so an address that was never
 * mapped, or is no longer, faults instead of reaching memory.
 */
#include <linux/highmem.h>
#include <linux/mm.h>

#include "sim.h"

/* IOVAs live in their own window, so that stray numbers rarely hit. */
#define SIM_IOVA_BASE 0x5e0000000000ull
#define SIM_IOVA_PAGES (1u << 24)

void sim_iommu_init(struct sim_dev *sdev)
{
	xa_init_flags(&sdev->iommu, XA_FLAGS_ALLOC);
}

void sim_iommu_destroy(struct sim_dev *sdev)
{
	struct page *page;
	unsigned long idx, left = 0;

	/* The core unmaps what it mapped before it lets go of the device. */
	xa_for_each(&sdev->iommu, idx, page)
		left++;
	if (left)
		dev_warn(&sdev->dev, "%lu pages still mapped at removal\n",
			 left);
	xa_destroy(&sdev->iommu);
}

static bool sim_iova_index(u64 iova, u32 *idx)
{
	if (iova < SIM_IOVA_BASE || iova & ~PAGE_MASK)
		return false;
	iova = (iova - SIM_IOVA_BASE) >> PAGE_SHIFT;
	if (iova >= SIM_IOVA_PAGES)
		return false;
	*idx = iova;
	return true;
}

bool sim_iommu_mapped(struct sim_dev *sdev, u64 iova)
{
	u32 idx;

	return sim_iova_index(iova, &idx) && xa_load(&sdev->iommu, idx);
}

/*
 * The page behind @iova with a reference held, or NULL (an IOMMU fault).
 * The reference keeps the page while the device copies, even if the core
 * unmaps and unpins it meanwhile.
 */
struct page *sim_iommu_get_page(struct sim_dev *sdev, u64 iova)
{
	struct page *page = NULL;
	u32 idx;

	if (!sim_iova_index(iova, &idx))
		return NULL;
	xa_lock(&sdev->iommu);
	page = xa_load(&sdev->iommu, idx);
	if (page)
		get_page(page);
	xa_unlock(&sdev->iommu);
	return page;
}

int sim_dma_map(struct mlx5ctl_adev *madev, struct page **pages,
		unsigned long npages, dma_addr_t *dma)
{
	struct sim_dev *sdev = sim_dev_of(madev);
	unsigned long i;
	u32 idx;
	int err;

	if (!pages || !dma || !npages || npages > SIM_IOVA_PAGES)
		return -EINVAL;

	for (i = 0; i < npages; i++) {
		if (!pages[i]) {
			err = -EINVAL;
			goto err_unmap;
		}
		err = xa_alloc(&sdev->iommu, &idx, pages[i],
			       XA_LIMIT(0, SIM_IOVA_PAGES - 1), GFP_KERNEL);
		if (err) {
			err = err == -EBUSY ? -ENOSPC : err;
			goto err_unmap;
		}
		dma[i] = SIM_IOVA_BASE + ((u64)idx << PAGE_SHIFT);
	}
	return 0;

err_unmap:
	while (i--) {
		if (sim_iova_index(dma[i], &idx))
			xa_erase(&sdev->iommu, idx);
	}
	return err;
}

void sim_dma_unmap(struct mlx5ctl_adev *madev, const dma_addr_t *dma,
		   unsigned long npages)
{
	struct sim_dev *sdev = sim_dev_of(madev);
	unsigned long i;
	u32 idx;

	if (!dma)
		return;
	for (i = 0; i < npages; i++) {
		if (!sim_iova_index(dma[i], &idx) ||
		    !xa_erase(&sdev->iommu, idx))
			dev_warn_ratelimited(&sdev->dev,
					     "unmap of unmapped IOVA %pad\n",
					     &dma[i]);
	}
}

/*
 * The device writes @len bytes at byte @offset of @umem, page by page through
 * the IOMMU: -EFAULT on the first page that is no longer mapped.
 */
int sim_umem_write(struct sim_dev *sdev, const struct sim_umem *umem,
		   u64 offset, const void *buf, size_t len)
{
	u64 pos = umem->page_offset + offset;

	if (offset > sim_umem_len(umem) || len > sim_umem_len(umem) - offset)
		return -EINVAL;

	while (len) {
		u64 idx = pos >> PAGE_SHIFT;
		size_t in_page = offset_in_page(pos);
		size_t n = min_t(size_t, len, PAGE_SIZE - in_page);
		struct page *page = sim_iommu_get_page(sdev, umem->iova[idx]);
		void *va;

		if (!page)
			return -EFAULT;
		va = kmap_local_page(page);
		memcpy(va + in_page, buf, n);
		kunmap_local(va);
		put_page(page);

		buf += n;
		pos += n;
		len -= n;
	}
	return 0;
}
