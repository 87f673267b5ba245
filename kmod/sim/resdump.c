// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The RESOURCE_DUMP register: a dump of device resources as a stream of
 * segments, returned a window at a time, inline (inline_dump 1, 208 bytes) or
 * written through an mkey into a umem (inline_dump 0, up to size bytes).
 * more_dump says that more follows; the caller repeats the access with the
 * register as it came back, whose device_opaque holds the stream offset, so
 * the device keeps no state between steps. seq_num counts the steps.
 *
 * A dump is: an info segment, a command segment echoing the request, then
 * the menu (segment_type 0xffff) or the resources of the requested type,
 * one resource segment each, then a terminate segment. The caller's user
 * context needs the tools_resources capability, and sees only the objects
 * it owns (the kernel, uid 0, sees all).
 *
 * The dump types of the menu:
 *   0x1000 SIM_UCTX  user contexts: index1 uid, payload the uctx layout
 *   0x1001 SIM_UMEM  umems: index1 umem_id, index2 owner, payload umem layout
 *   0x1002 SIM_PD    protection domains: index1 pd, index2 owner
 *   0x1003 SIM_MKEY  memory keys: index1 mkey index, index2 owner, payload mkc
 *   0x1004 FW_TRACE  the firmware's trace: 8192 records of 64 bytes of text
 *   0x1005 CR_SPACE  the firmware's core image (SIM_CORE_SIZE bytes): index1
 *                    the 4 KiB page, payload the page. Named after the
 *                    "cr-space" devlink region of mlx5's crdump, which holds
 *                    the same kind of flat image; here it comes through the
 *                    dump, so that it streams into a umem. The next free
 *                    number of this firmware's own types.
 * index1 is where a dump starts, num_of_obj1 how many it returns (0 or
 * 0xffff: all).
 */
#include <linux/slab.h>
#include <linux/string.h>

#include "sim.h"

/*
 * The segments are mlx5_ifc.h's resource_dump_*_segment layouts; the types
 * of the framing segments are the schema's resource_dump_segment_type. The
 * resource types below are this firmware's own: a caller finds them by name
 * in the menu, as mlx5's rsc_dump.c does.
 */
#define SIM_RD_UCTX 0x1000
#define SIM_RD_UMEM 0x1001
#define SIM_RD_PD 0x1002
#define SIM_RD_MKEY 0x1003
#define SIM_RD_FW_TRACE 0x1004
#define SIM_RD_CR_SPACE 0x1005

/* The core image: a few MiB, as a real cr-space dump. */
#define SIM_CORE_SIZE (5 * 1024 * 1024)
#define SIM_CORE_PAGE 4096

#define SIM_RD_ALL 0xffff
#define SIM_RD_TRACE_RECORDS 8192
#define SIM_RD_TRACE_TEXT 64
#define SIM_RD_DUMP_VERSION 1
/* The most one step writes into memory. */
#define SIM_RD_MAX_STEP (1024 * 1024)

/* Largest segment: a resource header and a payload of up to 64 bytes. */
#define SIM_RD_SEG_MAX 96

static const struct sim_rd_type {
	u16 type;
	const char *name;
	const char *index1;
	enum sim_obj_kind kind;		/* SIM_NR_KINDS: not an object */
	size_t payload;
} sim_rd_types[] = {
	{ SIM_RD_UCTX, "SIM_UCTX", "UID", SIM_UCTX,
	  MLX5CTL_ST_SZ_BYTES(uctx) },
	{ SIM_RD_UMEM, "SIM_UMEM", "UMEM_ID", SIM_UMEM,
	  MLX5CTL_ST_SZ_BYTES(umem) },
	{ SIM_RD_PD, "SIM_PD", "PD", SIM_PD, 0 },
	{ SIM_RD_MKEY, "SIM_MKEY", "MKEY_INDEX", SIM_MKEY,
	  MLX5CTL_ST_SZ_BYTES(mkc) },
	{ SIM_RD_FW_TRACE, "FW_TRACE", "RECORD", SIM_NR_KINDS,
	  SIM_RD_TRACE_TEXT },
	{ SIM_RD_CR_SPACE, "CR_SPACE", "PAGE", SIM_NR_KINDS, SIM_CORE_PAGE },
};

/*
 * The image is splitmix64 of the seed, one little-endian word per 8 bytes:
 * simple enough that a test recomputes it from the seed in debugfs alone.
 */
static u64 sim_core_word(u64 seed, u64 i)
{
	u64 z = seed + (i + 1) * 0x9e3779b97f4a7c15ull;

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

void sim_core_init(struct sim_dev *sdev)
{
	sdev->core_seed = 0x5e000000 ^ (sdev->id * 0x9e3779b9u);
	sdev->core_size = SIM_CORE_SIZE;
}

void sim_core_destroy(struct sim_dev *sdev)
{
	kvfree(sdev->core);
	sdev->core = NULL;
}

/* Made at the first dump that needs it: most devices never do. */
static int sim_core_get(struct sim_dev *sdev)
{
	__le64 *w;
	u64 i;

	lockdep_assert_held(&sdev->obj_lock);
	if (sdev->core)
		return 0;
	w = kvmalloc(sdev->core_size, GFP_KERNEL);
	if (!w)
		return -ENOMEM;
	for (i = 0; i < sdev->core_size / 8; i++)
		w[i] = cpu_to_le64(sim_core_word(sdev->core_seed, i));
	sdev->core = (u8 *)w;
	return 0;
}

/**
 * struct sim_rd - A dump being streamed
 * @ctx: The command
 * @reg: The register, as the caller sent it
 * @pos: Stream offset of the next segment
 * @start: Stream offset of the window
 * @cap: Its size
 * @buf: Where the window goes for an inline dump: the outbox's inline_data
 * @umem: Where it goes otherwise, written by the device as it streams
 * @umem_off: Byte offset of the window in @umem
 * @fault: Set by the first write into @umem that faulted
 *
 * What falls in the window is written once, straight to its destination:
 * the core image from the device's memory into the umem, with no staging
 * buffer, as a device's DMA engine does.
 */
struct sim_rd {
	struct sim_cmd_ctx *ctx;
	const void *reg;
	u64 pos;
	u64 start;
	size_t cap;
	u8 *buf;
	const struct sim_umem *umem;
	u64 umem_off;
	int fault;
};

/* Append a segment to the stream; only what falls in the window is kept. */
static void sim_rd_emit(struct sim_rd *rd, const u8 *seg, size_t len)
{
	u64 end = rd->start + rd->cap;

	if (rd->pos + len > rd->start && rd->pos < end) {
		u64 from = max(rd->pos, rd->start);
		u64 to = min(rd->pos + len, end);
		const u8 *src = seg + (from - rd->pos);

		if (!rd->umem)
			memcpy(rd->buf + (from - rd->start), src, to - from);
		else if (!rd->fault)
			rd->fault = sim_umem_write(rd->ctx->sdev, rd->umem,
						   rd->umem_off + (from - rd->start),
						   src, to - from);
	}
	rd->pos += len;
}

/* Whether a segment of @len at the current offset shows in the window. */
static bool sim_rd_visible(const struct sim_rd *rd, size_t len)
{
	return rd->pos + len > rd->start && rd->pos < rd->start + rd->cap;
}

static void sim_rd_header(void *seg, u16 type, size_t len)
{
	MLX5CTL_SET(resource_dump_segment_header, seg, length_dw, len / 4);
	MLX5CTL_SET(resource_dump_segment_header, seg, segment_type, type);
}

static void sim_rd_prologue(struct sim_rd *rd)
{
	struct sim_identity *ident = &rd->ctx->sdev->ident;
	u8 seg[SIM_RD_SEG_MAX] = {};
	size_t len = MLX5CTL_ST_SZ_BYTES(resource_dump_info_segment);
	u32 fw;

	spin_lock(&ident->lock);
	fw = (ident->fw_major & 0xff) << 24 | (ident->fw_minor & 0xff) << 16 |
	     (ident->fw_sub_minor & 0xffff);
	spin_unlock(&ident->lock);
	sim_rd_header(seg, MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_DUMP_INFO, len);
	MLX5CTL_SET(resource_dump_info_segment, seg, dump_version,
		    SIM_RD_DUMP_VERSION);
	MLX5CTL_SET(resource_dump_info_segment, seg, hw_version, 0);
	MLX5CTL_SET(resource_dump_info_segment, seg, fw_version, fw);
	sim_rd_emit(rd, seg, len);

	len = MLX5CTL_ST_SZ_BYTES(resource_dump_command_segment);
	memset(seg, 0, sizeof(seg));
	sim_rd_header(seg, MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_COMMAND, len);
#define ECHO(f) MLX5CTL_SET(resource_dump_command_segment, seg, f,		\
			    MLX5CTL_GET(resource_dump, rd->reg, f))
	MLX5CTL_SET(resource_dump_command_segment, seg, segment_called,
		    MLX5CTL_GET(resource_dump, rd->reg, segment_type));
	ECHO(vhca_id);
	ECHO(index1);
	ECHO(index2);
	ECHO(num_of_obj1);
	ECHO(num_of_obj2);
#undef ECHO
	sim_rd_emit(rd, seg, len);
}

static void sim_rd_terminate(struct sim_rd *rd)
{
	u8 seg[SIM_RD_SEG_MAX] = {};
	size_t len = MLX5CTL_ST_SZ_BYTES(resource_dump_terminate_segment);

	sim_rd_header(seg, MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_TERMINATE, len);
	sim_rd_emit(rd, seg, len);
}

static void sim_rd_menu(struct sim_rd *rd)
{
	size_t len = MLX5CTL_ST_SZ_BYTES(resource_dump_menu_segment);
	size_t rlen = MLX5CTL_ST_SZ_BYTES(resource_dump_menu_record);
	u8 seg[SIM_RD_SEG_MAX] = {};
	int i;

	/* The menu segment's length covers its records. */
	sim_rd_header(seg, MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_MENU,
		      len + ARRAY_SIZE(sim_rd_types) * rlen);
	MLX5CTL_SET(resource_dump_menu_segment, seg, num_of_records,
		    ARRAY_SIZE(sim_rd_types));
	sim_rd_emit(rd, seg, len);

	for (i = 0; i < ARRAY_SIZE(sim_rd_types); i++) {
		const struct sim_rd_type *t = &sim_rd_types[i];

		memset(seg, 0, sizeof(seg));
#define SET(f, v) MLX5CTL_SET(resource_dump_menu_record, seg, f, v)
		SET(segment_type, t->type);
		SET(support_index1, 1);
		SET(support_num_of_obj1, 1);
		SET(num_of_obj1_supports_all, 1);
#undef SET
		strscpy(MLX5CTL_ADDR_OF(resource_dump_menu_record, seg, segment_name),
			t->name, MLX5CTL_FLD_SZ_BYTES(resource_dump_menu_record,
						      segment_name));
		strscpy(MLX5CTL_ADDR_OF(resource_dump_menu_record, seg, index1_name),
			t->index1, MLX5CTL_FLD_SZ_BYTES(resource_dump_menu_record,
							index1_name));
		sim_rd_emit(rd, seg, rlen);
	}
}

/*
 * The payload of object @obj: the PRM layout of its kind, as QUERY_* answers
 * it too (QUERY_MKEY's mkc).
 */
void sim_obj_context(void *p, const struct sim_obj *obj)
{
	switch (obj->kind) {
	case SIM_UCTX: {
		const struct sim_uctx *uctx =
			container_of(obj, struct sim_uctx, obj);

		MLX5CTL_SET(uctx, p, cap, uctx->cap);
		break;
	}
	case SIM_UMEM: {
		const struct sim_umem *umem =
			container_of(obj, struct sim_umem, obj);

		MLX5CTL_SET(umem, p, log_page_size, PAGE_SHIFT - 12);
		MLX5CTL_SET(umem, p, page_offset, umem->page_offset);
		MLX5CTL_SET64(umem, p, num_of_mtt, umem->npages);
		break;
	}
	case SIM_MKEY: {
		const struct sim_mkey *mkey =
			container_of(obj, struct sim_mkey, obj);

		MLX5CTL_SET(mkc, p, access_mode_1_0,
			    MLX5CTL_MKC_ACCESS_MODE_MTT);
		MLX5CTL_SET(mkc, p, lr, 1);
		MLX5CTL_SET(mkc, p, lw, mkey->writable);
		MLX5CTL_SET(mkc, p, qpn, 0xffffff);
		MLX5CTL_SET(mkc, p, mkey_7_0, mkey->key);
		MLX5CTL_SET(mkc, p, pd, mkey->pd->obj.id);
		MLX5CTL_SET64(mkc, p, start_addr, mkey->start);
		MLX5CTL_SET64(mkc, p, len, mkey->len);
		break;
	}
	default:
		break;
	}
}

/* The first @count resource segments of @t from @first. */
static void sim_rd_objects(struct sim_rd *rd, const struct sim_rd_type *t,
			   u32 first, u32 count)
{
	struct sim_dev *sdev = rd->ctx->sdev;
	size_t hlen = MLX5CTL_ST_SZ_BYTES(resource_dump_resource_segment);
	size_t len = hlen + t->payload;
	u16 uid = rd->ctx->uid;
	struct sim_obj *obj;
	unsigned long id;
	u8 seg[SIM_RD_SEG_MAX];

	lockdep_assert_held(&sdev->obj_lock);
	xa_for_each_start(&sdev->tables[t->kind].xa, id, obj, first) {
		if (!count)
			break;
		if (uid && obj->uid != uid)
			continue;
		count--;
		if (!sim_rd_visible(rd, len)) {
			rd->pos += len;
			continue;
		}
		memset(seg, 0, sizeof(seg));
		sim_rd_header(seg, t->type, len);
		MLX5CTL_SET(resource_dump_resource_segment, seg, index1, obj->id);
		MLX5CTL_SET(resource_dump_resource_segment, seg, index2, obj->uid);
		sim_obj_context(seg + hlen, obj);
		sim_rd_emit(rd, seg, len);
	}
}

/* The firmware's trace: text records that are a function of their number. */
static void sim_rd_trace(struct sim_rd *rd, const struct sim_rd_type *t,
			 u32 first, u32 count)
{
	static const char * const events[] = {
		"cmd interface heartbeat", "port 1 link up 100G",
		"health poll ok", "pcie link gen4 x16", "temperature sample",
		"eq 3 armed", "steering rule cache flush", "page request",
	};
	size_t hlen = MLX5CTL_ST_SZ_BYTES(resource_dump_resource_segment);
	size_t len = hlen + t->payload;
	u8 seg[SIM_RD_SEG_MAX];
	u32 i;

	for (i = first; i < SIM_RD_TRACE_RECORDS && count; i++, count--) {
		if (!sim_rd_visible(rd, len)) {
			rd->pos += len;
			continue;
		}
		memset(seg, 0, sizeof(seg));
		sim_rd_header(seg, t->type, len);
		MLX5CTL_SET(resource_dump_resource_segment, seg, index1, i);
		/* The payload is text: bytes, not fields. */
		snprintf(seg + hlen, t->payload, "[%6u.%03u] fw: %s #%u\n",
			 i / 8, (i % 8) * 125, events[(i * 7) % 8], i);
		sim_rd_emit(rd, seg, len);
	}
}

/* The core image, a page a segment; the payload is emitted in place. */
static void sim_rd_core(struct sim_rd *rd, const struct sim_rd_type *t,
			u32 first, u32 count)
{
	const u8 *core = rd->ctx->sdev->core;
	u32 pages = rd->ctx->sdev->core_size / SIM_CORE_PAGE;
	size_t hlen = MLX5CTL_ST_SZ_BYTES(resource_dump_resource_segment);
	u8 seg[SIM_RD_SEG_MAX];
	u32 i;

	for (i = first; i < pages && count; i++, count--) {
		if (!sim_rd_visible(rd, hlen + SIM_CORE_PAGE)) {
			rd->pos += hlen + SIM_CORE_PAGE;
			continue;
		}
		memset(seg, 0, hlen);
		sim_rd_header(seg, t->type, hlen + SIM_CORE_PAGE);
		MLX5CTL_SET(resource_dump_resource_segment, seg, index1, i);
		sim_rd_emit(rd, seg, hlen);
		sim_rd_emit(rd, core + (size_t)i * SIM_CORE_PAGE, SIM_CORE_PAGE);
	}
}

/* Stream the whole dump; only the window is kept. */
static void sim_rd_stream(struct sim_rd *rd, const struct sim_rd_type *t)
{
	u32 first = MLX5CTL_GET(resource_dump, rd->reg, index1);
	u32 count = MLX5CTL_GET(resource_dump, rd->reg, num_of_obj1);

	if (!count || count == SIM_RD_ALL)
		count = U32_MAX;
	sim_rd_prologue(rd);
	if (!t)
		sim_rd_menu(rd);
	else if (t->type == SIM_RD_CR_SPACE)
		sim_rd_core(rd, t, first, count);
	else if (t->kind == SIM_NR_KINDS)
		sim_rd_trace(rd, t, first, count);
	else
		sim_rd_objects(rd, t, first, count);
	sim_rd_terminate(rd);
}

u8 sim_reg_resource_dump(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_dev *sdev = ctx->sdev;
	u16 type = MLX5CTL_GET(resource_dump, reg, segment_type);
	u32 vhca = MLX5CTL_GET(resource_dump, reg, vhca_id);
	bool inline_dump = MLX5CTL_GET(resource_dump, reg, inline_dump);
	const struct sim_rd_type *t = NULL;
	struct sim_rd rd = {
		.ctx = ctx,
		.start = MLX5CTL_GET64(resource_dump, reg, device_opaque),
	};
	struct sim_mkey *mkey = NULL;
	u64 offset = 0;
	size_t done;
	u8 status = MLX5CTL_CMD_STATUS_OK;
	int i;

	/* The register is a trigger: a write and a read do the same. */
	if (type != MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_MENU) {
		for (i = 0; i < ARRAY_SIZE(sim_rd_types); i++)
			if (sim_rd_types[i].type == type)
				t = &sim_rd_types[i];
		if (!t)
			return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	}
	if (vhca && vhca != (sdev->id & 0xffff))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	if (inline_dump) {
		rd.cap = MLX5CTL_FLD_SZ_BYTES(resource_dump, inline_data);
	} else {
		rd.cap = MLX5CTL_GET(resource_dump, reg, size);
		if (!rd.cap)
			return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
		rd.cap = min_t(size_t, rd.cap, SIM_RD_MAX_STEP);
	}
	/* Stream from the caller's copy: the outbox is being rewritten. */
	rd.reg = ctx->in + MLX5CTL_BYTE_OFF(access_register_in, register_data);

	mutex_lock(&sdev->obj_lock);
	if (!sim_uid_has_cap(sdev, ctx->uid,
			     MLX5CTL_UCTX_CAP_TOOLS_RESOURCES)) {
		status = sim_bad_param(ctx, SIM_SYN_NO_TOOLS_CAP);
		goto out_unlock;
	}
	if (!inline_dump) {
		mkey = sim_mkey_for_write(ctx, MLX5CTL_GET(resource_dump, reg,
							   mkey),
					  MLX5CTL_GET64(resource_dump, reg,
							address),
					  rd.cap, &offset);
		if (!mkey) {
			/* sim_mkey_for_write() set the syndrome. */
			status = MLX5CTL_CMD_STATUS_BAD_PARAM;
			goto out_unlock;
		}
		rd.umem = mkey->umem;
		rd.umem_off = offset;
	} else {
		rd.buf = MLX5CTL_ADDR_OF(resource_dump, reg, inline_data);
		memset(rd.buf, 0, rd.cap);
	}

	if (t && t->type == SIM_RD_CR_SPACE && sim_core_get(sdev)) {
		status = sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES,
				  SIM_SYN_NO_RES);
		goto out_unlock;
	}
	sim_rd_stream(&rd, t);
	if (rd.start > rd.pos) {
		status = sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
		goto out_unlock;
	}
	if (rd.fault) {
		status = sim_bad_param(ctx, SIM_SYN_IOMMU_FAULT);
		goto out_unlock;
	}
	done = min_t(u64, rd.cap, rd.pos - rd.start);

	MLX5CTL_SET(resource_dump, reg, more_dump, rd.start + done < rd.pos);
	MLX5CTL_SET(resource_dump, reg, seq_num,
		    MLX5CTL_GET(resource_dump, reg, seq_num) + 1);
	MLX5CTL_SET64(resource_dump, reg, device_opaque, rd.start + done);
	MLX5CTL_SET(resource_dump, reg, size, done);
out_unlock:
	mutex_unlock(&sdev->obj_lock);
	return status;
}
