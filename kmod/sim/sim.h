/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * mlx5ctl_sim: a simulated ConnectX device and its firmware, shared state.
 * The file map is in main.c.
 */
#ifndef __MLX5CTL_SIM_H
#define __MLX5CTL_SIM_H

#include <linux/atomic.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/types.h>
#include <linux/wait.h>
#include <linux/xarray.h>

#include "mlx5ctl/ifc.h"
#include "mlx5ctl/provider.h"
#include <uapi/misc/mlx5ctl.h>

/*
 * Firmware status codes (the PRM's), as the outbox carries them.
 */
enum sim_status {
	SIM_STATUS_OK = 0x0,
	SIM_STATUS_INT_ERR = 0x1,
	SIM_STATUS_BAD_OP = 0x2,
	SIM_STATUS_BAD_PARAM = 0x3,
	SIM_STATUS_BAD_SYS_STATE = 0x4,
	SIM_STATUS_BAD_RES = 0x5,
	SIM_STATUS_RES_BUSY = 0x6,
	SIM_STATUS_NOT_READY = 0x7,
	SIM_STATUS_LIM_ERR = 0x8,
	SIM_STATUS_BAD_RES_STATE = 0x9,
	SIM_STATUS_IX_ERR = 0xa,
	SIM_STATUS_NO_RES = 0xf,
	SIM_STATUS_BAD_INP_LEN = 0x50,
	SIM_STATUS_BAD_OUTP_LEN = 0x51,
};

/*
 * Syndromes: one per reason a command fails, stable so that tests and users
 * can tell the reasons apart. Real firmware syndromes are opaque 32-bit
 * numbers; ours all start with 0x5e ("sim").
 */
enum sim_syndrome {
	SIM_SYN_BAD_INP_LEN = 0x5e000001,	/* inbox shorter than the layout */
	SIM_SYN_BAD_OUTP_LEN = 0x5e000002,	/* outbox shorter than the layout */
	SIM_SYN_BAD_OPCODE = 0x5e000003,	/* opcode not implemented */
	SIM_SYN_BAD_OP_MOD = 0x5e000004,	/* op_mod not valid for the opcode */
	SIM_SYN_BAD_CAP_TYPE = 0x5e000005,	/* QUERY_HCA_CAP type not modelled */
	SIM_SYN_UID_NOT_ALLOWED = 0x5e000006,	/* command needs uid 0 (kernel) */
	SIM_SYN_BAD_UID = 0x5e000007,		/* header uid names no user context */
	SIM_SYN_UCTX_CAP = 0x5e000008,		/* cap the device does not offer */
	SIM_SYN_NO_RES = 0x5e000009,		/* max_objects or id space reached */
	SIM_SYN_BAD_OBJ = 0x5e00000a,		/* no such object, or another uid's */
	SIM_SYN_OBJ_IN_USE = 0x5e00000b,	/* object still referenced */
	SIM_SYN_BAD_MTT_COUNT = 0x5e00000c,	/* num_of_mtt 0 or too large */
	SIM_SYN_BAD_PAGE_SIZE = 0x5e00000d,	/* umem page size not supported */
	SIM_SYN_BAD_PAGE_OFFSET = 0x5e00000e,	/* page_offset beyond a page */
	SIM_SYN_IOMMU_FAULT = 0x5e00000f,	/* address not mapped by dma_map */
	SIM_SYN_BAD_REG = 0x5e000010,		/* ACCESS_REG register_id unknown */
	SIM_SYN_REG_READ_ONLY = 0x5e000011,	/* write to a read-only register */
	SIM_SYN_BAD_FIELD = 0x5e000012,		/* field value out of range */
	SIM_SYN_NO_TOOLS_CAP = 0x5e000013,	/* uid lacks tools_resources */
	SIM_SYN_BAD_MKEY_RANGE = 0x5e000014,	/* mkey range beyond its umem */
	SIM_SYN_BAD_ACCESS = 0x5e000015,	/* access rights the mkey lacks */
};

enum sim_obj_kind {
	SIM_UCTX,
	SIM_UMEM,
	SIM_PD,
	SIM_MKEY,
	SIM_NR_KINDS,
};

/**
 * struct sim_obj - What every firmware object has
 * @kind: Which table holds it
 * @id: Its number (uid, umem_id, pd, mkey index)
 * @uid: The user context that owns it; 0 for the kernel's
 * @users: Objects that refer to this one (mkeys to a umem or pd)
 */
struct sim_obj {
	enum sim_obj_kind kind;
	u32 id;
	u16 uid;
	u32 users;
};

struct sim_uctx {
	struct sim_obj obj;
	u32 cap;
};

/**
 * struct sim_umem - Registered memory, as the device sees it
 * @obj: Common part
 * @page_offset: Offset of the data in the first page
 * @npages: Entries in @iova
 * @iova: The bus addresses of its pages, translated at each access
 */
struct sim_umem {
	struct sim_obj obj;
	u32 page_offset;
	u64 npages;
	u64 iova[];
};

struct sim_pd {
	struct sim_obj obj;
};

/**
 * struct sim_mkey - A memory key over a umem
 * @obj: Common part; obj.id is the mkey index
 * @umem: The umem it translates through (holds a user count)
 * @pd: Its protection domain (holds a user count)
 * @key: The low byte of the key (mkey_7_0)
 * @start: First virtual address
 * @len: Length in bytes
 * @writable: Local write allowed
 */
struct sim_mkey {
	struct sim_obj obj;
	struct sim_umem *umem;
	struct sim_pd *pd;
	u8 key;
	u64 start;
	u64 len;
	bool writable;
};

/**
 * struct sim_table - The objects of one kind
 * @xa: id -> object
 * @count: Objects in @xa (debugfs <kind>_count)
 * @limit: Largest id + smallest id, the id space
 */
struct sim_table {
	struct xarray xa;
	u32 count;
	struct xa_limit limit;
};

/**
 * struct sim_dev - One simulated device
 * @dev: Our device on the mlx5ctl_sim bus
 * @id: The number written to new_device
 * @list: In the module's device list
 * @sadev: The auxiliary device the core binds
 * @ddir: debugfs directory
 * @dying: Set before removal; every wait ends with -ENODEV
 * @wq: Commands waiting for hang to clear, latency to pass or removal
 * @fail_next: Fail this many more commands with @fail_status
 * @fail_status: Status of an injected failure
 * @fail_syndrome: Syndrome of an injected failure
 * @latency_us: Every command takes this long
 * @hang: Commands wait while set
 * @max_objects: Largest count per object kind; 0 = no limit
 * @uctx_cap: HCA cap uctx_cap the device advertises
 * @obj_lock: Serialises creation, destruction and use of objects
 * @tables: Object tables, by kind
 * @iommu: IOVA page number -> struct page *, the simulated IOMMU
 */
struct sim_dev {
	struct device dev;
	u32 id;
	struct list_head list;
	struct sim_adev *sadev;
	struct dentry *ddir;

	bool dying;
	wait_queue_head_t wq;

	atomic_t fail_next;
	u32 fail_status;
	u32 fail_syndrome;
	u32 latency_us;
	u32 hang;
	u32 max_objects;
	u32 uctx_cap;

	struct mutex obj_lock;
	struct sim_table tables[SIM_NR_KINDS];

	struct xarray iommu;
};

struct sim_adev {
	struct mlx5ctl_adev madev;
	struct sim_dev *sdev;
};

/**
 * struct sim_cmd_ctx - One command being executed
 * @sdev: The device
 * @in: Input mailbox
 * @inlen: Its length, at least the command's input layout
 * @out: Output mailbox, zeroed
 * @outlen: Its length, at least the command's output layout
 * @uid: Header uid
 * @op_mod: Header op_mod
 * @syndrome: Set with a non-zero status
 */
struct sim_cmd_ctx {
	struct sim_dev *sdev;
	const void *in;
	size_t inlen;
	void *out;
	size_t outlen;
	u16 uid;
	u16 op_mod;
	u32 syndrome;
};

/* Fail a command: records the syndrome, returns the status. */
static inline u8 sim_fail(struct sim_cmd_ctx *ctx, u8 status, u32 syndrome)
{
	ctx->syndrome = syndrome;
	return status;
}

extern unsigned int sim_cmd_timeout_ms;

/* cmd.c */
int sim_cmd_init(void);
int sim_exec(struct mlx5ctl_adev *madev, const void *in, size_t inlen,
	     void *out, size_t outlen);
u8 sim_cmd_nop(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_issi(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_hca_cap(struct sim_cmd_ctx *ctx);

/* objects.c */
void sim_objects_init(struct sim_dev *sdev);
void sim_objects_destroy(struct sim_dev *sdev);
struct sim_obj *sim_obj_lookup(struct sim_dev *sdev, enum sim_obj_kind kind,
			       u32 id, u16 uid);
bool sim_uid_has_cap(struct sim_dev *sdev, u16 uid, u32 cap);
u8 sim_cmd_create_uctx(struct sim_cmd_ctx *ctx);
u8 sim_cmd_destroy_uctx(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_uctx(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_umem(struct sim_cmd_ctx *ctx);
u8 sim_cmd_create_umem(struct sim_cmd_ctx *ctx);
u8 sim_cmd_destroy_umem(struct sim_cmd_ctx *ctx);

/* dma.c */
void sim_iommu_init(struct sim_dev *sdev);
void sim_iommu_destroy(struct sim_dev *sdev);
bool sim_iommu_mapped(struct sim_dev *sdev, u64 iova);
struct page *sim_iommu_get_page(struct sim_dev *sdev, u64 iova);
int sim_dma_map(struct mlx5ctl_adev *madev, struct page **pages,
		unsigned long npages, dma_addr_t *dma);
void sim_dma_unmap(struct mlx5ctl_adev *madev, const dma_addr_t *dma,
		   unsigned long npages);

/* debugfs.c */
void sim_debugfs_init(void);
void sim_debugfs_exit(void);
void sim_debugfs_dev_add(struct sim_dev *sdev);
void sim_debugfs_dev_del(struct sim_dev *sdev);

static inline struct sim_dev *sim_dev_of(struct mlx5ctl_adev *madev)
{
	return container_of(madev, struct sim_adev, madev)->sdev;
}

#endif /* __MLX5CTL_SIM_H */
