// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Firmware objects and who owns them.
 *
 * Every object belongs to the user context (uid) whose command created it, or
 * to the kernel (uid 0). A command may name only objects of its own uid: an
 * id that does not exist and an id of another uid get the same answer
 * (BAD_PARAM, SIM_SYN_BAD_OBJ), so one user cannot probe another's ids.
 * DESTROY_UCTX destroys everything its uid owns, referrers first.
 *
 * obj_lock serialises every change of the tables and every use of an object
 * by another command, so a lookup's result stays valid until the unlock.
 */
#include <linux/overflow.h>
#include <linux/slab.h>

#include "sim.h"

/* The page size the device counts umem pages in (log_page_size 0). */
#define SIM_ADAPTER_PAGE_SHIFT 12

/* The most pages a umem may have: the uAPI's limit, plus a partial page. */
#define SIM_UMEM_MAX_PAGES ((MLX5CTL_UMEM_MAX_LEN >> PAGE_SHIFT) + 1)

void sim_objects_init(struct sim_dev *sdev)
{
	static const struct xa_limit limits[SIM_NR_KINDS] = {
		/* uid is 16 bits; the workload's is taken (host.c). */
		[SIM_UCTX] = XA_LIMIT(1, SIM_WORKLOAD_UID - 1),
		[SIM_UMEM] = XA_LIMIT(1, 0xffffff),	/* ids are 24 bits */
		[SIM_PD] = XA_LIMIT(1, 0xffffff),
		[SIM_MKEY] = XA_LIMIT(1, 0xffffff),
	};
	int k;

	for (k = 0; k < SIM_NR_KINDS; k++) {
		xa_init_flags(&sdev->tables[k].xa, XA_FLAGS_ALLOC);
		sdev->tables[k].limit = limits[k];
	}
}

static void sim_obj_free(struct sim_dev *sdev, struct sim_obj *obj)
{
	struct sim_table *t = &sdev->tables[obj->kind];

	lockdep_assert_held(&sdev->obj_lock);
	xa_erase(&t->xa, obj->id);
	t->count--;

	if (obj->kind == SIM_MKEY) {
		struct sim_mkey *mkey = container_of(obj, struct sim_mkey, obj);

		mkey->umem->obj.users--;
		mkey->pd->obj.users--;
	}
	kvfree(obj);
}

/* Referrers before what they refer to. */
static const enum sim_obj_kind sim_destroy_order[] = {
	SIM_MKEY, SIM_UMEM, SIM_PD, SIM_UCTX,
};

/* Destroy the objects of @uid, or of every uid when @all. */
static void sim_objects_free_uid(struct sim_dev *sdev, u16 uid, bool all)
{
	struct sim_obj *obj;
	unsigned long id;
	int i;

	for (i = 0; i < ARRAY_SIZE(sim_destroy_order); i++) {
		struct sim_table *t = &sdev->tables[sim_destroy_order[i]];

		xa_for_each(&t->xa, id, obj)
			if (all || obj->uid == uid)
				sim_obj_free(sdev, obj);
	}
}

void sim_objects_destroy(struct sim_dev *sdev)
{
	unsigned int left = 0;
	int k;

	mutex_lock(&sdev->obj_lock);
	for (k = 0; k < SIM_NR_KINDS; k++)
		left += sdev->tables[k].count;
	/*
	 * The core destroys the user contexts it created before its remove
	 * returns; the kernel's (uid 0) objects and leftovers go here.
	 */
	if (left)
		dev_dbg(&sdev->dev, "freeing %u objects left at removal\n",
			left);
	sim_objects_free_uid(sdev, 0, true);
	mutex_unlock(&sdev->obj_lock);

	for (k = 0; k < SIM_NR_KINDS; k++)
		xa_destroy(&sdev->tables[k].xa);
}

/* Give @obj an id in its table; the status of the creation. */
static u8 sim_obj_insert(struct sim_cmd_ctx *ctx, enum sim_obj_kind kind,
			 struct sim_obj *obj)
{
	struct sim_table *t = &ctx->sdev->tables[kind];
	u32 max = READ_ONCE(ctx->sdev->max_objects);

	lockdep_assert_held(&ctx->sdev->obj_lock);
	if (max && t->count >= max)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES, SIM_SYN_NO_RES);

	obj->kind = kind;
	obj->uid = ctx->uid;
	/* -EBUSY (id space full) and -ENOMEM alike: out of resources. */
	if (xa_alloc(&t->xa, &obj->id, obj, t->limit, GFP_KERNEL))
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES, SIM_SYN_NO_RES);
	t->count++;
	return MLX5CTL_CMD_STATUS_OK;
}

struct sim_obj *sim_obj_lookup(struct sim_dev *sdev, enum sim_obj_kind kind,
			       u32 id, u16 uid)
{
	struct sim_obj *obj;

	lockdep_assert_held(&sdev->obj_lock);
	obj = xa_load(&sdev->tables[kind].xa, id);
	return obj && obj->uid == uid ? obj : NULL;
}

/* Objects may be created by the kernel (uid 0) or by a live user context. */
static bool sim_uid_valid(struct sim_dev *sdev, u16 uid)
{
	return !uid || xa_load(&sdev->tables[SIM_UCTX].xa, uid);
}

u8 sim_cmd_create_uctx(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	struct sim_uctx *uctx;
	u32 cap;
	u8 status;

	/* Only the kernel creates user contexts. */
	if (ctx->uid)
		return sim_bad_param(ctx, SIM_SYN_UID_NOT_ALLOWED);

	cap = MLX5CTL_GET(create_uctx_in, ctx->in, uctx.cap);
	if (cap & ~READ_ONCE(sdev->uctx_cap))
		return sim_bad_param(ctx, SIM_SYN_UCTX_CAP);

	uctx = kzalloc(sizeof(*uctx), GFP_KERNEL);
	if (!uctx)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES, SIM_SYN_NO_RES);
	uctx->cap = cap;

	mutex_lock(&sdev->obj_lock);
	status = sim_obj_insert(ctx, SIM_UCTX, &uctx->obj);
	if (!status) {
		int lie = atomic_xchg(&sdev->uid_lie, -1);

		/* A user context owns itself. */
		uctx->obj.uid = uctx->obj.id;
		MLX5CTL_SET(create_uctx_out, ctx->out, uid,
			    lie < 0 ? uctx->obj.id : lie);
	}
	mutex_unlock(&sdev->obj_lock);

	if (status)
		kfree(uctx);
	return status;
}

u8 sim_cmd_destroy_uctx(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	u16 uid = MLX5CTL_GET(destroy_uctx_in, ctx->in, uid_to_destroy);
	u8 status = MLX5CTL_CMD_STATUS_OK;

	/* The kernel may destroy any context, a context only itself. */
	if (ctx->uid && ctx->uid != uid)
		return sim_bad_param(ctx, SIM_SYN_BAD_OBJ);

	mutex_lock(&sdev->obj_lock);
	if (uid && xa_load(&sdev->tables[SIM_UCTX].xa, uid))
		sim_objects_free_uid(sdev, uid, false);
	else
		status = sim_bad_param(ctx, SIM_SYN_BAD_OBJ);
	mutex_unlock(&sdev->obj_lock);
	return status;
}

/* Whether user context @uid holds every capability in @cap. */
bool sim_uid_has_cap(struct sim_dev *sdev, u16 uid, u32 cap)
{
	struct sim_uctx *uctx;

	lockdep_assert_held(&sdev->obj_lock);
	if (!uid)
		return true;	/* the kernel may do anything */
	uctx = xa_load(&sdev->tables[SIM_UCTX].xa, uid);
	return uctx && (uctx->cap & cap) == cap;
}

/*
 * The firmware's rule for reading an object of @owner: a user context reads
 * its own, and with tools_resources everyone's; the kernel reads all.
 */
bool sim_uid_may_read(struct sim_dev *sdev, u16 uid, u16 owner)
{
	lockdep_assert_held(&sdev->obj_lock);
	return uid == owner ||
	       sim_uid_has_cap(sdev, uid, MLX5CTL_UCTX_CAP_TOOLS_RESOURCES);
}

u8 sim_cmd_create_umem(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	size_t fixed = MLX5CTL_ST_SZ_BYTES(create_umem_in);
	size_t mtt_sz = MLX5CTL_ST_SZ_BYTES(mtt);
	const u8 *mtt;
	struct sim_umem *umem;
	size_t need;
	u64 n, i;
	u8 status;

	n = MLX5CTL_GET64(create_umem_in, ctx->in, umem.num_of_mtt);
	if (!n || n > SIM_UMEM_MAX_PAGES)
		return sim_bad_param(ctx, SIM_SYN_BAD_MTT_COUNT);
	if (check_mul_overflow((size_t)n, mtt_sz, &need) ||
	    check_add_overflow(need, fixed, &need) || ctx->inlen < need)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_INP_LEN,
				SIM_SYN_BAD_INP_LEN);
	if (MLX5CTL_GET(create_umem_in, ctx->in, umem.log_page_size) !=
	    PAGE_SHIFT - SIM_ADAPTER_PAGE_SHIFT)
		return sim_bad_param(ctx, SIM_SYN_BAD_PAGE_SIZE);

	umem = kvzalloc(struct_size(umem, iova, n), GFP_KERNEL);
	if (!umem)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES, SIM_SYN_NO_RES);
	umem->npages = n;
	umem->page_offset = MLX5CTL_GET(create_umem_in, ctx->in,
					umem.page_offset);
	if (umem->page_offset >= PAGE_SIZE) {
		status = sim_bad_param(ctx, SIM_SYN_BAD_PAGE_OFFSET);
		goto err_free_umem;
	}

	/* Every page must be one dma_map handed out, now and at each use. */
	mtt = MLX5CTL_ADDR_OF(create_umem_in, ctx->in, umem.mtt);
	for (i = 0; i < n; i++, mtt += mtt_sz) {
		/* The fields hold address bits 63:32 and 31:8. */
		u64 iova = (u64)MLX5CTL_GET(mtt, mtt, ptag_63_32) << 32 |
			   (u64)MLX5CTL_GET(mtt, mtt, ptag_31_8) << 8;

		if (!sim_iommu_mapped(sdev, iova)) {
			status = sim_bad_param(ctx, SIM_SYN_IOMMU_FAULT);
			goto err_free_umem;
		}
		umem->iova[i] = iova;
	}

	mutex_lock(&sdev->obj_lock);
	if (!sim_uid_valid(sdev, ctx->uid))
		status = sim_bad_param(ctx, SIM_SYN_BAD_UID);
	else
		status = sim_obj_insert(ctx, SIM_UMEM, &umem->obj);
	if (!status)
		MLX5CTL_SET(create_umem_out, ctx->out, umem_id, umem->obj.id);
	mutex_unlock(&sdev->obj_lock);
	if (status)
		goto err_free_umem;
	return MLX5CTL_CMD_STATUS_OK;

err_free_umem:
	kvfree(umem);
	return status;
}

/* Destroy an object of the caller's that nothing refers to. */
static u8 sim_obj_destroy(struct sim_cmd_ctx *ctx, enum sim_obj_kind kind,
			  u32 id)
{
	struct sim_dev *sdev = ctx->sdev;
	struct sim_obj *obj;
	u8 status = MLX5CTL_CMD_STATUS_OK;

	mutex_lock(&sdev->obj_lock);
	obj = sim_obj_lookup(sdev, kind, id, ctx->uid);
	if (!obj)
		status = sim_bad_param(ctx, SIM_SYN_BAD_OBJ);
	else if (obj->users)
		status = sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_RES_STATE,
				  SIM_SYN_OBJ_IN_USE);
	else
		sim_obj_free(sdev, obj);
	mutex_unlock(&sdev->obj_lock);
	return status;
}

/* The context the command runs under: a query of itself. */
u8 sim_cmd_query_uctx(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	struct sim_uctx *uctx;
	u8 status = MLX5CTL_CMD_STATUS_OK;

	mutex_lock(&sdev->obj_lock);
	uctx = ctx->uid ? xa_load(&sdev->tables[SIM_UCTX].xa, ctx->uid) : NULL;
	if (uctx)
		MLX5CTL_SET(query_uctx_out, ctx->out, uctx.cap, uctx->cap);
	else
		status = sim_bad_param(ctx, SIM_SYN_BAD_UID);
	mutex_unlock(&sdev->obj_lock);
	return status;
}

u8 sim_cmd_query_umem(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	u32 id = MLX5CTL_GET(query_umem_in, ctx->in, umem_id);
	struct sim_umem *umem;
	struct sim_obj *obj;
	u8 status = MLX5CTL_CMD_STATUS_OK;

	mutex_lock(&sdev->obj_lock);
	obj = sim_obj_lookup(sdev, SIM_UMEM, id, ctx->uid);
	if (obj) {
		umem = container_of(obj, struct sim_umem, obj);
		/* Not the page list: the output has no room for it. */
		MLX5CTL_SET(query_umem_out, ctx->out, umem.log_page_size,
			    PAGE_SHIFT - SIM_ADAPTER_PAGE_SHIFT);
		MLX5CTL_SET(query_umem_out, ctx->out, umem.page_offset,
			    umem->page_offset);
		MLX5CTL_SET64(query_umem_out, ctx->out, umem.num_of_mtt,
			      umem->npages);
	} else {
		status = sim_bad_param(ctx, SIM_SYN_BAD_OBJ);
	}
	mutex_unlock(&sdev->obj_lock);
	return status;
}

u8 sim_cmd_destroy_umem(struct sim_cmd_ctx *ctx)
{
	return sim_obj_destroy(ctx, SIM_UMEM,
			       MLX5CTL_GET(destroy_umem_in, ctx->in, umem_id));
}

u8 sim_cmd_alloc_pd(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	struct sim_pd *pd;
	u8 status;

	pd = kzalloc(sizeof(*pd), GFP_KERNEL);
	if (!pd)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES, SIM_SYN_NO_RES);

	mutex_lock(&sdev->obj_lock);
	if (!sim_uid_valid(sdev, ctx->uid))
		status = sim_bad_param(ctx, SIM_SYN_BAD_UID);
	else
		status = sim_obj_insert(ctx, SIM_PD, &pd->obj);
	if (!status)
		MLX5CTL_SET(alloc_pd_out, ctx->out, pd, pd->obj.id);
	mutex_unlock(&sdev->obj_lock);

	if (status)
		kfree(pd);
	return status;
}

u8 sim_cmd_dealloc_pd(struct sim_cmd_ctx *ctx)
{
	return sim_obj_destroy(ctx, SIM_PD,
			       MLX5CTL_GET(dealloc_pd_in, ctx->in, pd));
}

u64 sim_umem_len(const struct sim_umem *umem)
{
	return (umem->npages << PAGE_SHIFT) - umem->page_offset;
}

/*
 * Only keys over a umem of the caller's own: a key over physical addresses
 * (access mode PA) or a caller-supplied page list would let the device reach
 * memory nobody pinned for it.
 */
u8 sim_cmd_create_mkey(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	const void *mkc = MLX5CTL_ADDR_OF(create_mkey_in, ctx->in,
					  memory_key_mkey_entry);
	u32 mode = MLX5CTL_GET(mkc, mkc, access_mode_4_2) << 2 |
		   MLX5CTL_GET(mkc, mkc, access_mode_1_0);
	u64 offset = MLX5CTL_GET64(create_mkey_in, ctx->in, mkey_umem_offset);
	u64 len = MLX5CTL_GET64(mkc, mkc, len);
	struct sim_mkey *mkey;
	struct sim_obj *umem, *pd;
	u8 status;

	if (!MLX5CTL_GET(create_mkey_in, ctx->in, mkey_umem_valid) ||
	    mode != MLX5CTL_MKC_ACCESS_MODE_MTT ||
	    MLX5CTL_GET(mkc, mkc, length64) || !len ||
	    MLX5CTL_GET(create_mkey_in, ctx->in, pg_access))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	mkey = kzalloc(sizeof(*mkey), GFP_KERNEL);
	if (!mkey)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES, SIM_SYN_NO_RES);
	mkey->key = MLX5CTL_GET(mkc, mkc, mkey_7_0);
	mkey->start = MLX5CTL_GET64(mkc, mkc, start_addr);
	mkey->len = len;
	mkey->writable = MLX5CTL_GET(mkc, mkc, lw);

	mutex_lock(&sdev->obj_lock);
	umem = sim_obj_lookup(sdev, SIM_UMEM,
			      MLX5CTL_GET(create_mkey_in, ctx->in,
					  mkey_umem_id), ctx->uid);
	pd = sim_obj_lookup(sdev, SIM_PD, MLX5CTL_GET(mkc, mkc, pd), ctx->uid);
	if (!umem || !pd) {
		status = sim_bad_param(ctx, SIM_SYN_BAD_OBJ);
		goto out_unlock;
	}
	mkey->umem = container_of(umem, struct sim_umem, obj);
	mkey->pd = container_of(pd, struct sim_pd, obj);
	if (offset > sim_umem_len(mkey->umem) ||
	    len > sim_umem_len(mkey->umem) - offset ||
	    mkey->start + len < mkey->start) {
		status = sim_bad_param(ctx, SIM_SYN_BAD_MKEY_RANGE);
		goto out_unlock;
	}
	/* start_addr maps to byte @offset of the umem. */
	mkey->umem_offset = offset;

	status = sim_obj_insert(ctx, SIM_MKEY, &mkey->obj);
	if (!status) {
		umem->users++;
		pd->users++;
		MLX5CTL_SET(create_mkey_out, ctx->out, mkey_index,
			    mkey->obj.id);
	}
out_unlock:
	mutex_unlock(&sdev->obj_lock);
	if (status)
		kfree(mkey);
	return status;
}

/*
 * An mkey's context, to whoever sim_uid_may_read() lets read it; any other
 * index is one that does not exist.
 */
u8 sim_cmd_query_mkey(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	u32 index = MLX5CTL_GET(query_mkey_in, ctx->in, mkey_index);
	struct sim_obj *obj;
	u8 status = MLX5CTL_CMD_STATUS_OK;

	mutex_lock(&sdev->obj_lock);
	obj = xa_load(&sdev->tables[SIM_MKEY].xa, index);
	if (obj && sim_uid_may_read(sdev, ctx->uid, obj->uid))
		sim_obj_context(MLX5CTL_ADDR_OF(query_mkey_out, ctx->out, memory_key_mkey_entry), obj);
	else
		status = sim_bad_param(ctx, SIM_SYN_BAD_OBJ);
	mutex_unlock(&sdev->obj_lock);
	return status;
}

u8 sim_cmd_destroy_mkey(struct sim_cmd_ctx *ctx)
{
	return sim_obj_destroy(ctx, SIM_MKEY,
			       MLX5CTL_GET(destroy_mkey_in, ctx->in,
					   mkey_index));
}

/*
 * The mkey @key (index << 8 | variant) of @uid, if it may be written from
 * @va for @len bytes; sets *@offset to the umem offset of @va.
 */
struct sim_mkey *sim_mkey_for_write(struct sim_cmd_ctx *ctx, u32 key, u64 va,
				    u64 len, u64 *offset)
{
	struct sim_obj *obj;
	struct sim_mkey *mkey;

	lockdep_assert_held(&ctx->sdev->obj_lock);
	obj = sim_obj_lookup(ctx->sdev, SIM_MKEY, key >> 8, ctx->uid);
	if (!obj) {
		sim_bad_param(ctx, SIM_SYN_BAD_OBJ);
		return NULL;
	}
	mkey = container_of(obj, struct sim_mkey, obj);
	if (mkey->key != (key & 0xff)) {
		sim_bad_param(ctx, SIM_SYN_BAD_OBJ);
		return NULL;
	}
	if (!mkey->writable) {
		sim_bad_param(ctx, SIM_SYN_BAD_ACCESS);
		return NULL;
	}
	if (va < mkey->start || va - mkey->start > mkey->len ||
	    len > mkey->len - (va - mkey->start)) {
		sim_bad_param(ctx, SIM_SYN_BAD_MKEY_RANGE);
		return NULL;
	}
	*offset = mkey->umem_offset + (va - mkey->start);
	return mkey;
}
