/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * mlx5ctl_sim: a simulated ConnectX device and its firmware, shared state.
 * The file map is in main.c.
 */
#ifndef __MLX5CTL_SIM_H
#define __MLX5CTL_SIM_H

#include <linux/atomic.h>
#include <linux/device.h>
#include <linux/if_ether.h>
#include <linux/ktime.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/types.h>
#include <linux/wait.h>
#include <linux/xarray.h>

#include "mlx5ctl/ifc.h"
#include "mlx5ctl/provider.h"
#include <uapi/misc/mlx5ctl.h>

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
	SIM_SYN_HCA_INITIALISED = 0x5e000016,	/* SET_HCA_CAP after INIT_HCA */
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
 * @umem_offset: Offset in the umem that @start maps to
 * @writable: Local write allowed
 */
struct sim_mkey {
	struct sim_obj obj;
	struct sim_umem *umem;
	struct sim_pd *pd;
	u8 key;
	u64 start;
	u64 len;
	u64 umem_offset;
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

#define SIM_PSID_LEN 16
#define SIM_SERIAL_LEN 24

/**
 * struct sim_identity - Who the device says it is (identity.c)
 * @lock: Guards @psid and the firmware version, which sysfs may change
 * @serial: Board serial number, NUL terminated
 * @psid: Parameter-set id of the firmware image, NUL terminated
 * @fw_major: Firmware version, major
 * @fw_minor: Firmware version, minor
 * @fw_sub_minor: Firmware version, sub-minor
 * @mac: Base MAC address; GUIDs derive from it
 * @born: When the device was created (uptime, counters, temperature)
 */
struct sim_identity {
	spinlock_t lock;
	char serial[SIM_SERIAL_LEN];
	char psid[SIM_PSID_LEN + 1];
	u32 fw_major;
	u32 fw_minor;
	u32 fw_sub_minor;
	u8 mac[ETH_ALEN];
	ktime_t born;
};

/*
 * The traffic the pretend link carries, by counter. Every counter grows at
 * its own rate while the link is up; the commands and registers that report
 * traffic each read it through their own clear baseline.
 */
enum sim_ctr {
	SIM_CTR_RX_UCAST_PKTS,
	SIM_CTR_TX_UCAST_PKTS,
	SIM_CTR_RX_MCAST_PKTS,
	SIM_CTR_TX_MCAST_PKTS,
	SIM_CTR_RX_BCAST_PKTS,
	SIM_CTR_TX_BCAST_PKTS,
	SIM_CTR_RX_OCTETS,
	SIM_CTR_TX_OCTETS,
	SIM_CTR_RX_ERRORS,
	SIM_CTR_RX_DISCARDS,
	SIM_CTR_RX_PAUSE,
	SIM_CTR_TX_PAUSE,
	SIM_CTR_OUT_OF_BUFFER,
	SIM_CTR_OUT_OF_SEQUENCE,
	SIM_NR_CTRS,
};

struct sim_ctrs {
	u64 v[SIM_NR_CTRS];
};

/* Average size of a unicast frame: what turns packet counts into octets. */
#define SIM_UCAST_BYTES 1024

/* Who reads the counters; each clears its own view. */
enum sim_ctr_view {
	SIM_VIEW_VPORT,		/* QUERY_VPORT_COUNTER */
	SIM_VIEW_PPCNT,		/* ACCESS_REG PPCNT */
	SIM_VIEW_Q,		/* QUERY_Q_COUNTER */
	SIM_NR_VIEWS,
};

#define SIM_DIAG_MAX_COUNTERS 8
#define SIM_DIAG_MAX_LOG_SAMPLES 10

struct sim_diag_sample {
	u16 counter_id;
	u16 sample_id;
	u32 time_stamp;
	u64 value;
};

/**
 * struct sim_diag - Diagnostic counter sampling (diag.c)
 * @enable: Sampling runs
 * @single: Stop when the buffer is full
 * @repetitive: Overwrite the buffer round robin
 * @on_demand: Sample at each query instead of periodically
 * @sync: As given (all counters are sampled together anyway)
 * @log_num_of_samples: The buffer holds 1 << this samples of each counter
 * @log_sample_period: Sample every 1 << this device clocks (microseconds)
 * @num_counters: Entries in @counter_ids
 * @counter_ids: Counters sampled
 * @start_ns: When sampling was enabled
 * @taken: Samples taken since
 * @ring: (1 << log_num_of_samples) * num_counters samples, by sample then
 *	counter
 */
struct sim_diag {
	bool enable;
	bool single;
	bool repetitive;
	bool on_demand;
	bool sync;
	u8 log_num_of_samples;
	u8 log_sample_period;
	u16 num_counters;
	u16 counter_ids[SIM_DIAG_MAX_COUNTERS];
	u64 start_ns;
	u64 taken;
	struct sim_diag_sample *ring;
};

/**
 * struct sim_port - The one physical port and its link (port.c)
 * @lock: Guards all of it; held briefly, never across a sleep
 * @admin_status: PAOS admin_status
 * @oper_status: PAOS oper_status, follows admin_status
 * @event: PAOS e
 * @an_disable: PTYS an_disable_admin
 * @eth_proto_admin: PTYS eth_proto_admin
 * @ext_eth_proto_admin: PTYS ext_eth_proto_admin
 * @width: PMLP width (lanes in use)
 * @lane_map: PMLP lane<n>_module_mapping
 * @module_ctrl: The writable control bytes of the module EEPROM
 * @up_ns: How long the link has been up, as of @last_ns
 * @last_ns: When @up_ns was brought up to date
 * @base: Clear baselines, by view
 * @max_temp: MTMP max_temperature, in 0.125 C
 * @mte: MTMP mte
 * @tee: MTMP tee
 * @temp_hi: MTMP temp_threshold_hi
 * @temp_lo: MTMP temp_threshold_lo
 * @diag: Diagnostic sampling, driven by the same clock as the traffic
 */
struct sim_port {
	spinlock_t lock;
	u8 admin_status;
	u8 oper_status;
	u8 event;
	bool an_disable;
	u32 eth_proto_admin;
	u32 ext_eth_proto_admin;
	u8 width;
	u32 lane_map[4];
	u8 module_ctrl[14];
	u64 up_ns;
	u64 last_ns;
	struct sim_ctrs base[SIM_NR_VIEWS];
	u16 max_temp;
	bool mte;
	u8 tee;
	u16 temp_hi;
	u16 temp_lo;
	u16 mtu;
	u8 fec_admin_25g;
	u8 fec_admin_100g;
	struct sim_diag diag;
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
 * @uid_lie: A uid the next CREATE_UCTX reports instead of the one it made,
 *	as faulty firmware would (-1: none)
 * @latency_us: Every command takes this long
 * @hang: Commands wait while set
 * @max_objects: Largest count per object kind; 0 = no limit
 * @uctx_cap: HCA cap uctx_cap the device advertises
 * @workload: The RDMA workload's objects exist (host.c); debugfs clears
 *	it to take them away, as the workload ending would, and sets it back
 * @obj_lock: Serialises creation, destruction and use of objects
 * @tables: Object tables, by kind
 * @iommu: IOVA page number -> struct page *, the simulated IOMMU
 * @ident: Identity: serial, PSID, firmware version, MAC
 * @port: Port, link, traffic, temperature and diagnostic sampling
 * @core_seed: Seed of the synthetic firmware core image (debugfs)
 * @core_size: Its size in bytes (debugfs)
 * @core: The image, made at the first CR_SPACE dump (obj_lock), or NULL
 * @cong_enabled: Congestion control on, a bit per protocol and priority
 *	(cong.c)
 * @cong_base_ms: Device time of the last clear of the congestion statistics
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
	atomic_t uid_lie;
	u32 latency_us;
	u32 hang;
	u32 max_objects;
	u32 uctx_cap;
	bool workload;

	struct mutex obj_lock;
	struct sim_table tables[SIM_NR_KINDS];

	struct xarray iommu;

	struct sim_identity ident;
	struct sim_port port;

	u32 core_seed;
	u32 core_size;
	u8 *core;

	unsigned long cong_enabled;
	atomic_t cong_base_ms;
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

/* The most common failure: a field the firmware does not accept. */
static inline u8 sim_bad_param(struct sim_cmd_ctx *ctx, u32 syndrome)
{
	return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_PARAM, syndrome);
}

extern unsigned int sim_cmd_timeout_ms;

/*
 * The user context of the RDMA workload the device is born with (host.c),
 * as rdma-core would have created it; never given to a file.
 */
#define SIM_WORKLOAD_UID 0xffff

/* host.c */
u8 sim_cmd_query_eq(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_cq(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_qp(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_sq(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_rq(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_tis(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_tir(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_rqt(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_flow_table(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_flow_group(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_fte(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_flow_counter(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_srq(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_xrc_srq(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_xrq(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_rmp(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_dct(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_scheduling_element(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_packet_reformat_context(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_general_object(struct sim_cmd_ctx *ctx);

/* function.c */
u8 sim_cmd_query_hca_vport_context(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_hca_vport_gid(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_hca_vport_pkey(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_esw_vport_context(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_roce_address(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_vnic_env(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_esw_functions(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_sf_partition(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_lag(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_wol_rol(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_mad_demux(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_pages(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_special_contexts(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_vhca_migration_state(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_l2_table_entry(struct sim_cmd_ctx *ctx);

/* cong.c */
void sim_cong_init(struct sim_dev *sdev);
u8 sim_cmd_query_cong_status(struct sim_cmd_ctx *ctx);
u8 sim_cmd_modify_cong_status(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_cong_params(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_cong_statistics(struct sim_cmd_ctx *ctx);

/* cmd.c */
int sim_cmd_init(void);
int sim_exec(struct mlx5ctl_adev *madev, const void *in, size_t inlen,
	     void *out, size_t outlen);
u8 sim_cmd_nop(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_issi(struct sim_cmd_ctx *ctx);

/* caps.c */
u8 sim_cmd_query_hca_cap(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_other_hca_cap(struct sim_cmd_ctx *ctx);
u8 sim_cmd_set_hca_cap(struct sim_cmd_ctx *ctx);

/* identity.c */
extern const struct attribute_group *sim_dev_groups[];
void sim_identity_init(struct sim_dev *sdev);
u8 sim_cmd_query_adapter(struct sim_cmd_ctx *ctx);
u8 sim_reg_mgir(struct sim_cmd_ctx *ctx, void *reg, bool write);

/* port.c */
void sim_port_init(struct sim_dev *sdev);
void sim_port_destroy(struct sim_dev *sdev);
void sim_port_advance(struct sim_dev *sdev, u64 now_ns);
void sim_port_ctrs_at(struct sim_dev *sdev, u64 ns, struct sim_ctrs *c);
void sim_port_counters(struct sim_dev *sdev, enum sim_ctr_view view,
		       bool clear, struct sim_ctrs *c);
u8 sim_cmd_query_vport_state(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_nic_vport_context(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_vport_counter(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_q_counter(struct sim_cmd_ctx *ctx);
bool sim_vport_exists(bool other_vport, u16 vport_number);
bool sim_port_up(struct sim_dev *sdev);
u64 sim_node_guid(const u8 *mac);
void sim_set_mac(void *p, const u8 *mac);
u8 sim_reg_paos(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_pmlp(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_ptys(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_ppcnt(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_mcia(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_mtmp(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_pmtu(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_pplm(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_pddr(struct sim_cmd_ctx *ctx, void *reg, bool write);

/* mng.c */
u8 sim_reg_mcam(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_pcam(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_qcam(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_dtor(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_mcqs(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_node_desc(struct sim_cmd_ctx *ctx, void *reg, bool write);
u8 sim_reg_core_dump(struct sim_cmd_ctx *ctx, void *reg, bool write);

/* reg.c */
u8 sim_cmd_access_reg(struct sim_cmd_ctx *ctx);
bool sim_reg_exists(u16 id);

/* diag.c */
void sim_diag_sample_until(struct sim_dev *sdev, u64 now_ns);
u8 sim_cmd_query_diagnostic_params(struct sim_cmd_ctx *ctx);
u8 sim_cmd_set_diagnostic_params(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_diagnostic_counters(struct sim_cmd_ctx *ctx);

/* resdump.c */
u8 sim_reg_resource_dump(struct sim_cmd_ctx *ctx, void *reg, bool write);
void sim_obj_context(void *p, const struct sim_obj *obj);
void sim_core_init(struct sim_dev *sdev);
void sim_core_destroy(struct sim_dev *sdev);

/* objects.c */
void sim_objects_init(struct sim_dev *sdev);
void sim_objects_destroy(struct sim_dev *sdev);
struct sim_obj *sim_obj_lookup(struct sim_dev *sdev, enum sim_obj_kind kind,
			       u32 id, u16 uid);
bool sim_uid_has_cap(struct sim_dev *sdev, u16 uid, u32 cap);
bool sim_uid_may_read(struct sim_dev *sdev, u16 uid, u16 owner);
u8 sim_cmd_create_uctx(struct sim_cmd_ctx *ctx);
u8 sim_cmd_destroy_uctx(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_uctx(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_umem(struct sim_cmd_ctx *ctx);
u8 sim_cmd_alloc_pd(struct sim_cmd_ctx *ctx);
u8 sim_cmd_dealloc_pd(struct sim_cmd_ctx *ctx);
u8 sim_cmd_create_mkey(struct sim_cmd_ctx *ctx);
u8 sim_cmd_query_mkey(struct sim_cmd_ctx *ctx);
u8 sim_cmd_destroy_mkey(struct sim_cmd_ctx *ctx);
u64 sim_umem_len(const struct sim_umem *umem);
struct sim_mkey *sim_mkey_for_write(struct sim_cmd_ctx *ctx, u32 key, u64 va,
				    u64 len, u64 *offset);
u8 sim_cmd_create_umem(struct sim_cmd_ctx *ctx);
u8 sim_cmd_destroy_umem(struct sim_cmd_ctx *ctx);

/* dma.c */
void sim_iommu_init(struct sim_dev *sdev);
void sim_iommu_destroy(struct sim_dev *sdev);
bool sim_iommu_mapped(struct sim_dev *sdev, u64 iova);
struct page *sim_iommu_get_page(struct sim_dev *sdev, u64 iova);
int sim_umem_write(struct sim_dev *sdev, const struct sim_umem *umem,
		   u64 offset, const void *buf, size_t len);
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
