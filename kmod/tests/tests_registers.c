// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The registers tools read first, through ACCESS_REG, each with its values:
 * the capability masks (MCAM, PCAM, QCAM) list exactly the registers the
 * simulator implements, the port registers (PMTU, PPLM, PDDR) follow the
 * port's state, and the read-only ones (masks, MCQS, DTOR, NODE_DESC,
 * CORE_DUMP) refuse writes as firmware does.
 */
#include <stdio.h>
#include <unistd.h>

#include "tests.h"

#define DEV_REG 22
#define LOCAL_PORT 1
#define SYN_REG_READ_ONLY 0x5e000011
#define SYN_BAD_FIELD 0x5e000012

static int fresh(void)
{
	char node[128];

	dev_node(DEV_REG, node, sizeof(node));
	if (access(node, F_OK) == 0)
		remove_dev(DEV_REG);
	create_dev(DEV_REG);
	return open_dev(DEV_REG);
}

static void done(int fd)
{
	close(fd);
	remove_dev(DEV_REG);
}

/* ACCESS_REG of register @id, its data zeroed but for what @m already holds; the register out. */
static void *access_reg(int fd, struct mbox *m, uint16_t id, uint16_t op_mod, uint32_t size)
{
	uint32_t scope = op_mod == MLX5CTL_ACCESS_REG_OP_MOD_READ ? MLX5CTL_RPC_DEBUG_READ_ONLY :
				  MLX5CTL_RPC_DEBUG_WRITE_FULL;

	PRM_SET(mbox_in, m->in, opcode, MLX5CTL_CMD_OP_ACCESS_REG);
	PRM_SET(mbox_in, m->in, op_mod, op_mod);
	PRM_SET(access_register_in, m->in, register_id, id);
	CHECK_OK(rpc(fd, scope, m->in, PRM_SZ(access_register_in) + size, m->out,
		     PRM_SZ(access_register_out) + size));
	return PRM_ADDR_OF(access_register_out, m->out, register_data);
}

static void *reg_data(struct mbox *m)
{
	memset(m, 0, sizeof(*m));
	return PRM_ADDR_OF(access_register_in, m->in, register_data);
}

#define CHECK_STATUS(m, st, syn, what)						\
	CHECK(out_status(m) == (st) && out_syndrome(m) == (uint32_t)(syn),	\
	      "%s: status %#x syndrome %#x", what, out_status(m), out_syndrome(m))

/* Bit @n of a 128-bit capability mask: register base + n. */
static int mask_bit(const unsigned char *mask, unsigned int n)
{
	unsigned int bit = 127 - n;

	return !!(mask[bit / 8] & (0x80 >> (bit % 8)));
}

static void reg_cam_masks_list_the_registers(void)
{
	struct mbox m;
	unsigned char *r;
	int fd = open_dev(DEV0);

	reg_data(&m);
	r = access_reg(fd, &m, MLX5CTL_REG_MCAM, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(mcam_reg));
	CHECK_STATUS(&m, 0, 0, "MCAM");
	r = PRM_ADDR_OF(mcam_reg, r, mng_access_reg_cap_mask);
	CHECK(mask_bit(r, 0x14) && mask_bit(r, 0x0a) && mask_bit(r, 0x20) && mask_bit(r, 0x60) &&
	      mask_bit(r, 0x7f), "MCAM lacks MCIA, MTMP, MGIR, MCQS or itself");
	CHECK(!mask_bit(r, 0x01) && !mask_bit(r, 0x62), "MCAM claims registers the device lacks");
	CHECK(PRM_GET(mcam_access_reg, r, mcqs) == 1, "MCAM's named mcqs bit");

	r = reg_data(&m);
	r = access_reg(fd, &m, MLX5CTL_REG_PCAM, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(pcam_reg));
	CHECK_STATUS(&m, 0, 0, "PCAM");
	CHECK(PRM_GET(pcam_reg, r, port_access_reg_cap_mask.regs_5000_to_507f.pplm) == 1 &&
	      PRM_GET(pcam_reg, r, port_access_reg_cap_mask.regs_5000_to_507f.ppcnt) == 1 &&
	      PRM_GET(pcam_reg, r, port_access_reg_cap_mask.regs_5000_to_507f.pbmc) == 0,
	      "PCAM: pplm %u ppcnt %u pbmc %u",
	      PRM_GET(pcam_reg, r, port_access_reg_cap_mask.regs_5000_to_507f.pplm),
	      PRM_GET(pcam_reg, r, port_access_reg_cap_mask.regs_5000_to_507f.ppcnt),
	      PRM_GET(pcam_reg, r, port_access_reg_cap_mask.regs_5000_to_507f.pbmc));
	CHECK(PRM_GET(pcam_reg, r, feature_cap_mask.enhanced_features.ppcnt_statistical_group) == 1,
	      "PCAM does not claim PPCNT's statistical group");

	r = reg_data(&m);
	r = access_reg(fd, &m, MLX5CTL_REG_QCAM, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(qcam_reg));
	CHECK_STATUS(&m, 0, 0, "QCAM");
	r = PRM_ADDR_OF(qcam_reg, r, qos_access_reg_cap_mask);
	CHECK(mask_bit(r, 0x19) && mask_bit(r, 0x2e) && !mask_bit(r, 0x01), "QCAM's mask");

	/* Group 1 of MCAM is 0x9080-0x90ff: nothing there. Group 2 does not exist. */
	r = reg_data(&m);
	PRM_SET(mcam_reg, r, access_reg_group, 2);
	access_reg(fd, &m, MLX5CTL_REG_MCAM, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(mcam_reg));
	CHECK_STATUS(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD, "MCAM group 2");
	close(fd);
}

static void reg_pmtu_reads_and_writes_the_mtu(void)
{
	struct mbox m;
	void *r;
	int fd = fresh();

	r = reg_data(&m);
	PRM_SET(pmtu_reg, r, local_port, LOCAL_PORT);
	r = access_reg(fd, &m, MLX5CTL_REG_PMTU, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(pmtu_reg));
	CHECK_STATUS(&m, 0, 0, "PMTU read");
	CHECK(PRM_GET(pmtu_reg, r, max_mtu) == 10240 && PRM_GET(pmtu_reg, r, admin_mtu) == 1522 &&
	      PRM_GET(pmtu_reg, r, oper_mtu) == 1522, "PMTU max %u admin %u oper %u",
	      PRM_GET(pmtu_reg, r, max_mtu), PRM_GET(pmtu_reg, r, admin_mtu), PRM_GET(pmtu_reg, r, oper_mtu));

	r = reg_data(&m);
	PRM_SET(pmtu_reg, r, local_port, LOCAL_PORT);
	PRM_SET(pmtu_reg, r, admin_mtu, 9022);
	access_reg(fd, &m, MLX5CTL_REG_PMTU, MLX5CTL_ACCESS_REG_OP_MOD_WRITE, PRM_SZ(pmtu_reg));
	CHECK_STATUS(&m, 0, 0, "PMTU write");
	r = reg_data(&m);
	PRM_SET(pmtu_reg, r, local_port, LOCAL_PORT);
	r = access_reg(fd, &m, MLX5CTL_REG_PMTU, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(pmtu_reg));
	CHECK(PRM_GET(pmtu_reg, r, oper_mtu) == 9022, "oper_mtu %u after a write of 9022",
	      PRM_GET(pmtu_reg, r, oper_mtu));

	r = reg_data(&m);
	PRM_SET(pmtu_reg, r, local_port, LOCAL_PORT);
	PRM_SET(pmtu_reg, r, admin_mtu, 20000);
	access_reg(fd, &m, MLX5CTL_REG_PMTU, MLX5CTL_ACCESS_REG_OP_MOD_WRITE, PRM_SZ(pmtu_reg));
	CHECK_STATUS(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD, "PMTU above max_mtu");
	done(fd);
}

static uint32_t pplm_read(int fd, struct mbox *m)
{
	void *r = reg_data(m);

	PRM_SET(pplm_reg, r, local_port, LOCAL_PORT);
	r = access_reg(fd, m, MLX5CTL_REG_PPLM, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(pplm_reg));
	CHECK_STATUS(m, 0, 0, "PPLM read");
	return PRM_GET(pplm_reg, r, fec_mode_active);
}

static void reg_pplm_follows_the_fec_chosen(void)
{
	struct mbox m;
	void *r;
	int fd = fresh();

	/* 100G, automatic: RS-FEC. */
	CHECK(pplm_read(fd, &m) == 0x4, "fec_mode_active %#x at 100G, want RS (0x4)", pplm_read(fd, &m));
	r = PRM_ADDR_OF(access_register_out, m.out, register_data);
	CHECK(PRM_GET(pplm_reg, r, fec_override_cap_100g) == 0x5, "100G FEC modes %#x",
	      PRM_GET(pplm_reg, r, fec_override_cap_100g));

	/* Forced to no FEC at 100G. */
	r = reg_data(&m);
	PRM_SET(pplm_reg, r, local_port, LOCAL_PORT);
	PRM_SET(pplm_reg, r, fec_override_admin_100g, 0x1);
	access_reg(fd, &m, MLX5CTL_REG_PPLM, MLX5CTL_ACCESS_REG_OP_MOD_WRITE, PRM_SZ(pplm_reg));
	CHECK_STATUS(&m, 0, 0, "PPLM write");
	CHECK(pplm_read(fd, &m) == 0, "fec_mode_active %#x after forcing no FEC", pplm_read(fd, &m));

	/* FireCode is not a 100G mode. */
	r = reg_data(&m);
	PRM_SET(pplm_reg, r, local_port, LOCAL_PORT);
	PRM_SET(pplm_reg, r, fec_override_admin_100g, 0x2);
	access_reg(fd, &m, MLX5CTL_REG_PPLM, MLX5CTL_ACCESS_REG_OP_MOD_WRITE, PRM_SZ(pplm_reg));
	CHECK_STATUS(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD, "FireCode at 100G");
	done(fd);
}

static void pddr_read(int fd, struct mbox *m, uint32_t *opcode, char *text, size_t len)
{
	void *r = reg_data(m), *page;

	PRM_SET(pddr_reg, r, local_port, LOCAL_PORT);
	PRM_SET(pddr_reg, r, page_select, 1);
	r = access_reg(fd, m, MLX5CTL_REG_PDDR, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(pddr_reg));
	CHECK_STATUS(m, 0, 0, "PDDR read");
	page = PRM_ADDR_OF(pddr_reg, r, page_data);
	*opcode = PRM_GET(pddr_troubleshooting_page, page, status_opcode.pddr_monitor_opcode.monitor_opcode);
	snprintf(text, len, "%s", (char *)PRM_ADDR_OF(pddr_troubleshooting_page, page, status_message));
}

static void reg_pddr_says_why_the_link_is_down(void)
{
	char text[240];
	struct mbox m;
	uint32_t opcode;
	void *r;
	int fd = fresh();

	pddr_read(fd, &m, &opcode, text, sizeof(text));
	CHECK(opcode == 0 && !strcmp(text, "No issue observed"), "link up: %u \"%s\"", opcode, text);

	r = reg_data(&m);
	PRM_SET(paos_reg, r, local_port, LOCAL_PORT);
	PRM_SET(paos_reg, r, admin_status, MLX5CTL_PORT_ADMIN_STATUS_DOWN);
	PRM_SET(paos_reg, r, ase, 1);
	access_reg(fd, &m, MLX5CTL_REG_PAOS, MLX5CTL_ACCESS_REG_OP_MOD_WRITE, PRM_SZ(paos_reg));
	CHECK_STATUS(&m, 0, 0, "PAOS down");
	pddr_read(fd, &m, &opcode, text, sizeof(text));
	CHECK(opcode == 1 && strstr(text, "closed by command"), "closed: %u \"%s\"", opcode, text);

	r = reg_data(&m);
	PRM_SET(pddr_reg, r, local_port, LOCAL_PORT);
	PRM_SET(pddr_reg, r, page_select, 3);
	access_reg(fd, &m, MLX5CTL_REG_PDDR, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(pddr_reg));
	CHECK_STATUS(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD, "PDDR page 3");
	done(fd);
}

static void reg_self_description_registers(void)
{
	char name[64];
	struct mbox m;
	void *r;
	int fd = open_dev(DEV0);

	r = reg_data(&m);
	r = access_reg(fd, &m, MLX5CTL_REG_MCQS, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(mcqs_reg));
	CHECK_STATUS(&m, 0, 0, "MCQS");
	CHECK(PRM_GET(mcqs_reg, r, last_index_flag) == 1 && PRM_GET(mcqs_reg, r, identifier) == 1 &&
	      PRM_GET(mcqs_reg, r, component_status) == 1, "MCQS component 0");

	r = reg_data(&m);
	r = access_reg(fd, &m, MLX5CTL_REG_DTOR, MLX5CTL_ACCESS_REG_OP_MOD_READ, PRM_SZ(dtor_reg));
	CHECK_STATUS(&m, 0, 0, "DTOR");
	CHECK(PRM_GET(dtor_reg, r, health_poll_to.to_value) == 2000 &&
	      PRM_GET(dtor_reg, r, health_poll_to.to_multiplier) == 0 &&
	      PRM_GET(dtor_reg, r, reclaim_vfs_pages_to.to_value) == 120000, "DTOR timeouts");

	r = reg_data(&m);
	r = access_reg(fd, &m, MLX5CTL_REG_NODE_DESC, MLX5CTL_ACCESS_REG_OP_MOD_READ,
		       PRM_SZ(node_desc_reg));
	CHECK_STATUS(&m, 0, 0, "NODE_DESC");
	snprintf(name, sizeof(name), "mlx5ctl_sim %u HCA-1", DEV0);
	CHECK(!strcmp(r, name), "node description \"%.64s\"", (char *)r);

	r = reg_data(&m);
	r = access_reg(fd, &m, MLX5CTL_REG_CORE_DUMP, MLX5CTL_ACCESS_REG_OP_MOD_READ,
		       PRM_SZ(core_dump_reg));
	CHECK_STATUS(&m, 0, 0, "CORE_DUMP");
	CHECK(PRM_GET(core_dump_reg, r, core_dump_type) == 1 && PRM_GET(core_dump_reg, r, vhca_id) == DEV0,
	      "CORE_DUMP type %u vhca %u", PRM_GET(core_dump_reg, r, core_dump_type),
	      PRM_GET(core_dump_reg, r, vhca_id));
	close(fd);
}

static void reg_read_only_registers_refuse_writes(void)
{
	static const struct { uint16_t id; uint32_t size; } ro[] = {
		{ MLX5CTL_REG_MCAM, PRM_SZ(mcam_reg) }, { MLX5CTL_REG_PCAM, PRM_SZ(pcam_reg) },
		{ MLX5CTL_REG_QCAM, PRM_SZ(qcam_reg) }, { MLX5CTL_REG_MCQS, PRM_SZ(mcqs_reg) },
		{ MLX5CTL_REG_DTOR, PRM_SZ(dtor_reg) }, { MLX5CTL_REG_NODE_DESC, PRM_SZ(node_desc_reg) },
		{ MLX5CTL_REG_CORE_DUMP, PRM_SZ(core_dump_reg) }, { MLX5CTL_REG_PDDR, PRM_SZ(pddr_reg) },
	};
	struct mbox m;
	unsigned int i;
	int fd = open_dev(DEV0);

	for (i = 0; i < sizeof(ro) / sizeof(ro[0]); i++) {
		reg_data(&m);
		access_reg(fd, &m, ro[i].id, MLX5CTL_ACCESS_REG_OP_MOD_WRITE, ro[i].size);
		CHECK(out_status(&m) == MLX5CTL_CMD_STATUS_BAD_PARAM && out_syndrome(&m) == SYN_REG_READ_ONLY,
		      "a write to register %#x: status %#x syndrome %#x", ro[i].id, out_status(&m),
		      out_syndrome(&m));
	}
	close(fd);
}

const struct test_case register_cases[] = {
	TEST(reg_cam_masks_list_the_registers, 30),
	TEST(reg_pmtu_reads_and_writes_the_mtu, 30),
	TEST(reg_pplm_follows_the_fec_chosen, 30),
	TEST(reg_pddr_says_why_the_link_is_down, 30),
	TEST(reg_self_description_registers, 30),
	TEST(reg_read_only_registers_refuse_writes, 30),
};
const unsigned int register_cases_len = sizeof(register_cases) / sizeof(register_cases[0]);
