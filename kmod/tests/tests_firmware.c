// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Guest test cases: the simulator behaves like firmware. Every command and
 * register mlx5ctl_sim implements and every knob it has (debugfs and sysfs),
 * reached only through the driver's ioctls. Expected values are the ones the
 * simulator documents in kmod/sim, or ones a case sets through a knob and then
 * reads back through a command.
 *
 * Cases that change port or identity state work on a device of their own
 * (DEV_FW), created fresh, so the shared devices stay as they were.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "tests.h"

#define DEV_FW 20

/* The simulator's syndromes (enum sim_syndrome in kmod/sim/sim.h): stable by design. */
#define SYN_BAD_INP_LEN 0x5e000001
#define SYN_BAD_OUTP_LEN 0x5e000002
#define SYN_BAD_OP_MOD 0x5e000004
#define SYN_BAD_CAP_TYPE 0x5e000005
#define SYN_NO_RES 0x5e000009
#define SYN_BAD_OBJ 0x5e00000a
#define SYN_OBJ_IN_USE 0x5e00000b
#define SYN_BAD_REG 0x5e000010
#define SYN_REG_READ_ONLY 0x5e000011
#define SYN_BAD_FIELD 0x5e000012
#define SYN_NO_TOOLS_CAP 0x5e000013
#define SYN_BAD_MKEY_RANGE 0x5e000014
#define SYN_BAD_ACCESS 0x5e000015

/* PBMC (port buffer management): a register the simulator lacks, as PCAM says. */
#define REG_PBMC 0x500c

/* The one port of a simulated device. */
#define LOCAL_PORT 1

/* Traffic rates of the pretend link (kmod/sim/port.c), per second. */
#define RATE_RX_UCAST 812345ull
#define UCAST_BYTES 1024
#define MCAST_BYTES 128

/* PTYS Ethernet link modes the simulated port supports (port.c). */
#define ETH_40GBASE_CR4 MLX5CTL_PTYS_ETH_PROTO_40GBASE_CR4
#define ETH_10GBASE_CR MLX5CTL_PTYS_ETH_PROTO_10GBASE_CR
#define ETH_100GBASE_CR4 MLX5CTL_PTYS_ETH_PROTO_100GBASE_CR4
#define ETH_25GBASE_CR MLX5CTL_PTYS_ETH_PROTO_25GBASE_CR
#define ETH_50GBASE_CR2 MLX5CTL_PTYS_ETH_PROTO_50GBASE_CR2
#define ETH_CAPABILITY (ETH_10GBASE_CR | ETH_25GBASE_CR | ETH_40GBASE_CR4 | \
			ETH_50GBASE_CR2 | ETH_100GBASE_CR4)

/*
 * Resource dump: the segments are mlx5_ifc.h's resource_dump_*_segment, the
 * framing types the schema's resource_dump_segment_type; the resource types
 * are the simulator's (resdump.c).
 */
#define RD_MENU MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_MENU
#define RD_INFO MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_DUMP_INFO
#define RD_TERMINATE MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_TERMINATE
#define RD_COMMAND MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_COMMAND
#define RD_UMEM 0x1001
#define RD_PD 0x1002
#define RD_MKEY 0x1003
#define RD_FW_TRACE 0x1004
#define RD_CR_SPACE 0x1005
#define RD_CORE_PAGE 4096
#define RD_TRACE_RECORDS 8192
#define RD_TRACE_TEXT 64

/* A PMLP lane<n>_module_mapping: port lane to module @module, lanes @rx, @tx. */
static uint32_t lane_map(uint32_t rx, uint32_t tx, uint32_t module)
{
	unsigned char map[4] = {};

	PRM_SET(lane_2_module_mapping, map, rx_lane, rx);
	PRM_SET(lane_2_module_mapping, map, tx_lane, tx);
	PRM_SET(lane_2_module_mapping, map, module, module);
	return (uint32_t)map[0] << 24 | map[1] << 16 | map[2] << 8 | map[3];
}

#define CHECK_FW(m, st, syn)						\
	CHECK(out_status(m) == (uint32_t)(st) &&			\
	      out_syndrome(m) == (uint32_t)(syn),			\
	      "status %#x syndrome %#x, want %#x syndrome %#x",	\
	      out_status(m), out_syndrome(m), (uint32_t)(st), (uint32_t)(syn))
#define CHECK_FW_OK(m) CHECK_FW(m, MLX5CTL_CMD_STATUS_OK, 0)

/* ---- helpers ------------------------------------------------------------- */

/*
 * One command through the scoped RPC; the ioctl must succeed (a failure is
 * reported at the caller's line). The firmware status.
 */
#define fw_rpc_at(fd, scope, m, inlen, outlen) ({			\
	struct mbox *_m = (m);						\
	CHECK_OK(rpc(fd, scope, _m->in, inlen, _m->out, outlen));	\
	out_status(_m);							\
})
#define fw_rpc(fd, m, inlen, outlen) \
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m, inlen, outlen)

/* An ACCESS_REG of register @id; returns the register in the inbox. */
static void *reg_in(struct mbox *m, uint16_t id, uint16_t op_mod)
{
	hdr_in(m, MLX5CTL_CMD_OP_ACCESS_REG, op_mod);
	PRM_SET(access_register_in, m->in, register_id, id);
	return PRM_ADDR_OF(access_register_in, m->in, register_data);
}

static void *reg_out(struct mbox *m)
{
	return PRM_ADDR_OF(access_register_out, m->out, register_data);
}

/*
 * Sends the ACCESS_REG reg_in() built, with room for a register of @size:
 * reads at debug-read-only, writes at debug-write-full, which every
 * register's write scope allows (the policy per register is tested apart,
 * tests_trust.c); these cases test the firmware.
 */
static uint32_t reg_rpc(int fd, struct mbox *m, size_t size)
{
	uint32_t scope = PRM_GET(access_register_in, m->in, op_mod) == MLX5CTL_ACCESS_REG_OP_MOD_READ ?
			 MLX5CTL_RPC_DEBUG_READ_ONLY : MLX5CTL_RPC_DEBUG_WRITE_FULL;

	return fw_rpc_at(fd, scope, m, PRM_SZ(access_register_in) + size,
			 PRM_SZ(access_register_out) + size);
}

#define REG_READ MLX5CTL_ACCESS_REG_OP_MOD_READ
#define REG_WRITE MLX5CTL_ACCESS_REG_OP_MOD_WRITE

/* A fresh DEV_FW: born now, port and identity at their defaults. */
static int fresh_dev(void)
{
	char node[128];

	dev_node(DEV_FW, node, sizeof(node));
	if (access(node, F_OK) == 0)
		remove_dev(DEV_FW);
	create_dev(DEV_FW);
	return open_dev(DEV_FW);
}

static void done_dev(int fd)
{
	close(fd);
	remove_dev(DEV_FW);
}

static void sysfs_path(unsigned int id, const char *attr, char *buf, size_t len)
{
	snprintf(buf, len, SIM_BUS "/devices/mlx5ctl_sim%u/%s", id, attr);
}

/* The simulated device's sysfs attribute @attr, without its newline. */
static void sim_attr(unsigned int id, const char *attr, char *buf, size_t len)
{
	char path[256];
	ssize_t n;
	int fd;

	sysfs_path(id, attr, path, sizeof(path));
	fd = open(path, O_RDONLY | O_CLOEXEC);
	CHECK(fd >= 0, "open %s: %s", path, errname(errno));
	n = read(fd, buf, len - 1);
	close(fd);
	CHECK(n > 0, "read %s: %s", path, n < 0 ? errname(errno) : "empty");
	buf[n] = '\0';
	if (buf[n - 1] == '\n')
		buf[n - 1] = '\0';
}

static int sim_attr_set(unsigned int id, const char *attr, const char *v)
{
	char path[256];

	sysfs_path(id, attr, path, sizeof(path));
	return write_string(path, v);
}

static void sim_mac(unsigned int id, unsigned char mac[6])
{
	char s[64];

	sim_attr(id, "mac", s, sizeof(s));
	CHECK(sscanf(s, "%hhx:%hhx:%hhx:%hhx:%hhx:%hhx", &mac[0], &mac[1],
		     &mac[2], &mac[3], &mac[4], &mac[5]) == 6,
	      "sysfs mac \"%s\"", s);
}

static void sleep_ms(unsigned int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* A QUERY_HCA_CAP of @type, current or maximum; returns the capability block. */
static void *query_cap(int fd, struct mbox *m, uint16_t type, int cur)
{
	hdr_in(m, MLX5CTL_CMD_OP_QUERY_HCA_CAP, type << 1 | !!cur);
	fw_rpc(fd, m, PRM_SZ(query_hca_cap_in), PRM_SZ(query_hca_cap_out));
	CHECK_FW_OK(m);
	return PRM_ADDR_OF(query_hca_cap_out, m->out, capability);
}

static void paos_write(int fd, uint32_t admin)
{
	struct mbox m;
	void *r = reg_in(&m, MLX5CTL_REG_PAOS, REG_WRITE);

	PRM_SET(paos_reg, r, local_port, LOCAL_PORT);
	PRM_SET(paos_reg, r, admin_status, admin);
	PRM_SET(paos_reg, r, ase, 1);
	reg_rpc(fd, &m, PRM_SZ(paos_reg));
	CHECK_FW_OK(&m);
}

struct vport_ctrs {
	uint64_t rx_ucast, rx_ucast_octets, rx_mcast, rx_mcast_octets;
};

static void vport_counters(int fd, int clear, struct vport_ctrs *c)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_VPORT_COUNTER, 0);
	PRM_SET(query_vport_counter_in, m.in, clear, clear);
	fw_rpc(fd, &m, PRM_SZ(query_vport_counter_in),
	       PRM_SZ(query_vport_counter_out));
	CHECK_FW_OK(&m);
	c->rx_ucast = PRM_GET64(query_vport_counter_out, m.out,
				received_eth_unicast.packets);
	c->rx_ucast_octets = PRM_GET64(query_vport_counter_out, m.out,
				       received_eth_unicast.octets);
	c->rx_mcast = PRM_GET64(query_vport_counter_out, m.out,
				received_eth_multicast.packets);
	c->rx_mcast_octets = PRM_GET64(query_vport_counter_out, m.out,
				       received_eth_multicast.octets);
}

/* PPCNT IEEE 802.3 frames received OK. */
static uint64_t ppcnt_frames_rx(int fd, int clear)
{
	struct mbox m;
	void *r = reg_in(&m, MLX5CTL_REG_PPCNT, REG_READ), *set;

	PRM_SET(ppcnt_reg, r, local_port, LOCAL_PORT);
	PRM_SET(ppcnt_reg, r, grp, MLX5CTL_PPCNT_GRP_IEEE_802_3);
	PRM_SET(ppcnt_reg, r, clr, clear);
	reg_rpc(fd, &m, PRM_SZ(ppcnt_reg));
	CHECK_FW_OK(&m);
	set = PRM_ADDR_OF(ppcnt_reg, reg_out(&m), counter_set);
	return (uint64_t)PRM_GET(eth_802_3_cntrs_grp_data_layout, set,
				 a_frames_received_ok_high) << 32 |
	       PRM_GET(eth_802_3_cntrs_grp_data_layout, set,
		       a_frames_received_ok_low);
}

/* ---- stateless commands and capabilities ------------------------------------ */

static void fw_nop_and_query_issi_answer(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	CHECK_FW_OK(&m);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ISSI, 0);
	fw_rpc(fd, &m, PRM_SZ(query_issi_in), PRM_SZ(query_issi_out));
	CHECK_FW_OK(&m);
	/* ISSI 1 in use, 0 and 1 supported. */
	CHECK(PRM_GET(query_issi_out, m.out, current_issi) == 1 &&
	      PRM_GET(query_issi_out, m.out, supported_issi_dw0) == 0x3,
	      "current_issi %u supported %#x", PRM_GET(query_issi_out, m.out, current_issi),
	      PRM_GET(query_issi_out, m.out, supported_issi_dw0));
	close(fd);
}

/* General caps: a driver lowered some limits; current <= maximum, the rest equal. */
static void fw_hca_cap_general_max_vs_current(void)
{
	struct mbox mx, cu;
	void *max, *cur;
	int fd = open_dev(DEV1);

	max = query_cap(fd, &mx, MLX5CTL_CAP_GENERAL, 0);
	cur = query_cap(fd, &cu, MLX5CTL_CAP_GENERAL, 1);
	CHECK(PRM_GET(cmd_hca_cap, max, log_max_qp) == 0x12 &&
	      PRM_GET(cmd_hca_cap, cur, log_max_qp) == 0x11,
	      "log_max_qp max %#x current %#x", PRM_GET(cmd_hca_cap, max, log_max_qp),
	      PRM_GET(cmd_hca_cap, cur, log_max_qp));
	CHECK(PRM_GET(cmd_hca_cap, max, max_num_eqs) == 0x400 &&
	      PRM_GET(cmd_hca_cap, cur, max_num_eqs) == 0x100,
	      "max_num_eqs max %#x current %#x", PRM_GET(cmd_hca_cap, max, max_num_eqs),
	      PRM_GET(cmd_hca_cap, cur, max_num_eqs));
	CHECK(PRM_GET(cmd_hca_cap, max, log_max_pd) == 0x18 &&
	      PRM_GET(cmd_hca_cap, cur, log_max_pd) == 0x18,
	      "log_max_pd max %#x current %#x", PRM_GET(cmd_hca_cap, max, log_max_pd),
	      PRM_GET(cmd_hca_cap, cur, log_max_pd));
	/* Who the device is does not depend on max or current. */
	CHECK(PRM_GET(cmd_hca_cap, max, vhca_id) == DEV1 &&
	      PRM_GET(cmd_hca_cap, cur, vhca_id) == DEV1, "vhca_id %u/%u, want %u",
	      PRM_GET(cmd_hca_cap, max, vhca_id), PRM_GET(cmd_hca_cap, cur, vhca_id), DEV1);
	CHECK(PRM_GET(cmd_hca_cap, cur, port_type) == MLX5CTL_PORT_TYPE_ETH &&
	      PRM_GET(cmd_hca_cap, cur, num_ports) == 1,
	      "port_type %u num_ports %u", PRM_GET(cmd_hca_cap, cur, port_type),
	      PRM_GET(cmd_hca_cap, cur, num_ports));
	close(fd);
}

static void fw_hca_cap_offload_roce_qos_max_vs_current(void)
{
	struct mbox mx, cu;
	void *max, *cur;
	int fd = open_dev(DEV1);

	max = query_cap(fd, &mx, MLX5CTL_CAP_ETHERNET_OFFLOADS, 0);
	cur = query_cap(fd, &cu, MLX5CTL_CAP_ETHERNET_OFFLOADS, 1);
#define ETH(p, f) PRM_GET(per_protocol_networking_offload_caps, p, f)
	CHECK(ETH(max, csum_cap) == 1 && ETH(cur, csum_cap) == 1 &&
	      ETH(max, lro_min_mss_size) == 0x500 && ETH(cur, lro_min_mss_size) == 0x500 &&
	      ETH(cur, max_lso_cap) == 0x12,
	      "ethernet offloads: csum %u/%u lro_min_mss %#x/%#x max_lso %#x",
	      ETH(max, csum_cap), ETH(cur, csum_cap), ETH(max, lro_min_mss_size),
	      ETH(cur, lro_min_mss_size), ETH(cur, max_lso_cap));
#undef ETH

	max = query_cap(fd, &mx, MLX5CTL_CAP_ROCE, 0);
	cur = query_cap(fd, &cu, MLX5CTL_CAP_ROCE, 1);
	CHECK(PRM_GET(roce_cap, max, roce_address_table_size) == 0x100 &&
	      PRM_GET(roce_cap, cur, roce_address_table_size) == 0x80,
	      "roce_address_table_size max %#x current %#x",
	      PRM_GET(roce_cap, max, roce_address_table_size),
	      PRM_GET(roce_cap, cur, roce_address_table_size));
	CHECK(PRM_GET(roce_cap, cur, r_roce_dest_udp_port) == 4791,
	      "RoCE UDP port %u", PRM_GET(roce_cap, cur, r_roce_dest_udp_port));

	max = query_cap(fd, &mx, MLX5CTL_CAP_QOS, 0);
	cur = query_cap(fd, &cu, MLX5CTL_CAP_QOS, 1);
	CHECK(PRM_GET(qos_cap, max, packet_pacing_rate_table_size) == 0x100 &&
	      PRM_GET(qos_cap, cur, packet_pacing_rate_table_size) == 0x80,
	      "packet_pacing_rate_table_size max %#x current %#x",
	      PRM_GET(qos_cap, max, packet_pacing_rate_table_size),
	      PRM_GET(qos_cap, cur, packet_pacing_rate_table_size));
	CHECK(PRM_GET(qos_cap, cur, packet_pacing_max_rate) == 100000000 &&
	      PRM_GET(qos_cap, cur, packet_pacing_min_rate) == 1000,
	      "packet pacing rates %u..%u", PRM_GET(qos_cap, cur, packet_pacing_min_rate),
	      PRM_GET(qos_cap, cur, packet_pacing_max_rate));
	close(fd);
}

/*
 * Every cap type of mlx5_ifc.h's hca_cap_union answers, maximum and current,
 * with a value of its own, and the general block claims each by its bit.
 */
#define CAP_CHECK(type, layout, field, want) \
	{ MLX5CTL_CAP_##type, #type "." #field, PRM_OFF(layout, field), PRM_WIDTH(layout, field), want }

static void fw_hca_cap_every_type_answers(void)
{
	static const struct {
		uint16_t type;
		const char *what;
		uint32_t off, width, want;
	} checks[] = {
		CAP_CHECK(GENERAL, cmd_hca_cap, device_frequency_khz, 1000),
		CAP_CHECK(GENERAL, cmd_hca_cap, pg, 1),
		CAP_CHECK(GENERAL, cmd_hca_cap, atomic, 1),
		CAP_CHECK(GENERAL, cmd_hca_cap, nic_flow_table, 1),
		CAP_CHECK(GENERAL, cmd_hca_cap, eswitch_manager, 1),
		CAP_CHECK(GENERAL, cmd_hca_cap, hca_cap_2, 1),
		CAP_CHECK(GENERAL, cmd_hca_cap, debug, 1),
		CAP_CHECK(ETHERNET_OFFLOADS, per_protocol_networking_offload_caps, csum_cap, 1),
		CAP_CHECK(ODP, odp_cap, rc_odp_caps.send, 1),
		CAP_CHECK(ATOMIC, atomic_caps, atomic_size_qp, 8),
		CAP_CHECK(ROCE, roce_cap, r_roce_dest_udp_port, 4791),
		CAP_CHECK(FLOW_TABLE, flow_table_nic_cap, flow_table_properties_nic_receive.max_ft_level, 0x40),
		CAP_CHECK(ESWITCH_FLOW_TABLE, flow_table_eswitch_cap, flow_source, 1),
		CAP_CHECK(ESWITCH, e_switch_cap, vxlan_encap_decap, 1),
		CAP_CHECK(VECTOR_CALC, vector_calc_cap, max_vec_count, 0x10),
		CAP_CHECK(QOS, qos_cap, packet_pacing, 1),
		CAP_CHECK(DEBUG, debug_cap, resource_dump, 1),
		CAP_CHECK(DEV_MEM, device_mem_cap, memic, 1),
		CAP_CHECK(TLS, tls_cap, tls_1_3_aes_gcm_256, 1),
		CAP_CHECK(VDPA_EMULATION, virtio_emulation_cap, max_num_virtio_queues, 0x100),
		CAP_CHECK(IPSEC, ipsec_cap, ipsec_esn, 1),
		CAP_CHECK(SHAMPO, shampo_cap, shampo_min_mss_size, 0x200),
		CAP_CHECK(MACSEC, macsec_cap, log_max_macsec_offload, 0),
		CAP_CHECK(GENERAL_2, cmd_hca_cap_2, log_min_mkey_entity_size, 0xc),
		CAP_CHECK(PORT_SELECTION, port_selection_cap, port_select_flow_table, 1),
		CAP_CHECK(ADV_VIRTUALIZATION, adv_virtualization_cap, pg_track_log_max_page_size, 0x1e),
	};
	unsigned int i, types = 0;
	uint16_t last = 0xffff;
	struct mbox m;
	int cur, fd = open_dev(DEV0);

	for (i = 0; i < sizeof(checks) / sizeof(checks[0]); i++) {
		for (cur = 0; cur <= 1; cur++) {
			void *cap = query_cap(fd, &m, checks[i].type, cur);
			uint32_t got = prm_get(cap, checks[i].off, checks[i].width);

			CHECK(got == checks[i].want, "%s (%s) is %#x, want %#x", checks[i].what,
			      cur ? "current" : "maximum", got, checks[i].want);
		}
		types += checks[i].type != last;
		last = checks[i].type;
	}
	/* The 20 types of the union: general, general_2 and the 18 others. */
	CHECK(types == 20, "%u cap types checked", types);
	close(fd);
}

/* A cap type the device does not model, or another function's caps: BAD_PARAM. */
static void fw_hca_cap_unmodelled_type_is_bad_param(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	/* Cap type 5 (IPoIB offloads) has no block in mlx5_ifc.h's union. */
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_HCA_CAP, 5 << 1 | 1);
	fw_rpc(fd, &m, PRM_SZ(query_hca_cap_in), PRM_SZ(query_hca_cap_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_CAP_TYPE);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_HCA_CAP, MLX5CTL_CAP_GENERAL << 1 | 1);
	PRM_SET(query_hca_cap_in, m.in, other_function, 1);
	PRM_SET(query_hca_cap_in, m.in, function_id, 1);
	fw_rpc(fd, &m, PRM_SZ(query_hca_cap_in), PRM_SZ(query_hca_cap_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	close(fd);
}

/* A child holding CAP_NET_RAW and CAP_SYS_ADMIN only: RAW_TX and TOOLS_RESOURCES. */
static void uctx_without_rawio(void *arg)
{
	struct mlx5ctl_info i;
	struct mbox m;
	int fd;

	(void)arg;
	CHECK(!caps_limit(CAP_BIT(CAP_NET_RAW) | CAP_BIT(CAP_SYS_ADMIN)), "capset failed");
	fd = open_dev(DEV1);
	get_info(fd, &i);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_UCTX, 0);
	fw_rpc(fd, &m, PRM_SZ(query_uctx_in), PRM_SZ(query_uctx_out));
	CHECK_FW_OK(&m);
	CHECK(i.uctx_cap == 0x5 && PRM_GET(query_uctx_out, m.out, uctx.cap) == 0x5,
	      "INFO uctx_cap %#x, QUERY_UCTX cap %#x, want 0x5", i.uctx_cap,
	      PRM_GET(query_uctx_out, m.out, uctx.cap));
	close(fd);
}

/*
 * The uctx_cap knob is the HCA cap the firmware reports and enforces. The
 * driver reads the cap once, when it binds the device (as mlx5_core reads
 * caps at probe), so a cap withdrawn later is refused by the firmware when a
 * new file asks for it: that file gets no context, and none is left behind.
 * Files that do not ask for it, and files opened before, keep working.
 */
static void fw_uctx_cap_knob_is_the_hca_cap_the_firmware_enforces(void)
{
	long long uctxs = sim_count(DEV1, "uctx_count");
	struct mbox m;
	void *cap;
	int fd, old = open_dev(DEV1);

	CHECK_OK(nop_rpc(old, MLX5CTL_RPC_CONFIGURATION, &m));
	sim_knob(DEV1, "uctx_cap", MLX5CTL_UCTX_CAP_RAW_TX | MLX5CTL_UCTX_CAP_TOOLS_RESOURCES);
	CHECK(sim_count(DEV1, "uctx_cap") == 0x5, "uctx_cap knob reads %#llx",
	      sim_count(DEV1, "uctx_cap"));
	cap = query_cap(old, &m, MLX5CTL_CAP_GENERAL, 1);
	CHECK(PRM_GET(cmd_hca_cap, cap, uctx_cap) == 0x5, "HCA cap uctx_cap %#x, want 0x5",
	      PRM_GET(cmd_hca_cap, cap, uctx_cap));

	/*
	 * Root asks for INTERNAL_DEVICE_RESOURCES, which the device no longer
	 * offers: the file's context cannot be made, whether the driver makes
	 * it at open or at the first ioctl.
	 */
	fd = dev_open(DEV1);
	if (fd >= 0) {
		CHECK_ERR(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m), EINVAL);
		close(fd);
	} else {
		CHECK(errno == EINVAL, "open: %s, want EINVAL", errname(errno));
	}
	CHECK(sim_count(DEV1, "uctx_count") == uctxs + 1, "uctx_count %lld, want %lld",
	      sim_count(DEV1, "uctx_count"), uctxs + 1);
	test_in_child(uctx_without_rawio, NULL);
	CHECK_OK(nop_rpc(old, MLX5CTL_RPC_CONFIGURATION, &m));
	CHECK_FW_OK(&m);

	sim_knob(DEV1, "uctx_cap", UCTX_CAP_ALL);
	close(open_dev(DEV1));
	close(old);
}

/*
 * new_device takes the device's uctx_cap after its id, so the core sees it
 * from the first command at bind: the file's context is made within it and
 * INFO and DEVICE_INFO report it, where the debugfs knob comes too late.
 */
static void fw_new_device_with_uctx_cap_reports_it_from_bind(void)
{
	struct mlx5ctl_device_info di = { .size = sizeof(di) };
	struct mlx5ctl_info i;
	char node[128], arg[32];
	int fd, ms;

	dev_node(DEV_FW, node, sizeof(node));
	if (access(node, F_OK) == 0)
		remove_dev(DEV_FW);
	snprintf(arg, sizeof(arg), "%u 0x1", DEV_FW);
	CHECK(!write_string(SIM_BUS "/new_device", arg), "new_device \"%s\"", arg);
	for (ms = 0; access(node, F_OK) && ms < 2000; ms++)
		usleep(1000);
	fd = open_dev(DEV_FW);
	CHECK(sim_count(DEV_FW, "uctx_cap") == MLX5CTL_UCTX_CAP_RAW_TX,
	      "uctx_cap knob %#llx, want 0x1", sim_count(DEV_FW, "uctx_cap"));
	get_info(fd, &i);
	CHECK(i.dev_uctx_cap == MLX5CTL_UCTX_CAP_RAW_TX && !(i.uctx_cap & ~i.dev_uctx_cap),
	      "INFO dev_uctx_cap %#x uctx_cap %#x, want 0x1 and within it", i.dev_uctx_cap,
	      i.uctx_cap);
	CHECK_OK(device_info(fd, &di));
	CHECK(di.dev_uctx_cap == MLX5CTL_UCTX_CAP_RAW_TX && di.uctx_cap == i.uctx_cap,
	      "DEVICE_INFO dev_uctx_cap %#x uctx_cap %#x, want 0x1 and %#x", di.dev_uctx_cap,
	      di.uctx_cap, i.uctx_cap);
	done_dev(fd);
}

/* A new_device line with anything but an id and a hex cap is refused whole. */
static void fw_new_device_refuses_malformed_lines(void)
{
	/* Each: what goes before and after the id. */
	static const char *const bad[][2] = {
		{ "", " zz" }, { "", " 0x1 junk" }, { "", "x" }, { "x", "" },
	};
	char node[128], arg[32];
	unsigned int i;
	int err;

	dev_node(DEV_FW, node, sizeof(node));
	if (access(node, F_OK) == 0)
		remove_dev(DEV_FW);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(arg, sizeof(arg), "%s%u%s", bad[i][0], DEV_FW, bad[i][1]);
		err = write_string(SIM_BUS "/new_device", arg);
		CHECK(err == -EINVAL, "new_device \"%s\": %d, want -EINVAL", arg, err);
		CHECK(access(node, F_OK) != 0, "new_device \"%s\" created %s", arg, node);
	}
}

/*
 * Numbers out of range are refused, not truncated: 4294967298 is not device
 * 2, 0x1ffffffff no cap 0xffffffff, and "0x" no number at all.
 */
static void fw_new_device_refuses_out_of_range_numbers(void)
{
	static const struct {
		const char *line;
		unsigned int id;	/* the device a truncation would make */
	} bad[] = {
		{ "4294967298", 2 }, { "12 0x1ffffffff", 12 }, { "14 0x", 14 },
		{ "15 1234567890abcdef", 15 }, { "-1", 4294967295u },
	};
	char node[128];
	unsigned int i;
	int err;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		dev_node(bad[i].id, node, sizeof(node));
		err = write_string(SIM_BUS "/new_device", bad[i].line);
		CHECK(err == -EINVAL, "new_device \"%s\": %d, want -EINVAL",
		      bad[i].line, err);
		CHECK(access(node, F_OK) != 0, "new_device \"%s\" created %s",
		      bad[i].line, node);
	}
}

static void fw_query_uctx_reports_the_files_caps(void)
{
	struct mlx5ctl_info i;
	struct mbox m;
	int fd = open_dev(DEV0);

	get_info(fd, &i);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_UCTX, 0);
	fw_rpc(fd, &m, PRM_SZ(query_uctx_in), PRM_SZ(query_uctx_out));
	CHECK_FW_OK(&m);
	CHECK(PRM_GET(query_uctx_out, m.out, uctx.cap) == i.uctx_cap &&
	      i.uctx_cap == UCTX_CAP_ALL,
	      "QUERY_UCTX cap %#x, INFO uctx_cap %#x, want %#x",
	      PRM_GET(query_uctx_out, m.out, uctx.cap), i.uctx_cap, UCTX_CAP_ALL);
	close(fd);
}

/* ---- identity ------------------------------------------------------------- */

static void query_adapter_psid(int fd, char psid[17])
{
	struct mbox m;
	void *blk;

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ADAPTER, 0);
	fw_rpc(fd, &m, PRM_SZ(query_adapter_in), PRM_SZ(query_adapter_out));
	CHECK_FW_OK(&m);
	blk = PRM_ADDR_OF(query_adapter_out, m.out, query_adapter_struct);
	memcpy(psid, PRM_ADDR_OF(query_adapter_param_block, blk, vsd_contd_psid), 16);
	psid[16] = '\0';
}

static void fw_query_adapter_psid_matches_sysfs(void)
{
	char want[64], psid[17];
	struct mbox m;
	void *blk;
	int fd = open_dev(DEV1);

	sim_attr(DEV1, "psid", want, sizeof(want));
	query_adapter_psid(fd, psid);
	CHECK(!strcmp(psid, want), "QUERY_ADAPTER psid \"%s\", sysfs \"%s\"", psid, want);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ADAPTER, 0);
	fw_rpc(fd, &m, PRM_SZ(query_adapter_in), PRM_SZ(query_adapter_out));
	blk = PRM_ADDR_OF(query_adapter_out, m.out, query_adapter_struct);
	CHECK(PRM_GET(query_adapter_param_block, blk, ieee_vendor_id) == 0x0002c9 &&
	      PRM_GET(query_adapter_param_block, blk, vsd_vendor_id) == 0x15b3,
	      "vendor ids %#x %#x", PRM_GET(query_adapter_param_block, blk, ieee_vendor_id),
	      PRM_GET(query_adapter_param_block, blk, vsd_vendor_id));
	CHECK(!strncmp(PRM_ADDR_OF(query_adapter_param_block, blk, vsd),
		       "mlx5ctl simulated ConnectX", 26), "vsd \"%.26s\"",
	      (char *)PRM_ADDR_OF(query_adapter_param_block, blk, vsd));
	close(fd);
}

static void mgir_read(int fd, struct mbox *m)
{
	reg_in(m, MLX5CTL_REG_MGIR, REG_READ);
	reg_rpc(fd, m, PRM_SZ(mgir_reg));
	CHECK_FW_OK(m);
}

/* sysfs psid and fw_version: set, read back, and seen by QUERY_ADAPTER and MGIR. */
static void fw_identity_knobs_reach_query_adapter_and_mgir(void)
{
	char s[64], psid[17];
	struct mbox m;
	void *fw;
	int fd = fresh_dev();

	CHECK(!sim_attr_set(DEV_FW, "psid", "MT_FWTEST42\n"), "write psid");
	CHECK(!sim_attr_set(DEV_FW, "fw_version", "28.41.1234\n"), "write fw_version");
	sim_attr(DEV_FW, "psid", s, sizeof(s));
	CHECK(!strcmp(s, "MT_FWTEST42"), "sysfs psid reads \"%s\"", s);
	sim_attr(DEV_FW, "fw_version", s, sizeof(s));
	CHECK(!strcmp(s, "28.41.1234"), "sysfs fw_version reads \"%s\"", s);

	query_adapter_psid(fd, psid);
	CHECK(!strcmp(psid, "MT_FWTEST42"), "QUERY_ADAPTER psid \"%s\"", psid);

	mgir_read(fd, &m);
	fw = PRM_ADDR_OF(mgir_reg, reg_out(&m), fw_info);
	CHECK(!strncmp(PRM_ADDR_OF(mgir_fw_info, fw, psid), "MT_FWTEST42", 16),
	      "MGIR psid \"%.16s\"", (char *)PRM_ADDR_OF(mgir_fw_info, fw, psid));
	CHECK(PRM_GET(mgir_fw_info, fw, extended_major) == 28 &&
	      PRM_GET(mgir_fw_info, fw, extended_minor) == 41 &&
	      PRM_GET(mgir_fw_info, fw, extended_sub_minor) == 1234,
	      "MGIR extended version %u.%u.%u", PRM_GET(mgir_fw_info, fw, extended_major),
	      PRM_GET(mgir_fw_info, fw, extended_minor),
	      PRM_GET(mgir_fw_info, fw, extended_sub_minor));
	/* The deprecated 8-bit fields saturate. */
	CHECK(PRM_GET(mgir_fw_info, fw, major) == 28 &&
	      PRM_GET(mgir_fw_info, fw, minor) == 41 &&
	      PRM_GET(mgir_fw_info, fw, sub_minor) == 0xff,
	      "MGIR version %u.%u.%u", PRM_GET(mgir_fw_info, fw, major),
	      PRM_GET(mgir_fw_info, fw, minor), PRM_GET(mgir_fw_info, fw, sub_minor));

	/* Bad identities are refused and change nothing. */
	CHECK(sim_attr_set(DEV_FW, "psid", "\n") == -EINVAL, "an empty psid was accepted");
	CHECK(sim_attr_set(DEV_FW, "psid", "MT_0123456789ABCD") == -EINVAL,
	      "a 17-character psid was accepted");
	CHECK(sim_attr_set(DEV_FW, "psid", "MT 1") == -EINVAL, "a psid with a blank was accepted");
	CHECK(sim_attr_set(DEV_FW, "fw_version", "1.2") == -EINVAL,
	      "fw_version 1.2 was accepted");
	query_adapter_psid(fd, psid);
	CHECK(!strcmp(psid, "MT_FWTEST42"), "QUERY_ADAPTER psid \"%s\" after refused writes",
	      psid);
	done_dev(fd);
}

static void fw_mgir_reports_sysfs_mac_and_is_read_only(void)
{
	unsigned char mac[6];
	struct mbox m;
	void *hw;
	int fd = open_dev(DEV1);

	sim_mac(DEV1, mac);
	mgir_read(fd, &m);
	hw = PRM_ADDR_OF(mgir_reg, reg_out(&m), hardware_info);
	CHECK(PRM_GET(mgir_hardware_info, hw, manufacturing_base_mac_47_32) ==
	      (uint32_t)(mac[0] << 8 | mac[1]) &&
	      PRM_GET(mgir_hardware_info, hw, manufacturing_base_mac_31_0) ==
	      ((uint32_t)mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5]),
	      "MGIR base MAC %04x%08x, sysfs %02x:%02x:%02x:%02x:%02x:%02x",
	      PRM_GET(mgir_hardware_info, hw, manufacturing_base_mac_47_32),
	      PRM_GET(mgir_hardware_info, hw, manufacturing_base_mac_31_0),
	      mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
	/* A ConnectX-6 Dx with one port. */
	CHECK(PRM_GET(mgir_hardware_info, hw, device_id) == 0x101d &&
	      PRM_GET(mgir_hardware_info, hw, num_ports) == 1,
	      "device_id %#x num_ports %u", PRM_GET(mgir_hardware_info, hw, device_id),
	      PRM_GET(mgir_hardware_info, hw, num_ports));
	CHECK(!strncmp(PRM_ADDR_OF(mgir_reg, reg_out(&m), dev_branch_tag), "mlx5ctl-sim", 12),
	      "dev_branch_tag \"%.28s\"", (char *)PRM_ADDR_OF(mgir_reg, reg_out(&m),
							       dev_branch_tag));

	reg_in(&m, MLX5CTL_REG_MGIR, REG_WRITE);
	reg_rpc(fd, &m, PRM_SZ(mgir_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_REG_READ_ONLY);
	close(fd);
}

/* ---- port ------------------------------------------------------------------ */

static void paos_read(int fd, struct mbox *m)
{
	void *r = reg_in(m, MLX5CTL_REG_PAOS, REG_READ);

	PRM_SET(paos_reg, r, local_port, LOCAL_PORT);
	reg_rpc(fd, m, PRM_SZ(paos_reg));
	CHECK_FW_OK(m);
}

static void vport_state(int fd, uint32_t *admin, uint32_t *oper)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_VPORT_STATE, MLX5CTL_VPORT_STATE_OP_MOD_VNIC_VPORT);
	fw_rpc(fd, &m, PRM_SZ(query_vport_state_in), PRM_SZ(query_vport_state_out));
	CHECK_FW_OK(&m);
	*admin = PRM_GET(query_vport_state_out, m.out, admin_state);
	*oper = PRM_GET(query_vport_state_out, m.out, state);
}

static void fw_paos_write_then_read(void)
{
	uint32_t admin, oper;
	struct mbox m;
	void *r;
	int fd = fresh_dev();

	paos_read(fd, &m);
	CHECK(PRM_GET(paos_reg, reg_out(&m), admin_status) == MLX5CTL_PORT_ADMIN_STATUS_UP &&
	      PRM_GET(paos_reg, reg_out(&m), oper_status) == MLX5CTL_PORT_OPER_STATUS_UP,
	      "a new port: admin %u oper %u", PRM_GET(paos_reg, reg_out(&m), admin_status),
	      PRM_GET(paos_reg, reg_out(&m), oper_status));

	paos_write(fd, MLX5CTL_PORT_ADMIN_STATUS_DOWN);
	paos_read(fd, &m);
	CHECK(PRM_GET(paos_reg, reg_out(&m), admin_status) == MLX5CTL_PORT_ADMIN_STATUS_DOWN &&
	      PRM_GET(paos_reg, reg_out(&m), oper_status) == MLX5CTL_PORT_OPER_STATUS_DOWN,
	      "after admin down: admin %u oper %u", PRM_GET(paos_reg, reg_out(&m), admin_status),
	      PRM_GET(paos_reg, reg_out(&m), oper_status));
	vport_state(fd, &admin, &oper);
	CHECK(admin == MLX5CTL_VPORT_STATE_DOWN && oper == MLX5CTL_VPORT_STATE_DOWN,
	      "QUERY_VPORT_STATE admin %u state %u with the port down", admin, oper);

	/* Event generation, written only with ee. */
	r = reg_in(&m, MLX5CTL_REG_PAOS, REG_WRITE);
	PRM_SET(paos_reg, r, local_port, LOCAL_PORT);
	PRM_SET(paos_reg, r, ee, 1);
	PRM_SET(paos_reg, r, e, 2);
	reg_rpc(fd, &m, PRM_SZ(paos_reg));
	CHECK_FW_OK(&m);
	paos_read(fd, &m);
	CHECK(PRM_GET(paos_reg, reg_out(&m), e) == 2 &&
	      PRM_GET(paos_reg, reg_out(&m), admin_status) == MLX5CTL_PORT_ADMIN_STATUS_DOWN,
	      "after ee: e %u admin %u", PRM_GET(paos_reg, reg_out(&m), e),
	      PRM_GET(paos_reg, reg_out(&m), admin_status));

	paos_write(fd, MLX5CTL_PORT_ADMIN_STATUS_UP);
	vport_state(fd, &admin, &oper);
	CHECK(admin == MLX5CTL_VPORT_STATE_UP && oper == MLX5CTL_VPORT_STATE_UP,
	      "QUERY_VPORT_STATE admin %u state %u with the port up again", admin, oper);

	/* Bad values and another port are BAD_PARAM. */
	r = reg_in(&m, MLX5CTL_REG_PAOS, REG_WRITE);
	PRM_SET(paos_reg, r, local_port, LOCAL_PORT);
	PRM_SET(paos_reg, r, admin_status, 0xf);
	PRM_SET(paos_reg, r, ase, 1);
	reg_rpc(fd, &m, PRM_SZ(paos_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	r = reg_in(&m, MLX5CTL_REG_PAOS, REG_READ);
	PRM_SET(paos_reg, r, local_port, 2);
	reg_rpc(fd, &m, PRM_SZ(paos_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	done_dev(fd);
}

/*
 * Counters grow at the link's rate: between two reads by no more than the
 * rate times the time around them, by no less than the rate times the time
 * between them. Unicast octets are 1 KiB frames, multicast 128 B.
 */
static void fw_vport_counters_advance(void)
{
	struct vport_ctrs a, b;
	uint64_t t0, t1, t2, t3, lo, hi;
	int fd = open_dev(DEV1);

	t0 = now_ns();
	vport_counters(fd, 0, &a);
	t1 = now_ns();
	sleep_ms(200);
	t2 = now_ns();
	vport_counters(fd, 0, &b);
	t3 = now_ns();
	lo = RATE_RX_UCAST * (t2 - t1) / 1000000000ull;
	hi = RATE_RX_UCAST * (t3 - t0) / 1000000000ull + 1;
	CHECK(b.rx_ucast - a.rx_ucast >= lo && b.rx_ucast - a.rx_ucast <= hi,
	      "rx unicast grew by %llu in 200 ms, want %llu..%llu",
	      (unsigned long long)(b.rx_ucast - a.rx_ucast), (unsigned long long)lo,
	      (unsigned long long)hi);
	CHECK(b.rx_ucast_octets == b.rx_ucast * UCAST_BYTES &&
	      b.rx_mcast_octets == b.rx_mcast * MCAST_BYTES && b.rx_mcast > a.rx_mcast,
	      "octets %llu for %llu unicast, %llu for %llu multicast (from %llu)",
	      (unsigned long long)b.rx_ucast_octets, (unsigned long long)b.rx_ucast,
	      (unsigned long long)b.rx_mcast_octets, (unsigned long long)b.rx_mcast,
	      (unsigned long long)a.rx_mcast);

	/* clear returns the counts, then starts from zero. */
	t1 = now_ns();
	vport_counters(fd, 1, &a);
	CHECK(a.rx_ucast >= b.rx_ucast, "a clearing read returned %llu, less than %llu",
	      (unsigned long long)a.rx_ucast, (unsigned long long)b.rx_ucast);
	vport_counters(fd, 0, &b);
	t2 = now_ns();
	CHECK(b.rx_ucast <= RATE_RX_UCAST * (t2 - t1) / 1000000000ull + 1 &&
	      b.rx_ucast < a.rx_ucast,
	      "%llu unicast packets %llu us after a clear (before it %llu)",
	      (unsigned long long)b.rx_ucast, (unsigned long long)(t2 - t1) / 1000,
	      (unsigned long long)a.rx_ucast);
	close(fd);
}

/* Each reader clears its own view: PPCNT's clear leaves QUERY_VPORT_COUNTER alone. */
static void fw_ppcnt_counts_and_clears_its_own_view(void)
{
	struct vport_ctrs v0, v1;
	uint64_t a, b;
	struct mbox m;
	void *r;
	int fd = open_dev(DEV1);

	a = ppcnt_frames_rx(fd, 0);
	sleep_ms(100);
	b = ppcnt_frames_rx(fd, 0);
	CHECK(b > a, "PPCNT frames received did not grow: %llu then %llu",
	      (unsigned long long)a, (unsigned long long)b);

	vport_counters(fd, 0, &v0);
	a = ppcnt_frames_rx(fd, 1);
	b = ppcnt_frames_rx(fd, 0);
	CHECK(b < a, "PPCNT after clear %llu, before %llu", (unsigned long long)b,
	      (unsigned long long)a);
	vport_counters(fd, 0, &v1);
	CHECK(v1.rx_ucast >= v0.rx_ucast, "PPCNT's clear cleared the vport counters: %llu then %llu",
	      (unsigned long long)v0.rx_ucast, (unsigned long long)v1.rx_ucast);

	/* RFC 2863 counts the same traffic. */
	r = reg_in(&m, MLX5CTL_REG_PPCNT, REG_READ);
	PRM_SET(ppcnt_reg, r, local_port, LOCAL_PORT);
	PRM_SET(ppcnt_reg, r, grp, MLX5CTL_PPCNT_GRP_RFC_2863);
	reg_rpc(fd, &m, PRM_SZ(ppcnt_reg));
	CHECK_FW_OK(&m);
	r = PRM_ADDR_OF(ppcnt_reg, reg_out(&m), counter_set);
	CHECK(PRM_GET(eth_2863_cntrs_grp_data_layout, r, if_in_ucast_pkts_low) ||
	      PRM_GET(eth_2863_cntrs_grp_data_layout, r, if_in_ucast_pkts_high),
	      "RFC 2863 if_in_ucast_pkts is zero");

	/* A group the device lacks, and a write: BAD_PARAM. */
	r = reg_in(&m, MLX5CTL_REG_PPCNT, REG_READ);
	PRM_SET(ppcnt_reg, r, local_port, LOCAL_PORT);
	PRM_SET(ppcnt_reg, r, grp, MLX5CTL_PPCNT_GRP_INFINIBAND_PORT);
	reg_rpc(fd, &m, PRM_SZ(ppcnt_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	r = reg_in(&m, MLX5CTL_REG_PPCNT, REG_WRITE);
	PRM_SET(ppcnt_reg, r, local_port, LOCAL_PORT);
	reg_rpc(fd, &m, PRM_SZ(ppcnt_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_REG_READ_ONLY);
	close(fd);
}

/* A port taken down carries no traffic: every view stands still. */
static void fw_port_down_stops_counters(void)
{
	struct vport_ctrs a, b;
	uint64_t p0, p1;
	int fd = fresh_dev();

	paos_write(fd, MLX5CTL_PORT_ADMIN_STATUS_DOWN);
	vport_counters(fd, 0, &a);
	p0 = ppcnt_frames_rx(fd, 0);
	sleep_ms(200);
	vport_counters(fd, 0, &b);
	p1 = ppcnt_frames_rx(fd, 0);
	CHECK(a.rx_ucast == b.rx_ucast && p0 == p1,
	      "counters moved with the port down: vport %llu -> %llu, PPCNT %llu -> %llu",
	      (unsigned long long)a.rx_ucast, (unsigned long long)b.rx_ucast,
	      (unsigned long long)p0, (unsigned long long)p1);
	paos_write(fd, MLX5CTL_PORT_ADMIN_STATUS_UP);
	sleep_ms(100);
	vport_counters(fd, 0, &a);
	CHECK(a.rx_ucast > b.rx_ucast, "counters did not resume with the port up: %llu -> %llu",
	      (unsigned long long)b.rx_ucast, (unsigned long long)a.rx_ucast);
	done_dev(fd);
}

static uint32_t q_counter(int fd, struct mbox *m, uint32_t set)
{
	hdr_in(m, MLX5CTL_CMD_OP_QUERY_Q_COUNTER, 0);
	PRM_SET(query_q_counter_in, m->in, counter_set_id, set);
	return fw_rpc(fd, m, PRM_SZ(query_q_counter_in), PRM_SZ(query_q_counter_out));
}

/* Q counter sets 0 to 3 exist, set 0 counts; set 4 is no object. */
static void fw_q_counter_sets_exist_and_set0_counts(void)
{
	uint32_t a, b;
	struct mbox m;
	int fd = open_dev(DEV1);

	q_counter(fd, &m, 0);
	CHECK_FW_OK(&m);
	a = PRM_GET(query_q_counter_out, m.out, rx_write_requests);
	sleep_ms(100);
	q_counter(fd, &m, 0);
	b = PRM_GET(query_q_counter_out, m.out, rx_write_requests);
	CHECK(b > a, "rx_write_requests did not grow: %u then %u", a, b);
	q_counter(fd, &m, 3);
	CHECK_FW_OK(&m);
	CHECK(!PRM_GET(query_q_counter_out, m.out, rx_write_requests) &&
	      !PRM_GET(query_q_counter_out, m.out, out_of_buffer),
	      "the idle set 3 counts");
	q_counter(fd, &m, 4);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OBJ);
	close(fd);
}

static uint64_t eui64(const unsigned char *mac)
{
	return (uint64_t)mac[0] << 56 | (uint64_t)mac[1] << 48 | (uint64_t)mac[2] << 40 |
	       0xfffeull << 24 | (uint64_t)mac[3] << 16 | mac[4] << 8 | mac[5];
}

static void fw_nic_vport_context_reports_sysfs_mac_and_guids(void)
{
	unsigned char mac[6];
	struct mbox m;
	void *nvc, *pa;
	int fd = open_dev(DEV1);

	sim_mac(DEV1, mac);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_NIC_VPORT_CONTEXT, 0);
	fw_rpc(fd, &m, PRM_SZ(query_nic_vport_context_in),
	       PRM_SZ(query_nic_vport_context_out));
	CHECK_FW_OK(&m);
	nvc = PRM_ADDR_OF(query_nic_vport_context_out, m.out, nic_vport_context);
	pa = PRM_ADDR_OF(nic_vport_context, nvc, permanent_address);
	CHECK(PRM_GET(mac_address_layout, pa, mac_addr_47_32) == (uint32_t)(mac[0] << 8 | mac[1]) &&
	      PRM_GET(mac_address_layout, pa, mac_addr_31_0) ==
	      ((uint32_t)mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5]),
	      "permanent address %04x%08x", PRM_GET(mac_address_layout, pa, mac_addr_47_32),
	      PRM_GET(mac_address_layout, pa, mac_addr_31_0));
	CHECK(PRM_GET64(nic_vport_context, nvc, node_guid) == eui64(mac) &&
	      PRM_GET64(nic_vport_context, nvc, port_guid) == eui64(mac) + 1,
	      "node guid %016llx port guid %016llx, want %016llx and one more",
	      (unsigned long long)PRM_GET64(nic_vport_context, nvc, node_guid),
	      (unsigned long long)PRM_GET64(nic_vport_context, nvc, port_guid),
	      (unsigned long long)eui64(mac));
	CHECK(PRM_GET(nic_vport_context, nvc, mtu) == 1500, "mtu %u",
	      PRM_GET(nic_vport_context, nvc, mtu));

	/*
	 * A single PF manages its e-switch and has no VFs: other_vport may
	 * name its own vport (0), as its firmware answers, and no other.
	 */
	PRM_SET(query_nic_vport_context_in, m.in, other_vport, 1);
	fw_rpc(fd, &m, PRM_SZ(query_nic_vport_context_in),
	       PRM_SZ(query_nic_vport_context_out));
	CHECK_FW_OK(&m);
	CHECK(PRM_GET64(nic_vport_context, nvc, node_guid) == eui64(mac),
	      "vport 0 through other_vport is another function: node guid %016llx",
	      (unsigned long long)PRM_GET64(nic_vport_context, nvc, node_guid));
	PRM_SET(query_nic_vport_context_in, m.in, vport_number, 1);
	fw_rpc(fd, &m, PRM_SZ(query_nic_vport_context_in),
	       PRM_SZ(query_nic_vport_context_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_VPORT_COUNTER, 0);
	PRM_SET(query_vport_counter_in, m.in, other_vport, 1);
	fw_rpc(fd, &m, PRM_SZ(query_vport_counter_in), PRM_SZ(query_vport_counter_out));
	CHECK_FW_OK(&m);
	PRM_SET(query_vport_counter_in, m.in, vport_number, 2);
	fw_rpc(fd, &m, PRM_SZ(query_vport_counter_in), PRM_SZ(query_vport_counter_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	close(fd);
}

/* With room for one entry, the current unicast list holds the port's MAC. */
static void fw_nic_vport_context_lists_current_uc_mac(void)
{
	unsigned char mac[6];
	struct mbox m;
	void *nvc, *e;
	int fd = open_dev(DEV1);

	sim_mac(DEV1, mac);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_NIC_VPORT_CONTEXT, 0);
	PRM_SET(query_nic_vport_context_in, m.in, allowed_list_type,
		MLX5CTL_NIC_VPORT_LIST_TYPE_CURRENT_UC);
	fw_rpc(fd, &m, PRM_SZ(query_nic_vport_context_in),
	       PRM_SZ(query_nic_vport_context_out) + PRM_SZ(mac_address_layout));
	CHECK_FW_OK(&m);
	nvc = PRM_ADDR_OF(query_nic_vport_context_out, m.out, nic_vport_context);
	e = PRM_ADDR_OF(nic_vport_context, nvc, current_uc_mac_address);
	CHECK(PRM_GET(nic_vport_context, nvc, allowed_list_size) == 1 &&
	      PRM_GET(mac_address_layout, e, mac_addr_31_0) ==
	      ((uint32_t)mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5]),
	      "list size %u, first %08x", PRM_GET(nic_vport_context, nvc, allowed_list_size),
	      PRM_GET(mac_address_layout, e, mac_addr_31_0));
	close(fd);
}

/* MCIA: @size bytes of the module EEPROM from @addr, page 0, into @buf; the register status. */
static uint32_t mcia_read(int fd, uint32_t addr, uint32_t size, unsigned char *buf)
{
	struct mbox m;
	void *r = reg_in(&m, MLX5CTL_REG_MCIA, REG_READ);

	PRM_SET(mcia_reg, r, i2c_device_address, 0x50);
	PRM_SET(mcia_reg, r, device_address, addr);
	PRM_SET(mcia_reg, r, size, size);
	reg_rpc(fd, &m, PRM_SZ(mcia_reg));
	CHECK_FW_OK(&m);
	memcpy(buf, PRM_ADDR_OF(mcia_reg, reg_out(&m), dwords), size);
	return PRM_GET(mcia_reg, reg_out(&m), status);
}

/* An SFF-8636 QSFP28 direct attach cable: identifier, vendor, checksum. */
static void fw_mcia_page0_identifier_is_qsfp(void)
{
	unsigned char lo[48], up[64];
	unsigned char sum = 0;
	int i, fd = open_dev(DEV1);

	CHECK(mcia_read(fd, 0, 48, lo) == 0, "MCIA register status non-zero");
	CHECK(lo[0] == 0x11, "identifier %#x, want 0x11 (QSFP28)", lo[0]);
	CHECK(lo[2] & 0x04, "status byte %#x: flat memory expected", lo[2]);
	CHECK(mcia_read(fd, 128, 48, up) == 0 && mcia_read(fd, 176, 16, up + 48) == 0,
	      "MCIA register status non-zero");
	CHECK(up[0] == 0x11 && up[2] == 0x23, "upper page identifier %#x connector %#x",
	      up[0], up[2]);
	CHECK(!memcmp(up + 20, "MLX5CTL-SIM     ", 16), "vendor name \"%.16s\"", up + 20);
	CHECK(up[37] == 0x00 && up[38] == 0x02 && up[39] == 0xc9, "vendor OUI %02x%02x%02x",
	      up[37], up[38], up[39]);
	/* CC_BASE (191) is the sum of bytes 128 to 190. */
	for (i = 0; i < 63; i++)
		sum += up[i];
	CHECK(up[63] == sum, "CC_BASE %#x, sum %#x", up[63], sum);
	close(fd);
}

/* A missing module or page is the register's status; bad sizes the command's. */
static void fw_mcia_errors(void)
{
	struct mbox m;
	void *r;
	int fd = open_dev(DEV1);

	r = reg_in(&m, MLX5CTL_REG_MCIA, REG_READ);
	PRM_SET(mcia_reg, r, module, 1);
	PRM_SET(mcia_reg, r, i2c_device_address, 0x50);
	PRM_SET(mcia_reg, r, size, 4);
	reg_rpc(fd, &m, PRM_SZ(mcia_reg));
	CHECK_FW_OK(&m);
	CHECK(PRM_GET(mcia_reg, reg_out(&m), status) == MLX5CTL_MCIA_STATUS_MODULE_NOT_CONNECTED,
	      "module 1: MCIA status %#x, want 0x3 (not connected)",
	      PRM_GET(mcia_reg, reg_out(&m), status));

	r = reg_in(&m, MLX5CTL_REG_MCIA, REG_READ);
	PRM_SET(mcia_reg, r, i2c_device_address, 0x50);
	PRM_SET(mcia_reg, r, page_number, 3);
	PRM_SET(mcia_reg, r, size, 4);
	reg_rpc(fd, &m, PRM_SZ(mcia_reg));
	CHECK_FW_OK(&m);
	CHECK(PRM_GET(mcia_reg, reg_out(&m), status) == MLX5CTL_MCIA_STATUS_I2C_ERROR,
	      "page 3 of flat memory: MCIA status %#x, want 0x9 (I2C error)",
	      PRM_GET(mcia_reg, reg_out(&m), status));

	r = reg_in(&m, MLX5CTL_REG_MCIA, REG_READ);
	PRM_SET(mcia_reg, r, i2c_device_address, 0x50);
	PRM_SET(mcia_reg, r, size, 49);
	reg_rpc(fd, &m, PRM_SZ(mcia_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);

	r = reg_in(&m, MLX5CTL_REG_MCIA, REG_READ);
	PRM_SET(mcia_reg, r, i2c_device_address, 0x50);
	PRM_SET(mcia_reg, r, device_address, 250);
	PRM_SET(mcia_reg, r, size, 16);
	reg_rpc(fd, &m, PRM_SZ(mcia_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	close(fd);
}

/* Only the control bytes (86 on) take writes, and keep them. */
static void fw_mcia_control_bytes_write_then_read(void)
{
	unsigned char b[4];
	struct mbox m;
	unsigned char *d;
	void *r;
	int fd = fresh_dev();

	r = reg_in(&m, MLX5CTL_REG_MCIA, REG_WRITE);
	PRM_SET(mcia_reg, r, i2c_device_address, 0x50);
	PRM_SET(mcia_reg, r, device_address, 86);
	PRM_SET(mcia_reg, r, size, 2);
	d = PRM_ADDR_OF(mcia_reg, r, dwords);
	d[0] = 0x0f;
	d[1] = 0x5a;
	reg_rpc(fd, &m, PRM_SZ(mcia_reg));
	CHECK_FW_OK(&m);
	CHECK(mcia_read(fd, 86, 2, b) == 0 && b[0] == 0x0f && b[1] == 0x5a,
	      "control bytes read back %02x %02x", b[0], b[1]);

	r = reg_in(&m, MLX5CTL_REG_MCIA, REG_WRITE);
	PRM_SET(mcia_reg, r, i2c_device_address, 0x50);
	PRM_SET(mcia_reg, r, device_address, 0);
	PRM_SET(mcia_reg, r, size, 1);
	reg_rpc(fd, &m, PRM_SZ(mcia_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_REG_READ_ONLY);
	CHECK(mcia_read(fd, 0, 1, b) == 0 && b[0] == 0x11, "identifier now %#x", b[0]);
	done_dev(fd);
}

static void mtmp_read(int fd, struct mbox *m)
{
	reg_in(m, MLX5CTL_REG_MTMP, REG_READ);
	reg_rpc(fd, m, PRM_SZ(mtmp_reg));
	CHECK_FW_OK(m);
}

/*
 * The ASIC temperature (port.c): 45 C - 6 C + (id % 4) / 2 C, rising 12 C
 * over the first minute of a device's life, 3 C more with the link up, in
 * 0.125 C units. A young device is on the rising slope.
 */
static void fw_mtmp_temperature_drifts_within_bounds(void)
{
	const uint32_t base = (45 - 6 + 3) * 8 + (DEV_FW % 4) * 4, span = 12 * 8;
	uint32_t t1, t2, t3;
	uint64_t s1, s2;
	struct mbox m;
	void *r;
	int fd = fresh_dev();

	s1 = now_ns();
	mtmp_read(fd, &m);
	r = reg_out(&m);
	t1 = PRM_GET(mtmp_reg, r, temperature);
	CHECK(PRM_GET(mtmp_reg, r, max_temperature) >= t1, "max %u below temperature %u",
	      PRM_GET(mtmp_reg, r, max_temperature), t1);
	CHECK(PRM_GET(mtmp_reg, r, sensor_name_hi) == 0x41534943, "sensor name %#x, want \"ASIC\"",
	      PRM_GET(mtmp_reg, r, sensor_name_hi));
	sleep_ms(2000);
	mtmp_read(fd, &m);
	s2 = now_ns();
	t2 = PRM_GET(mtmp_reg, reg_out(&m), temperature);
	CHECK(t1 >= base && t2 <= base + span, "temperatures %u, %u outside %u..%u", t1, t2,
	      base, base + span);
	/* 96 units a minute: at least 2 in 2 s, no more than the time allows. */
	CHECK(t2 >= t1 + 2 && t2 - t1 <= span * (s2 - s1) / 60000000000ull + 1,
	      "temperature %u then %u over %llu ms", t1, t2,
	      (unsigned long long)(s2 - s1) / 1000000);

	paos_write(fd, MLX5CTL_PORT_ADMIN_STATUS_DOWN);
	mtmp_read(fd, &m);
	t3 = PRM_GET(mtmp_reg, reg_out(&m), temperature);
	/* 3 C less, give or take the drift of a few seconds. */
	CHECK(t3 + 24 - 8 <= t2 && t3 + 24 >= t2, "link down: %u, up it was %u; want 3 C less", t3,
	      t2);

	reg_in(&m, MLX5CTL_REG_MTMP, REG_READ);
	PRM_SET(mtmp_reg, PRM_ADDR_OF(access_register_in, m.in, register_data), sensor_index, 1);
	reg_rpc(fd, &m, PRM_SZ(mtmp_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	done_dev(fd);
}

static void fw_mtmp_thresholds_write_then_read(void)
{
	struct mbox m;
	void *r;
	int fd = fresh_dev();

	mtmp_read(fd, &m);
	r = reg_out(&m);
	CHECK(PRM_GET(mtmp_reg, r, temp_threshold_hi) == 105 * 8 && PRM_GET(mtmp_reg, r, mte) == 1,
	      "defaults: hi %u mte %u", PRM_GET(mtmp_reg, r, temp_threshold_hi),
	      PRM_GET(mtmp_reg, r, mte));

	r = reg_in(&m, MLX5CTL_REG_MTMP, REG_WRITE);
	PRM_SET(mtmp_reg, r, temp_threshold_hi, 90 * 8);
	PRM_SET(mtmp_reg, r, temp_threshold_lo, 70 * 8);
	PRM_SET(mtmp_reg, r, tee, 1);
	/* mtr with mte off: the recorded maximum resets and stays reset. */
	PRM_SET(mtmp_reg, r, mtr, 1);
	reg_rpc(fd, &m, PRM_SZ(mtmp_reg));
	CHECK_FW_OK(&m);
	mtmp_read(fd, &m);
	r = reg_out(&m);
	CHECK(PRM_GET(mtmp_reg, r, temp_threshold_hi) == 90 * 8 &&
	      PRM_GET(mtmp_reg, r, temp_threshold_lo) == 70 * 8 &&
	      PRM_GET(mtmp_reg, r, tee) == 1 && PRM_GET(mtmp_reg, r, mte) == 0 &&
	      PRM_GET(mtmp_reg, r, max_temperature) == 0,
	      "read back hi %u lo %u tee %u mte %u max %u", PRM_GET(mtmp_reg, r, temp_threshold_hi),
	      PRM_GET(mtmp_reg, r, temp_threshold_lo), PRM_GET(mtmp_reg, r, tee),
	      PRM_GET(mtmp_reg, r, mte), PRM_GET(mtmp_reg, r, max_temperature));

	r = reg_in(&m, MLX5CTL_REG_MTMP, REG_WRITE);
	PRM_SET(mtmp_reg, r, temp_threshold_hi, 60 * 8);
	PRM_SET(mtmp_reg, r, temp_threshold_lo, 70 * 8);
	reg_rpc(fd, &m, PRM_SZ(mtmp_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	done_dev(fd);
}

static void ptys_read(int fd, struct mbox *m)
{
	void *r = reg_in(m, MLX5CTL_REG_PTYS, REG_READ);

	PRM_SET(ptys_reg, r, local_port, LOCAL_PORT);
	PRM_SET(ptys_reg, r, proto_mask, MLX5CTL_PTYS_PROTO_MASK_EN);
	reg_rpc(fd, m, PRM_SZ(ptys_reg));
	CHECK_FW_OK(m);
}

/* The link trains to the fastest mode admin allows; down it has none. */
static void fw_ptys_speed_follows_admin(void)
{
	struct mbox m;
	void *r;
	int fd = fresh_dev();

	ptys_read(fd, &m);
	r = reg_out(&m);
	CHECK(PRM_GET(ptys_reg, r, eth_proto_capability) == ETH_CAPABILITY &&
	      PRM_GET(ptys_reg, r, eth_proto_oper) == ETH_100GBASE_CR4 &&
	      PRM_GET(ptys_reg, r, data_rate_oper) == 1000 &&
	      PRM_GET(ptys_reg, r, connector_type) == 7,
	      "capability %#x oper %#x rate %u connector %u",
	      PRM_GET(ptys_reg, r, eth_proto_capability), PRM_GET(ptys_reg, r, eth_proto_oper),
	      PRM_GET(ptys_reg, r, data_rate_oper), PRM_GET(ptys_reg, r, connector_type));

	r = reg_in(&m, MLX5CTL_REG_PTYS, REG_WRITE);
	PRM_SET(ptys_reg, r, local_port, LOCAL_PORT);
	PRM_SET(ptys_reg, r, proto_mask, MLX5CTL_PTYS_PROTO_MASK_EN);
	PRM_SET(ptys_reg, r, eth_proto_admin, ETH_25GBASE_CR | ETH_10GBASE_CR);
	reg_rpc(fd, &m, PRM_SZ(ptys_reg));
	CHECK_FW_OK(&m);
	ptys_read(fd, &m);
	r = reg_out(&m);
	CHECK(PRM_GET(ptys_reg, r, eth_proto_admin) == (ETH_25GBASE_CR | ETH_10GBASE_CR) &&
	      PRM_GET(ptys_reg, r, eth_proto_oper) == ETH_25GBASE_CR &&
	      PRM_GET(ptys_reg, r, data_rate_oper) == 250,
	      "admin %#x oper %#x rate %u", PRM_GET(ptys_reg, r, eth_proto_admin),
	      PRM_GET(ptys_reg, r, eth_proto_oper), PRM_GET(ptys_reg, r, data_rate_oper));

	paos_write(fd, MLX5CTL_PORT_ADMIN_STATUS_DOWN);
	ptys_read(fd, &m);
	r = reg_out(&m);
	CHECK(!PRM_GET(ptys_reg, r, eth_proto_oper) && !PRM_GET(ptys_reg, r, data_rate_oper) &&
	      !PRM_GET(ptys_reg, r, an_status), "link down: oper %#x rate %u an_status %u",
	      PRM_GET(ptys_reg, r, eth_proto_oper), PRM_GET(ptys_reg, r, data_rate_oper),
	      PRM_GET(ptys_reg, r, an_status));

	/* A mode the port lacks, no mode at all, InfiniBand: BAD_PARAM. */
	r = reg_in(&m, MLX5CTL_REG_PTYS, REG_WRITE);
	PRM_SET(ptys_reg, r, local_port, LOCAL_PORT);
	PRM_SET(ptys_reg, r, proto_mask, MLX5CTL_PTYS_PROTO_MASK_EN);
	PRM_SET(ptys_reg, r, eth_proto_admin, 1u << 0);
	reg_rpc(fd, &m, PRM_SZ(ptys_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	PRM_SET(ptys_reg, PRM_ADDR_OF(access_register_in, m.in, register_data),
		eth_proto_admin, 0);
	reg_rpc(fd, &m, PRM_SZ(ptys_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	r = reg_in(&m, MLX5CTL_REG_PTYS, REG_READ);
	PRM_SET(ptys_reg, r, local_port, LOCAL_PORT);
	PRM_SET(ptys_reg, r, proto_mask, MLX5CTL_PTYS_PROTO_MASK_IB);
	reg_rpc(fd, &m, PRM_SZ(ptys_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	done_dev(fd);
}

/* Lanes are remapped only with the port disabled, as the PRM says. */
static void fw_pmlp_remap_needs_port_down(void)
{
	struct mbox m;
	void *r;
	int i, fd = fresh_dev();

	r = reg_in(&m, MLX5CTL_REG_PMLP, REG_READ);
	PRM_SET(pmlp_reg, r, local_port, LOCAL_PORT);
	reg_rpc(fd, &m, PRM_SZ(pmlp_reg));
	CHECK_FW_OK(&m);
	r = reg_out(&m);
	CHECK(PRM_GET(pmlp_reg, r, width) == 4 &&
	      PRM_GET(pmlp_reg, r, lane2_module_mapping) == lane_map(2, 2, 0),
	      "width %u lane 2 %#x", PRM_GET(pmlp_reg, r, width),
	      PRM_GET(pmlp_reg, r, lane2_module_mapping));

	for (i = 0; i < 2; i++) {
		if (i)
			paos_write(fd, MLX5CTL_PORT_ADMIN_STATUS_DOWN);
		r = reg_in(&m, MLX5CTL_REG_PMLP, REG_WRITE);
		PRM_SET(pmlp_reg, r, local_port, LOCAL_PORT);
		PRM_SET(pmlp_reg, r, width, 2);
		PRM_SET(pmlp_reg, r, lane0_module_mapping, lane_map(1, 1, 0));
		PRM_SET(pmlp_reg, r, lane1_module_mapping, 0);
		reg_rpc(fd, &m, PRM_SZ(pmlp_reg));
		if (!i)
			CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_SYS_STATE, SYN_BAD_FIELD);
		else
			CHECK_FW_OK(&m);
	}
	r = reg_in(&m, MLX5CTL_REG_PMLP, REG_READ);
	PRM_SET(pmlp_reg, r, local_port, LOCAL_PORT);
	reg_rpc(fd, &m, PRM_SZ(pmlp_reg));
	r = reg_out(&m);
	CHECK(PRM_GET(pmlp_reg, r, width) == 2 &&
	      PRM_GET(pmlp_reg, r, lane0_module_mapping) == lane_map(1, 1, 0) &&
	      !PRM_GET(pmlp_reg, r, lane2_module_mapping),
	      "after remap: width %u lane0 %#x lane2 %#x", PRM_GET(pmlp_reg, r, width),
	      PRM_GET(pmlp_reg, r, lane0_module_mapping),
	      PRM_GET(pmlp_reg, r, lane2_module_mapping));

	r = reg_in(&m, MLX5CTL_REG_PMLP, REG_WRITE);
	PRM_SET(pmlp_reg, r, local_port, LOCAL_PORT);
	PRM_SET(pmlp_reg, r, width, 3);
	reg_rpc(fd, &m, PRM_SZ(pmlp_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	done_dev(fd);
}

/* ---- diagnostic counters --------------------------------------------------- */

/* SET_DIAGNOSTIC_PARAMS enabling @n counters @ids; returns the context in the inbox. */
static uint32_t set_diag_counters(struct mbox *m, unsigned int n, const uint16_t *ids)
{
	uint32_t inlen = set_diag_in(m) + n * PRM_SZ(counter_id);
	void *dpc = PRM_ADDR_OF(set_diagnostic_params_in, m->in, diagnostic_params_context);
	unsigned char *id = PRM_ADDR_OF(diagnostic_params_context, dpc, counter_id);
	unsigned int i;

	PRM_SET(diagnostic_params_context, dpc, num_of_counters, n);
	PRM_SET(diagnostic_params_context, dpc, enable, 1);
	for (i = 0; i < n; i++)
		PRM_SET(counter_id, id + i * PRM_SZ(counter_id), counter_id, ids[i]);
	return inlen;
}

static void *set_diag_ctx(struct mbox *m)
{
	return PRM_ADDR_OF(set_diagnostic_params_in, m->in, diagnostic_params_context);
}

static void fw_set_diag_params_then_query_reads_back(void)
{
	static const uint16_t ids[] = { 1, 7 }, bad[] = { 99 };
	struct mbox m;
	uint32_t inlen;
	unsigned char *id;
	void *dpc;
	int fd = fresh_dev();

	inlen = set_diag_counters(&m, 2, ids);
	dpc = set_diag_ctx(&m);
	PRM_SET(diagnostic_params_context, dpc, on_demand, 1);
	PRM_SET(diagnostic_params_context, dpc, log_num_of_samples, 2);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, inlen, set_diag_outlen());
	CHECK_FW_OK(&m);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_PARAMS, 0);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_params_in),
	       PRM_SZ(query_diagnostic_params_out) + 2 * PRM_SZ(counter_id));
	CHECK_FW_OK(&m);
	dpc = PRM_ADDR_OF(query_diagnostic_params_out, m.out, diagnostic_params_context);
	id = PRM_ADDR_OF(diagnostic_params_context, dpc, counter_id);
	CHECK(PRM_GET(diagnostic_params_context, dpc, enable) == 1 &&
	      PRM_GET(diagnostic_params_context, dpc, on_demand) == 1 &&
	      PRM_GET(diagnostic_params_context, dpc, log_num_of_samples) == 2 &&
	      PRM_GET(diagnostic_params_context, dpc, num_of_counters) == 2,
	      "read back enable %u on_demand %u log_num_of_samples %u num_of_counters %u",
	      PRM_GET(diagnostic_params_context, dpc, enable),
	      PRM_GET(diagnostic_params_context, dpc, on_demand),
	      PRM_GET(diagnostic_params_context, dpc, log_num_of_samples),
	      PRM_GET(diagnostic_params_context, dpc, num_of_counters));
	CHECK(PRM_GET(counter_id, id, counter_id) == 1 &&
	      PRM_GET(counter_id, id + PRM_SZ(counter_id), counter_id) == 7,
	      "counter ids %u %u, want 1 7", PRM_GET(counter_id, id, counter_id),
	      PRM_GET(counter_id, id + PRM_SZ(counter_id), counter_id));

	/* A counter id the device does not have: refused, the old choice stays. */
	inlen = set_diag_counters(&m, 1, bad);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), on_demand, 1);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, inlen, set_diag_outlen());
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_PARAMS, 0);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_params_in),
	       PRM_SZ(query_diagnostic_params_out) + 2 * PRM_SZ(counter_id));
	dpc = PRM_ADDR_OF(query_diagnostic_params_out, m.out, diagnostic_params_context);
	CHECK(PRM_GET(diagnostic_params_context, dpc, num_of_counters) == 2,
	      "a refused SET changed num_of_counters to %u",
	      PRM_GET(diagnostic_params_context, dpc, num_of_counters));
	done_dev(fd);
}

/* On-demand sampling: each query takes a sample of the live counter. */
static void fw_diag_on_demand_samples_grow(void)
{
	static const uint16_t ids[] = { 1 };	/* rx unicast packets */
	uint64_t v[2];
	struct mbox m;
	uint32_t inlen;
	int i, fd = fresh_dev();

	inlen = set_diag_counters(&m, 1, ids);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), on_demand, 1);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), log_num_of_samples, 1);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, inlen, set_diag_outlen());
	CHECK_FW_OK(&m);

	for (i = 0; i < 2; i++) {
		void *s;

		if (i)
			sleep_ms(100);
		hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS, 0);
		PRM_SET(query_diagnostic_cntrs_in, m.in, num_of_samples, 1);
		PRM_SET(query_diagnostic_cntrs_in, m.in, sample_index, i);
		fw_rpc(fd, &m, PRM_SZ(query_diagnostic_cntrs_in),
		       PRM_SZ(query_diagnostic_cntrs_out) + PRM_SZ(diagnostic_cntr_struct));
		CHECK_FW_OK(&m);
		s = PRM_ADDR_OF(query_diagnostic_cntrs_out, m.out, diag_counter);
		CHECK(PRM_GET(diagnostic_cntr_struct, s, counter_id) == 1 &&
		      PRM_GET(diagnostic_cntr_struct, s, sample_id) == (uint32_t)i,
		      "sample %d: counter %u sample_id %u", i,
		      PRM_GET(diagnostic_cntr_struct, s, counter_id),
		      PRM_GET(diagnostic_cntr_struct, s, sample_id));
		v[i] = (uint64_t)PRM_GET(diagnostic_cntr_struct, s, counter_value_h) << 32 |
		       PRM_GET(diagnostic_cntr_struct, s, counter_value_l);
	}
	CHECK(v[1] > v[0] && v[0] > 0, "on-demand samples %llu then %llu",
	      (unsigned long long)v[0], (unsigned long long)v[1]);
	done_dev(fd);
}

/*
 * num_of_samples and sample_index count records, one per counter and sample,
 * as real firmware does: the public mlx5ctl tool sizes its buffer for
 * num_of_samples records. Two counters, two records: sample 0 of each.
 */
static void fw_diag_samples_count_records(void)
{
	static const uint16_t ids[] = { 1, 2 };	/* rx and tx unicast packets */
	struct mbox m;
	unsigned char *s;
	uint32_t inlen;
	int fd = fresh_dev();

	inlen = set_diag_counters(&m, 2, ids);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), on_demand, 1);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), log_num_of_samples, 1);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, inlen, set_diag_outlen());
	CHECK_FW_OK(&m);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS, 0);
	PRM_SET(query_diagnostic_cntrs_in, m.in, num_of_samples, 2);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_cntrs_in),
	       PRM_SZ(query_diagnostic_cntrs_out) + 2 * PRM_SZ(diagnostic_cntr_struct));
	CHECK_FW_OK(&m);
	s = PRM_ADDR_OF(query_diagnostic_cntrs_out, m.out, diag_counter);
	CHECK(PRM_GET(diagnostic_cntr_struct, s, counter_id) == 1 &&
	      PRM_GET(diagnostic_cntr_struct, s + PRM_SZ(diagnostic_cntr_struct), counter_id) == 2 &&
	      PRM_GET(diagnostic_cntr_struct, s + PRM_SZ(diagnostic_cntr_struct), sample_id) == 0,
	      "records: counter %u, then counter %u of sample %u",
	      PRM_GET(diagnostic_cntr_struct, s, counter_id),
	      PRM_GET(diagnostic_cntr_struct, s + PRM_SZ(diagnostic_cntr_struct), counter_id),
	      PRM_GET(diagnostic_cntr_struct, s + PRM_SZ(diagnostic_cntr_struct), sample_id));

	/* Record 3 is counter 2 of sample 1; the buffer holds 2 samples of 2: 4 records. */
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS, 0);
	PRM_SET(query_diagnostic_cntrs_in, m.in, num_of_samples, 1);
	PRM_SET(query_diagnostic_cntrs_in, m.in, sample_index, 3);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_cntrs_in),
	       PRM_SZ(query_diagnostic_cntrs_out) + PRM_SZ(diagnostic_cntr_struct));
	CHECK_FW_OK(&m);
	CHECK(PRM_GET(diagnostic_cntr_struct, s, counter_id) == 2 &&
	      PRM_GET(diagnostic_cntr_struct, s, sample_id) == 1,
	      "record 3: counter %u sample %u", PRM_GET(diagnostic_cntr_struct, s, counter_id),
	      PRM_GET(diagnostic_cntr_struct, s, sample_id));
	PRM_SET(query_diagnostic_cntrs_in, m.in, sample_index, 4);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_cntrs_in),
	       PRM_SZ(query_diagnostic_cntrs_out) + PRM_SZ(diagnostic_cntr_struct));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	done_dev(fd);
}

/* Parameters the device cannot take are refused before anything changes. */
static void fw_diag_params_are_validated(void)
{
	struct mbox m;
	void *dpc;
	int fd = fresh_dev();

	/* Nothing sampled yet: no counters to query. */
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS, 0);
	PRM_SET(query_diagnostic_cntrs_in, m.in, num_of_samples, 1);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_cntrs_in),
	       PRM_SZ(query_diagnostic_cntrs_out) + PRM_SZ(diagnostic_cntr_struct));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_SYS_STATE, SYN_BAD_FIELD);

	/* Enabled with no counters. */
	set_diag_in(&m);
	dpc = set_diag_ctx(&m);
	PRM_SET(diagnostic_params_context, dpc, enable, 1);
	PRM_SET(diagnostic_params_context, dpc, on_demand, 1);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, PRM_SZ(set_diagnostic_params_in),
		  set_diag_outlen());
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);

	/* Periodic sampling must be single or repetitive, not both. */
	set_diag_in(&m);
	dpc = set_diag_ctx(&m);
	PRM_SET(diagnostic_params_context, dpc, enable, 1);
	PRM_SET(diagnostic_params_context, dpc, num_of_counters, 1);
	PRM_SET(diagnostic_params_context, dpc, single, 1);
	PRM_SET(diagnostic_params_context, dpc, repetitive, 1);
	PRM_SET(diagnostic_params_context, dpc, log_sample_period, 12);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, PRM_SZ(set_diagnostic_params_in),
		  set_diag_outlen());
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);

	/* One counter announced, none in the inbox. */
	set_diag_in(&m);
	dpc = set_diag_ctx(&m);
	PRM_SET(diagnostic_params_context, dpc, enable, 1);
	PRM_SET(diagnostic_params_context, dpc, on_demand, 1);
	PRM_SET(diagnostic_params_context, dpc, num_of_counters, 1);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, PRM_SZ(set_diagnostic_params_in),
		  set_diag_outlen());
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_INP_LEN, SYN_BAD_INP_LEN);

	/* Disabling is always fine, and leaves sampling off. */
	set_diag_in(&m);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, PRM_SZ(set_diagnostic_params_in),
		  set_diag_outlen());
	CHECK_FW_OK(&m);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_PARAMS, 0);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_params_in), PRM_SZ(query_diagnostic_params_out));
	CHECK_FW_OK(&m);
	dpc = PRM_ADDR_OF(query_diagnostic_params_out, m.out, diagnostic_params_context);
	CHECK(!PRM_GET(diagnostic_params_context, dpc, enable) &&
	      !PRM_GET(diagnostic_params_context, dpc, num_of_counters),
	      "after refused sets: enable %u num_of_counters %u",
	      PRM_GET(diagnostic_params_context, dpc, enable),
	      PRM_GET(diagnostic_params_context, dpc, num_of_counters));
	done_dev(fd);
}

/* ---- the command interface ----------------------------------------------- */

/* A register that does not fit the inbox: BAD_INP_LEN, as firmware answers. */
static void fw_short_inbox_is_bad_inp_len(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	reg_in(&m, MLX5CTL_REG_PAOS, REG_READ);
	fw_rpc(fd, &m, PRM_SZ(access_register_in) + PRM_SZ(paos_reg) - 4,
	       PRM_SZ(access_register_out) + PRM_SZ(paos_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_INP_LEN, SYN_BAD_INP_LEN);
	close(fd);
}

static void fw_short_outbox_is_bad_outp_len(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	/* Room for the status only. */
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ADAPTER, 0);
	fw_rpc(fd, &m, PRM_SZ(query_adapter_in), PRM_SZ(mbox_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, SYN_BAD_OUTP_LEN);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_HCA_CAP, MLX5CTL_CAP_GENERAL << 1 | 1);
	fw_rpc(fd, &m, PRM_SZ(query_hca_cap_in), PRM_SZ(query_hca_cap_out) - 4);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, SYN_BAD_OUTP_LEN);

	reg_in(&m, MLX5CTL_REG_PAOS, REG_READ);
	fw_rpc(fd, &m, PRM_SZ(access_register_in) + PRM_SZ(paos_reg),
	       PRM_SZ(access_register_out) + PRM_SZ(paos_reg) - 4);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, SYN_BAD_OUTP_LEN);
	close(fd);
}

/*
 * An opcode the policy lacks never reaches the firmware, whatever the scope:
 * the driver answers EBADMSG even at DEBUG_WRITE_FULL, so the simulator's
 * BAD_OP answer cannot be reached. An injected failure proves it: it is
 * still pending for the next command that does reach the device.
 */
static void fw_unknown_opcode_never_reaches_firmware(void)
{
	struct mbox m;
	uint32_t inlen;
	int fd = open_dev(DEV0);

	sim_knob(DEV0, "fail_status", MLX5CTL_CMD_STATUS_INT_ERR);
	sim_knob(DEV0, "fail_syndrome", 0);
	sim_knob(DEV0, "fail_next", 1);
	inlen = hdr_in(&m, 0x7ff, 0);
	CHECK_ERR(rpc(fd, MLX5CTL_RPC_DEBUG_WRITE_FULL, m.in, inlen, m.out, PRM_SZ(mbox_out)),
		  EBADMSG);
	CHECK_ERR(cmdrpc(fd, m.in, inlen, m.out, PRM_SZ(mbox_out)), EBADMSG);
	CHECK(sim_count(DEV0, "fail_next") == 1, "fail_next %lld: the firmware saw the command",
	      sim_count(DEV0, "fail_next"));
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_INT_ERR, 0);
	close(fd);
}

/* Known commands with an op_mod or register they do not have: BAD_PARAM. */
static void fw_bad_op_mod_and_register_are_bad_param(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	reg_in(&m, MLX5CTL_REG_PAOS, 2);
	reg_rpc(fd, &m, PRM_SZ(paos_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OP_MOD);

	/* No e-switch: no other vport's state. */
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_VPORT_STATE, MLX5CTL_VPORT_STATE_OP_MOD_ESW_VPORT);
	fw_rpc(fd, &m, PRM_SZ(query_vport_state_in), PRM_SZ(query_vport_state_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OP_MOD);

	reg_in(&m, REG_PBMC, REG_READ);
	reg_rpc(fd, &m, PRM_SZ(paos_reg));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_REG);
	close(fd);
}

static void fw_fail_next_reports_status_and_syndrome(void)
{
	struct mbox m;
	void *blk;
	int i, fd = open_dev(DEV1);

	sim_knob(DEV1, "fail_status", MLX5CTL_CMD_STATUS_BAD_RES);
	sim_knob(DEV1, "fail_syndrome", 0x1234abcd);
	CHECK(sim_count(DEV1, "fail_status") == MLX5CTL_CMD_STATUS_BAD_RES &&
	      sim_count(DEV1, "fail_syndrome") == 0x1234abcd,
	      "knobs read back %#llx %#llx", sim_count(DEV1, "fail_status"),
	      sim_count(DEV1, "fail_syndrome"));
	sim_knob(DEV1, "fail_next", 2);
	for (i = 0; i < 2; i++) {
		hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ADAPTER, 0);
		memset(m.out, 0xa5, sizeof(m.out));
		fw_rpc(fd, &m, PRM_SZ(query_adapter_in), PRM_SZ(query_adapter_out));
		CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_RES, 0x1234abcd);
		/* A failed command answers with its header only. */
		blk = PRM_ADDR_OF(query_adapter_out, m.out, query_adapter_struct);
		CHECK(!PRM_GET(query_adapter_param_block, blk, vsd_vendor_id),
		      "a failed QUERY_ADAPTER returned data");
	}
	CHECK(sim_count(DEV1, "fail_next") == 0, "fail_next %lld after two failures",
	      sim_count(DEV1, "fail_next"));
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	CHECK_FW_OK(&m);
	/* The status field is 8 bits. */
	CHECK(sim_set(DEV1, "fail_status", 0x100) == -EINVAL, "fail_status 0x100 accepted");
	close(fd);
}

static void fw_latency_knob_slows_rpcs(void)
{
	struct mbox m;
	uint64_t t;
	int fd = open_dev(DEV1);

	sim_knob(DEV1, "latency_us", 500000);
	CHECK(sim_count(DEV1, "latency_us") == 500000, "latency_us reads %lld",
	      sim_count(DEV1, "latency_us"));
	t = now_ns();
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	t = now_ns() - t;
	CHECK_FW_OK(&m);
	CHECK(t >= 500000000ull, "a NOP took %llu us with 500 ms latency",
	      (unsigned long long)t / 1000);
	sim_knob(DEV1, "latency_us", 0);
	t = now_ns();
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	t = now_ns() - t;
	CHECK(t < 500000000ull, "a NOP took %llu us without latency",
	      (unsigned long long)t / 1000);
	/* At most 10 s. */
	CHECK(sim_set(DEV1, "latency_us", 10000001) == -EINVAL, "latency_us over 10 s accepted");
	close(fd);
}

static void *unhang_later(void *arg)
{
	(void)arg;
	sleep_ms(300);
	sim_set(DEV1, "hang", 0);
	return NULL;
}

/*
 * A latency beyond the command timeout is a timeout, as a driver sees such a
 * firmware: ETIMEDOUT after cmd_timeout_ms, not the latency, and the command
 * did not run (a PD it would have made does not exist).
 */
static void fw_latency_beyond_the_timeout_times_out(void)
{
	unsigned int timeout = cmd_timeout_ms();
	long long pds = sim_count(DEV1, "pd_count");
	struct mlx5ctl_info i;
	struct mbox m;
	uint64_t t;
	int fd = open_dev(DEV1);

	get_info(fd, &i);	/* the file's context, before the firmware slows */
	sim_knob(DEV1, "latency_us", (timeout + 700) * 1000ll);
	hdr_in(&m, MLX5CTL_CMD_OP_ALLOC_PD, 0);
	t = now_ns();
	CHECK_ERR(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in, PRM_SZ(alloc_pd_in), m.out,
		      PRM_SZ(alloc_pd_out)), ETIMEDOUT);
	t = now_ns() - t;
	CHECK(t >= timeout * 1000000ull && t < (timeout + 600) * 1000000ull,
	      "gave up after %llu ms; cmd_timeout_ms %u, latency %u ms", (unsigned long long)t / 1000000,
	      timeout, timeout + 700);
	sim_knob(DEV1, "latency_us", 0);
	CHECK(sim_count(DEV1, "pd_count") == pds, "the timed-out ALLOC_PD made a PD");
	close(fd);
}

/* A hung device times out a command; clearing hang releases a waiting one. */
static void fw_hang_then_timeout(void)
{
	unsigned int timeout = cmd_timeout_ms();
	struct mbox m;
	pthread_t th;
	uint64_t t;
	int fd = open_dev(DEV1);

	sim_knob(DEV1, "hang", 1);
	CHECK(sim_count(DEV1, "hang") == 1, "hang reads %lld", sim_count(DEV1, "hang"));
	t = now_ns();
	CHECK_ERR(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m), ETIMEDOUT);
	t = now_ns() - t;
	CHECK(t >= timeout * 1000000ull, "timed out after %llu ms, cmd_timeout_ms %u",
	      (unsigned long long)t / 1000000, timeout);

	CHECK(!pthread_create(&th, NULL, unhang_later, NULL), "pthread_create");
	t = now_ns();
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	t = now_ns() - t;
	pthread_join(th, NULL);
	CHECK_FW_OK(&m);
	CHECK(t >= 250000000ull && t < timeout * 1000000ull,
	      "released after %llu ms (hang cleared at 300 ms)", (unsigned long long)t / 1000000);
	CHECK(sim_set(DEV1, "hang", 2) == -EINVAL, "hang 2 accepted");
	close(fd);
}

static void fw_max_objects_refuses_creation(void)
{
	uint32_t a, b;
	long long pds = sim_count(DEV1, "pd_count");
	int fd = open_dev(DEV1);

	sim_knob(DEV1, "max_objects", pds + 1);
	CHECK(sim_count(DEV1, "max_objects") == pds + 1, "max_objects reads %lld",
	      sim_count(DEV1, "max_objects"));
	CHECK(alloc_pd(fd, 0, &a) == MLX5CTL_CMD_STATUS_OK, "ALLOC_PD under the limit failed");
	{
		struct mbox m;

		hdr_in(&m, MLX5CTL_CMD_OP_ALLOC_PD, 0);
		fw_rpc(fd, &m, PRM_SZ(alloc_pd_in), PRM_SZ(alloc_pd_out));
		CHECK_FW(&m, MLX5CTL_CMD_STATUS_NO_RES, SYN_NO_RES);
	}
	CHECK(sim_count(DEV1, "pd_count") == pds + 1, "pd_count %lld, want %lld",
	      sim_count(DEV1, "pd_count"), pds + 1);
	sim_knob(DEV1, "max_objects", 0);
	CHECK(alloc_pd(fd, 0, &b) == MLX5CTL_CMD_STATUS_OK, "ALLOC_PD without a limit failed");
	close(fd);
	CHECK(sim_count(DEV1, "pd_count") == pds, "pd_count %lld after close, was %lld",
	      sim_count(DEV1, "pd_count"), pds);
}

/* ---- objects and ownership --------------------------------------------------- */

/*
 * CREATE_MKEY, writable, over @len bytes of @umem_id mapped at @va, key byte
 * 0x5e; the status, the whole exchange in @out if given.
 */
static uint32_t create_mkey_over(int fd, uint32_t umem_id, uint32_t pd, void *va, uint64_t len,
				 struct mbox *out)
{
	struct mbox local, *m = out ? out : &local;
	void *mkc;

	hdr_in(m, MLX5CTL_CMD_OP_CREATE_MKEY, 0);
	PRM_SET(create_mkey_in, m->in, mkey_umem_valid, 1);
	PRM_SET(create_mkey_in, m->in, mkey_umem_id, umem_id);
	mkc = PRM_ADDR_OF(create_mkey_in, m->in, memory_key_mkey_entry);
	PRM_SET(mkc, mkc, access_mode_1_0, MLX5CTL_MKC_ACCESS_MODE_MTT);
	PRM_SET(mkc, mkc, lw, 1);
	PRM_SET(mkc, mkc, lr, 1);
	PRM_SET(mkc, mkc, pd, pd);
	PRM_SET(mkc, mkc, mkey_7_0, 0x5e);
	PRM_SET64(mkc, mkc, start_addr, (uintptr_t)va);
	PRM_SET64(mkc, mkc, len, len);
	return fw_rpc(fd, m, PRM_SZ(create_mkey_in), PRM_SZ(create_mkey_out));
}

static uint32_t mkey_index_of(const struct mbox *m)
{
	return PRM_GET(create_mkey_out, m->out, mkey_index);
}

static uint32_t destroy_mkey(int fd, uint32_t index)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_DESTROY_MKEY, 0);
	PRM_SET(destroy_mkey_in, m.in, mkey_index, index);
	return fw_rpc(fd, &m, PRM_SZ(destroy_mkey_in), PRM_SZ(destroy_mkey_out));
}

static void fw_other_files_pd_cannot_be_destroyed(void)
{
	long long pds = sim_count(DEV0, "pd_count");
	uint32_t pd;
	struct mbox m;
	int fa = open_dev(DEV0), fb = open_dev(DEV0);

	CHECK(alloc_pd(fa, 0, &pd) == 0, "ALLOC_PD failed");
	hdr_in(&m, MLX5CTL_CMD_OP_DEALLOC_PD, 0);
	PRM_SET(dealloc_pd_in, m.in, pd, pd);
	fw_rpc(fb, &m, PRM_SZ(dealloc_pd_in), PRM_SZ(dealloc_pd_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OBJ);
	/* The same answer as for a PD that does not exist: ids cannot be probed. */
	PRM_SET(dealloc_pd_in, m.in, pd, 0xffffff);
	fw_rpc(fb, &m, PRM_SZ(dealloc_pd_in), PRM_SZ(dealloc_pd_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OBJ);
	CHECK(sim_count(DEV0, "pd_count") == pds + 1, "pd_count %lld, want %lld",
	      sim_count(DEV0, "pd_count"), pds + 1);
	CHECK(dealloc_pd(fa, 0, pd) == 0, "the owner's DEALLOC_PD failed");
	CHECK(sim_count(DEV0, "pd_count") == pds, "pd_count %lld, want %lld",
	      sim_count(DEV0, "pd_count"), pds);
	close(fa);
	close(fb);
}

static void fw_other_files_umem_cannot_back_an_mkey(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	long long mkeys = sim_count(DEV0, "mkey_count");
	uint32_t umem, pd_b;
	struct mbox m;
	int fa = open_dev(DEV0), fb = open_dev(DEV0);

	CHECK_OK(umem_reg(fa, buf, 8192, &umem));
	CHECK(alloc_pd(fb, 0, &pd_b) == 0, "ALLOC_PD failed");
	create_mkey_over(fb, umem, pd_b, buf, 8192, &m);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OBJ);
	CHECK(sim_count(DEV0, "mkey_count") == mkeys, "file b made an mkey over file a's umem");

	/* Nor may it look at the umem. */
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_UMEM, 0);
	PRM_SET(query_umem_in, m.in, umem_id, umem);
	fw_rpc(fb, &m, PRM_SZ(query_umem_in), PRM_SZ(query_umem_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OBJ);
	fw_rpc(fa, &m, PRM_SZ(query_umem_in), PRM_SZ(query_umem_out));
	CHECK_FW_OK(&m);
	close(fa);
	close(fb);
}

/* QUERY_MKEY answers the context CREATE_MKEY made; an index nobody made is BAD_PARAM. */
static void fw_query_mkey_reads_back_what_create_made(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	uint32_t umem, pd, mkey;
	struct mbox m;
	void *mkc;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, 8192, &umem));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");
	CHECK(create_mkey_over(fd, umem, pd, buf, 8192, &m) == 0, "CREATE_MKEY failed");
	mkey = mkey_index_of(&m);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_MKEY, 0);
	PRM_SET(query_mkey_in, m.in, mkey_index, mkey);
	fw_rpc(fd, &m, PRM_SZ(query_mkey_in), PRM_SZ(query_mkey_out));
	CHECK_FW_OK(&m);
	mkc = PRM_ADDR_OF(query_mkey_out, m.out, memory_key_mkey_entry);
	CHECK(PRM_GET(mkc, mkc, pd) == pd && PRM_GET(mkc, mkc, mkey_7_0) == 0x5e &&
	      PRM_GET64(mkc, mkc, start_addr) == (uintptr_t)buf && PRM_GET64(mkc, mkc, len) == 8192 &&
	      PRM_GET(mkc, mkc, lw) == 1, "QUERY_MKEY: pd %u key %#x len %llu", PRM_GET(mkc, mkc, pd),
	      PRM_GET(mkc, mkc, mkey_7_0), (unsigned long long)PRM_GET64(mkc, mkc, len));

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_MKEY, 0);
	PRM_SET(query_mkey_in, m.in, mkey_index, 0xfffffe);
	fw_rpc(fd, &m, PRM_SZ(query_mkey_in), PRM_SZ(query_mkey_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OBJ);

	CHECK(destroy_mkey(fd, mkey) == 0, "DESTROY_MKEY failed");
	CHECK(dealloc_pd(fd, 0, pd) == 0, "DEALLOC_PD failed");
	CHECK_OK(umem_unreg(fd, umem));
	close(fd);
}

/* An mkey holds its PD and umem: neither goes while the mkey lives. */
static void fw_pd_in_use_by_mkey_cannot_be_freed(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	uint32_t umem, pd, mkey;
	struct mbox m;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, 8192, &umem));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");
	CHECK(create_mkey_over(fd, umem, pd, buf, 8192, &m) == 0, "CREATE_MKEY failed");
	mkey = mkey_index_of(&m);

	hdr_in(&m, MLX5CTL_CMD_OP_DEALLOC_PD, 0);
	PRM_SET(dealloc_pd_in, m.in, pd, pd);
	fw_rpc(fd, &m, PRM_SZ(dealloc_pd_in), PRM_SZ(dealloc_pd_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_RES_STATE, SYN_OBJ_IN_USE);
	/*
	 * The driver's UMEM_UNREG is a DESTROY_UMEM the firmware refuses too;
	 * BAD_RES_STATE is EINVAL, as mlx5_core maps it.
	 */
	CHECK_ERR(umem_unreg(fd, umem), EINVAL);

	CHECK(destroy_mkey(fd, mkey) == 0, "DESTROY_MKEY failed");
	CHECK(dealloc_pd(fd, 0, pd) == 0, "DEALLOC_PD after the mkey went failed");
	CHECK_OK(umem_unreg(fd, umem));
	close(fd);
}

/* Closing the file destroys its user context and every object it owns. */
static void fw_destroying_uctx_frees_pd_and_mkey(void)
{
	static const char *const kinds[] = { "uctx_count", "umem_count", "pd_count", "mkey_count" };
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	long long before[4];
	uint32_t umem, pd;
	struct mbox m;
	int k, fd;

	for (k = 0; k < 4; k++)
		before[k] = sim_count(DEV0, kinds[k]);
	fd = open_dev(DEV0);
	CHECK_OK(umem_reg(fd, buf, 8192, &umem));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");
	CHECK(create_mkey_over(fd, umem, pd, buf, 8192, &m) == 0, "CREATE_MKEY failed");
	for (k = 0; k < 4; k++)
		CHECK(sim_count(DEV0, kinds[k]) == before[k] + 1, "%s %lld, want %lld", kinds[k],
		      sim_count(DEV0, kinds[k]), before[k] + 1);
	CHECK_OK(close(fd));
	for (k = 0; k < 4; k++)
		CHECK(sim_count(DEV0, kinds[k]) == before[k], "%s %lld after close, was %lld",
		      kinds[k], sim_count(DEV0, kinds[k]), before[k]);
}

static void fw_query_umem_reports_its_pages(void)
{
	unsigned char *buf = map_pages(5 * 4096, PROT_READ | PROT_WRITE);
	uint32_t umem;
	struct mbox m;
	int fd = open_dev(DEV0);

	/* Three pages' worth from byte 100: four pages touched. */
	CHECK_OK(umem_reg(fd, buf + 100, 3 * 4096, &umem));
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_UMEM, 0);
	PRM_SET(query_umem_in, m.in, umem_id, umem);
	fw_rpc(fd, &m, PRM_SZ(query_umem_in), PRM_SZ(query_umem_out));
	CHECK_FW_OK(&m);
	CHECK(PRM_GET64(query_umem_out, m.out, umem.num_of_mtt) == 4 &&
	      PRM_GET(query_umem_out, m.out, umem.page_offset) == 100 &&
	      PRM_GET(query_umem_out, m.out, umem.log_page_size) == 0,
	      "num_of_mtt %llu page_offset %u log_page_size %u",
	      (unsigned long long)PRM_GET64(query_umem_out, m.out, umem.num_of_mtt),
	      PRM_GET(query_umem_out, m.out, umem.page_offset),
	      PRM_GET(query_umem_out, m.out, umem.log_page_size));
	close(fd);
}

/* ---- resource dump ----------------------------------------------------------- */

static void *rd_in(struct mbox *m, uint16_t type)
{
	void *r = reg_in(m, MLX5CTL_REG_RESOURCE_DUMP, REG_READ);

	PRM_SET(resource_dump, r, segment_type, type);
	return r;
}

/*
 * Follows an inline dump to its end: each step repeats the register as it
 * came back. Appends the stream to @buf; returns its length and the steps.
 */
static size_t rd_inline_all(int fd, uint16_t type, unsigned char *buf, size_t cap,
			    unsigned int *steps)
{
	size_t inl = PRM_SZ(resource_dump) - PRM_OFF(resource_dump, inline_data) / 8;
	unsigned char prev[PRM_SZ(resource_dump)];
	size_t len = 0;
	struct mbox m;
	void *r;

	*steps = 0;
	r = rd_in(&m, type);
	PRM_SET(resource_dump, r, inline_dump, 1);
	for (;;) {
		uint32_t n;

		reg_rpc(fd, &m, PRM_SZ(resource_dump));
		CHECK_FW_OK(&m);
		r = reg_out(&m);
		++*steps;
		CHECK(PRM_GET(resource_dump, r, seq_num) == (*steps & 0xf),
		      "seq_num %u at step %u", PRM_GET(resource_dump, r, seq_num), *steps);
		n = PRM_GET(resource_dump, r, size);
		CHECK(n <= inl && len + n <= cap, "an inline step of %u bytes", n);
		memcpy(buf + len, PRM_ADDR_OF(resource_dump, r, inline_data), n);
		len += n;
		if (!PRM_GET(resource_dump, r, more_dump))
			return len;
		CHECK(n == inl, "a short step (%u bytes) with more to come", n);
		memcpy(prev, r, sizeof(prev));
		reg_in(&m, MLX5CTL_REG_RESOURCE_DUMP, REG_READ);
		memcpy(PRM_ADDR_OF(access_register_in, m.in, register_data), prev, sizeof(prev));
	}
}

/* The segment at @p: its type, and its length in bytes (checked to fit @left). */
static uint32_t rd_seg(const unsigned char *p, size_t left, size_t *len)
{
	CHECK(left >= PRM_SZ(resource_dump_segment_header), "a segment header cut at %zu bytes", left);
	*len = PRM_GET(resource_dump_segment_header, p, length_dw) * 4;
	CHECK(*len >= PRM_SZ(resource_dump_segment_header) && *len <= left, "a segment of %zu bytes, %zu left",
	      *len, left);
	return PRM_GET(resource_dump_segment_header, p, segment_type);
}

static void fw_resource_dump_menu_inline(void)
{
	static const char *const names[] = { "SIM_UCTX", "SIM_UMEM", "SIM_PD", "SIM_MKEY",
					     "FW_TRACE", "CR_SPACE" };
	unsigned char d[4096], *p, *rec;
	char ver[32];
	unsigned int steps, major, minor, sub, i;
	size_t len, seg, off;
	int fd = open_dev(DEV1);

	len = rd_inline_all(fd, RD_MENU, d, sizeof(d), &steps);
	CHECK(steps >= 2, "the menu took %u inline step(s): more_dump never set", steps);

	p = d;
	CHECK(rd_seg(p, len, &seg) == RD_INFO, "first segment %#x, want info",
	      rd_seg(p, len, &seg));
	sim_attr(DEV1, "fw_version", ver, sizeof(ver));
	CHECK(sscanf(ver, "%u.%u.%u", &major, &minor, &sub) == 3, "fw_version \"%s\"", ver);
	CHECK(PRM_GET(resource_dump_info_segment, p, dump_version) == 1 &&
	      PRM_GET(resource_dump_info_segment, p, fw_version) ==
	      ((major & 0xff) << 24 | (minor & 0xff) << 16 | (sub & 0xffff)),
	      "info: dump_version %u fw_version %#x, sysfs %s", PRM_GET(resource_dump_info_segment, p, dump_version),
	      PRM_GET(resource_dump_info_segment, p, fw_version), ver);
	p += seg;
	CHECK(rd_seg(p, len - (p - d), &seg) == RD_COMMAND &&
	      PRM_GET(resource_dump_command_segment, p, segment_called) == RD_MENU,
	      "second segment %#x calls %#x, want the command segment for the menu",
	      PRM_GET(resource_dump_segment_header, p, segment_type), PRM_GET(resource_dump_command_segment, p, segment_called));
	p += seg;
	CHECK(rd_seg(p, len - (p - d), &seg) == RD_MENU &&
	      PRM_GET(resource_dump_menu_segment, p, num_of_records) == 6,
	      "third segment %#x with %u records, want the menu with 6",
	      PRM_GET(resource_dump_segment_header, p, segment_type), PRM_GET(resource_dump_menu_segment, p, num_of_records));
	CHECK(seg == PRM_SZ(resource_dump_menu_segment) + 6 * PRM_SZ(resource_dump_menu_record),
	      "menu length %zu does not cover its records", seg);
	for (i = 0; i < 6; i++) {
		rec = p + PRM_SZ(resource_dump_menu_segment) + i * PRM_SZ(resource_dump_menu_record);
		CHECK(PRM_GET(resource_dump_menu_record, rec, segment_type) == 0x1000 + i &&
		      !strcmp(PRM_ADDR_OF(resource_dump_menu_record, rec, segment_name), names[i]),
		      "record %u: type %#x name \"%.16s\"", i,
		      PRM_GET(resource_dump_menu_record, rec, segment_type),
		      (char *)PRM_ADDR_OF(resource_dump_menu_record, rec, segment_name));
	}
	off = (p - d) + seg;
	CHECK(rd_seg(d + off, len - off, &seg) == RD_TERMINATE && off + seg == len,
	      "the dump does not end with a terminate segment (%zu of %zu bytes)", off, len);
	close(fd);
}

/* A dump shows the caller's own objects only. */
static void fw_resource_dump_shows_only_own_objects(void)
{
	struct mlx5ctl_info ia;
	uint32_t pa[2], pb;
	unsigned char d[4096], *p;
	unsigned int steps, n = 0;
	size_t len, seg;
	int fa = open_dev(DEV0), fb = open_dev(DEV0);

	get_info(fa, &ia);
	CHECK(alloc_pd(fa, 0, &pa[0]) == 0 && alloc_pd(fa, 0, &pa[1]) == 0 &&
	      alloc_pd(fb, 0, &pb) == 0, "ALLOC_PD failed");
	len = rd_inline_all(fa, RD_PD, d, sizeof(d), &steps);
	for (p = d; p < d + len; p += seg) {
		if (rd_seg(p, len - (p - d), &seg) != RD_PD)
			continue;
		CHECK(PRM_GET(resource_dump_resource_segment, p, index2) == ia.uctx_uid,
		      "the dump shows PD %u of uid %u", PRM_GET(resource_dump_resource_segment, p, index1),
		      PRM_GET(resource_dump_resource_segment, p, index2));
		CHECK(n < 2 && (PRM_GET(resource_dump_resource_segment, p, index1) == pa[0] ||
				PRM_GET(resource_dump_resource_segment, p, index1) == pa[1]),
		      "PD %u in the dump, want %u and %u", PRM_GET(resource_dump_resource_segment, p, index1),
		      pa[0], pa[1]);
		n++;
	}
	CHECK(n == 2, "%u PDs in the dump, want 2", n);
	close(fa);
	close(fb);
}

/*
 * The firmware trace (8192 records, 640 KiB) through an mkey into a umem, a
 * 256 KiB window a step: each step lands where the previous one ended, and
 * the stream put together is whole.
 */
static void fw_resource_dump_into_umem_with_more_dump(void)
{
	const size_t cap = 1 << 20, win = 256 << 10;
	unsigned char *buf = map_pages(cap, PROT_READ | PROT_WRITE);
	unsigned char prev[PRM_SZ(resource_dump)];
	uint32_t umem, pd, mkey, records = 0, steps = 0, n;
	size_t len = 0, off, seg;
	struct mbox m;
	void *r;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, cap, &umem));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");
	CHECK(create_mkey_over(fd, umem, pd, buf, cap, &m) == 0, "CREATE_MKEY failed");
	mkey = mkey_index_of(&m);

	r = rd_in(&m, RD_FW_TRACE);
	for (;;) {
		PRM_SET(resource_dump, r, inline_dump, 0);
		PRM_SET(resource_dump, r, mkey, mkey << 8 | 0x5e);
		PRM_SET(resource_dump, r, size, win);
		PRM_SET64(resource_dump, r, address, (uintptr_t)(buf + len));
		reg_rpc(fd, &m, PRM_SZ(resource_dump));
		CHECK_FW_OK(&m);
		steps++;
		r = reg_out(&m);
		n = PRM_GET(resource_dump, r, size);
		CHECK(n <= win, "a step of %u bytes into a %zu-byte window", n, win);
		len += n;
		CHECK(PRM_GET64(resource_dump, r, device_opaque) == len,
		      "device_opaque %llu after %zu bytes",
		      (unsigned long long)PRM_GET64(resource_dump, r, device_opaque), len);
		if (!PRM_GET(resource_dump, r, more_dump))
			break;
		CHECK(n == win && len + win <= cap, "step %u: %u bytes, more to come", steps, n);
		memcpy(prev, r, sizeof(prev));
		r = reg_in(&m, MLX5CTL_REG_RESOURCE_DUMP, REG_READ);
		memcpy(r, prev, sizeof(prev));
	}
	CHECK(steps == (len + win - 1) / win && steps > 1, "%u steps for %zu bytes", steps, len);

	for (off = 0; off < len; off += seg) {
		uint32_t type = rd_seg(buf + off, len - off, &seg);

		if (type != RD_FW_TRACE)
			continue;
		CHECK(PRM_GET(resource_dump_resource_segment, buf + off, index1) == records,
		      "trace record %u where %u was due", PRM_GET(resource_dump_resource_segment, buf + off, index1),
		      records);
		CHECK(seg == PRM_SZ(resource_dump_resource_segment) + RD_TRACE_TEXT, "trace record of %zu bytes",
		      seg);
		records++;
	}
	CHECK(records == RD_TRACE_RECORDS, "%u trace records, want %u", records,
	      RD_TRACE_RECORDS);
	CHECK(!strncmp((char *)buf + PRM_SZ(resource_dump_info_segment) + PRM_SZ(resource_dump_command_segment) +
		       PRM_SZ(resource_dump_resource_segment), "[     0.000] fw: ", 17),
	      "first trace record \"%.40s\"", buf + PRM_SZ(resource_dump_info_segment) + PRM_SZ(resource_dump_command_segment) +
	      PRM_SZ(resource_dump_resource_segment));
	CHECK(PRM_GET(resource_dump_segment_header, buf + len - PRM_SZ(resource_dump_segment_header), segment_type) ==
	      RD_TERMINATE, "the dump does not end with a terminate segment");
	close(fd);
}

static void fw_resource_dump_bad_requests_are_bad_param(void)
{
	struct mbox m;
	void *r;
	int fd = open_dev(DEV0);

	r = rd_in(&m, 0x2000);
	PRM_SET(resource_dump, r, inline_dump, 1);
	reg_rpc(fd, &m, PRM_SZ(resource_dump));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);

	/* Into memory, but of no size. */
	rd_in(&m, RD_MENU);
	reg_rpc(fd, &m, PRM_SZ(resource_dump));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);

	/* Another function's resources. */
	r = rd_in(&m, RD_MENU);
	PRM_SET(resource_dump, r, inline_dump, 1);
	PRM_SET(resource_dump, r, vhca_id, DEV1 + 100);
	reg_rpc(fd, &m, PRM_SZ(resource_dump));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);
	close(fd);
}

/* CREATE_MKEY: MTT mode over a umem of the caller's, within the umem, only. */
/* splitmix64: word @i of the simulator's core image of seed @seed. */
static uint64_t core_word(uint64_t seed, uint64_t i)
{
	uint64_t z = seed + (i + 1) * 0x9e3779b97f4a7c15ull;

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/*
 * The core image (CR_SPACE) is several MiB: it streams through a 1 MiB umem
 * window in several steps, a page a segment, and every byte is the image
 * recomputed here from the seed debugfs shows.
 */
static void fw_core_dump_several_mib_through_umem(void)
{
	const size_t win = 1 << 20;
	unsigned char *buf = map_pages(win, PROT_READ | PROT_WRITE);
	unsigned char prev[PRM_SZ(resource_dump)], *stream, *p;
	uint32_t umem, pd, mkey, steps = 0, pages = 0, n, seed, size;
	size_t len = 0, cap, off, seg;
	uint64_t w;
	struct mbox m;
	void *r;
	int fd = fresh_dev();

	seed = sim_count(DEV_FW, "core_dump_seed");
	size = sim_count(DEV_FW, "core_dump_size");
	CHECK(size > 2 * win && size % RD_CORE_PAGE == 0, "core image of %u bytes", size);
	cap = size + size / RD_CORE_PAGE * PRM_SZ(resource_dump_resource_segment) + 4096;
	stream = malloc(cap);
	CHECK(stream, "malloc %zu", cap);

	CHECK_OK(umem_reg(fd, buf, win, &umem));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");
	CHECK(create_mkey_over(fd, umem, pd, buf, win, &m) == 0, "CREATE_MKEY failed");
	mkey = mkey_index_of(&m);

	r = rd_in(&m, RD_CR_SPACE);
	for (;;) {
		PRM_SET(resource_dump, r, inline_dump, 0);
		PRM_SET(resource_dump, r, mkey, mkey << 8 | 0x5e);
		PRM_SET(resource_dump, r, size, win);
		PRM_SET64(resource_dump, r, address, (uintptr_t)buf);
		reg_rpc(fd, &m, PRM_SZ(resource_dump));
		CHECK_FW_OK(&m);
		steps++;
		r = reg_out(&m);
		n = PRM_GET(resource_dump, r, size);
		CHECK(n <= win && len + n <= cap, "a step of %u bytes after %zu", n, len);
		memcpy(stream + len, buf, n);
		len += n;
		if (!PRM_GET(resource_dump, r, more_dump))
			break;
		memcpy(prev, r, sizeof(prev));
		r = reg_in(&m, MLX5CTL_REG_RESOURCE_DUMP, REG_READ);
		memcpy(r, prev, sizeof(prev));
	}
	CHECK(steps > 2, "%u steps for %zu bytes", steps, len);

	for (off = 0; off < len; off += seg) {
		uint32_t type = rd_seg(stream + off, len - off, &seg);
		size_t i;

		if (type != RD_CR_SPACE)
			continue;
		CHECK(PRM_GET(resource_dump_resource_segment, stream + off, index1) == pages &&
		      seg == PRM_SZ(resource_dump_resource_segment) + RD_CORE_PAGE,
		      "page %u of %zu bytes where page %u was due",
		      PRM_GET(resource_dump_resource_segment, stream + off, index1), seg, pages);
		p = stream + off + PRM_SZ(resource_dump_resource_segment);
		for (i = 0; i < RD_CORE_PAGE / 8; i++) {
			w = core_word(seed, (uint64_t)pages * (RD_CORE_PAGE / 8) + i);
			CHECK(!memcmp(p + i * 8, &w, 8), "core image differs at byte %zu",
			      (size_t)pages * RD_CORE_PAGE + i * 8);
		}
		pages++;
	}
	CHECK(pages == size / RD_CORE_PAGE, "%u pages, want %u", pages, size / RD_CORE_PAGE);
	CHECK(PRM_GET(resource_dump_segment_header, stream + len - PRM_SZ(resource_dump_segment_header),
		      segment_type) == RD_TERMINATE, "the dump does not end with a terminate segment");
	free(stream);
	done_dev(fd);
	munmap(buf, win);
}

static void fw_create_mkey_only_mtt_within_own_umem(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	long long mkeys = sim_count(DEV0, "mkey_count");
	uint32_t umem, pd;
	struct mbox m;
	void *mkc;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, 8192, &umem));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");

	create_mkey_over(fd, umem, pd, buf, 8192 + 1, &m);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_MKEY_RANGE);

	/* Physical addresses: the device would reach memory nobody pinned. */
	hdr_in(&m, MLX5CTL_CMD_OP_CREATE_MKEY, 0);
	PRM_SET(create_mkey_in, m.in, mkey_umem_valid, 1);
	PRM_SET(create_mkey_in, m.in, mkey_umem_id, umem);
	mkc = PRM_ADDR_OF(create_mkey_in, m.in, memory_key_mkey_entry);
	PRM_SET(mkc, mkc, access_mode_1_0, MLX5CTL_MKC_ACCESS_MODE_PA);
	PRM_SET(mkc, mkc, pd, pd);
	PRM_SET64(mkc, mkc, len, 4096);
	fw_rpc(fd, &m, PRM_SZ(create_mkey_in), PRM_SZ(create_mkey_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);

	/* MTT mode, but over no umem (a caller-supplied page list). */
	PRM_SET(mkc, mkc, access_mode_1_0, MLX5CTL_MKC_ACCESS_MODE_MTT);
	PRM_SET(create_mkey_in, m.in, mkey_umem_valid, 0);
	fw_rpc(fd, &m, PRM_SZ(create_mkey_in), PRM_SZ(create_mkey_out));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_FIELD);

	/* A PD that does not exist. */
	create_mkey_over(fd, umem, 0xffffff, buf, 4096, &m);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OBJ);
	CHECK(sim_count(DEV0, "mkey_count") == mkeys, "a refused CREATE_MKEY left an mkey");
	close(fd);
}

/* Writing a dump through an mkey needs its key, local write and the range. */
static void fw_resource_dump_checks_mkey_key_access_and_range(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	uint32_t umem, pd, rw, ro;
	struct mbox m;
	void *mkc, *r;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, 8192, &umem));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");
	CHECK(create_mkey_over(fd, umem, pd, buf, 8192, &m) == 0, "CREATE_MKEY failed");
	rw = mkey_index_of(&m) << 8 | 0x5e;
	/* Read-only: no lw. */
	hdr_in(&m, MLX5CTL_CMD_OP_CREATE_MKEY, 0);
	PRM_SET(create_mkey_in, m.in, mkey_umem_valid, 1);
	PRM_SET(create_mkey_in, m.in, mkey_umem_id, umem);
	mkc = PRM_ADDR_OF(create_mkey_in, m.in, memory_key_mkey_entry);
	PRM_SET(mkc, mkc, access_mode_1_0, MLX5CTL_MKC_ACCESS_MODE_MTT);
	PRM_SET(mkc, mkc, lr, 1);
	PRM_SET(mkc, mkc, pd, pd);
	PRM_SET(mkc, mkc, mkey_7_0, 0x11);
	PRM_SET64(mkc, mkc, start_addr, (uintptr_t)buf);
	PRM_SET64(mkc, mkc, len, 8192);
	fw_rpc(fd, &m, PRM_SZ(create_mkey_in), PRM_SZ(create_mkey_out));
	CHECK_FW_OK(&m);
	ro = mkey_index_of(&m) << 8 | 0x11;

	memset(buf, 0xee, 8192);
#define DUMP_TO(key, va, len) do {					\
	r = rd_in(&m, RD_MENU);						\
	PRM_SET(resource_dump, r, mkey, key);				\
	PRM_SET(resource_dump, r, size, len);				\
	PRM_SET64(resource_dump, r, address, (uintptr_t)(va));		\
	reg_rpc(fd, &m, PRM_SZ(resource_dump));				\
} while (0)
	DUMP_TO(ro, buf, 4096);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_ACCESS);
	DUMP_TO(rw ^ 0xff, buf, 4096);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_OBJ);
	DUMP_TO(rw, buf + 4096, 8192);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_MKEY_RANGE);
	DUMP_TO(rw, buf - 4096, 4096);
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_BAD_MKEY_RANGE);
	CHECK(buf[0] == 0xee && buf[8191] == 0xee, "a refused dump wrote into the umem");
	DUMP_TO(rw, buf + 4096, 4096);
	CHECK_FW_OK(&m);
	CHECK(buf[4095] == 0xee && PRM_GET(resource_dump_segment_header, buf + 4096, segment_type) == RD_INFO,
	      "the dump did not land at the window");
#undef DUMP_TO
	close(fd);
}

/* index1 and num_of_obj1 select the records a dump returns. */
static void fw_resource_dump_index_and_count_select_records(void)
{
	unsigned char d[4096], *p;
	unsigned int n = 0;
	size_t len, seg;
	struct mbox m;
	void *r;
	int fd = open_dev(DEV0);

	r = rd_in(&m, RD_FW_TRACE);
	PRM_SET(resource_dump, r, inline_dump, 1);
	PRM_SET(resource_dump, r, index1, 100);
	PRM_SET(resource_dump, r, num_of_obj1, 2);
	reg_rpc(fd, &m, PRM_SZ(resource_dump));
	CHECK_FW_OK(&m);
	r = reg_out(&m);
	len = PRM_GET(resource_dump, r, size);
	CHECK(!PRM_GET(resource_dump, r, more_dump) && len <= sizeof(d),
	      "two records: %zu bytes, more_dump %u", len, PRM_GET(resource_dump, r, more_dump));
	memcpy(d, PRM_ADDR_OF(resource_dump, r, inline_data), len);
	for (p = d; p < d + len; p += seg) {
		if (rd_seg(p, len - (p - d), &seg) != RD_FW_TRACE)
			continue;
		CHECK(PRM_GET(resource_dump_resource_segment, p, index1) == 100 + n, "record %u, want %u",
		      PRM_GET(resource_dump_resource_segment, p, index1), 100 + n);
		n++;
	}
	CHECK(n == 2, "%u records, want 2", n);
	/* The command segment echoes the request. */
	p = d + PRM_SZ(resource_dump_info_segment);
	CHECK(PRM_GET(resource_dump_command_segment, p, segment_called) == RD_FW_TRACE &&
	      PRM_GET(resource_dump_command_segment, p, index1) == 100 &&
	      PRM_GET(resource_dump_command_segment, p, num_of_obj1) == 2,
	      "command segment: called %#x index1 %u num_of_obj1 %u",
	      PRM_GET(resource_dump_command_segment, p, segment_called), PRM_GET(resource_dump_command_segment, p, index1),
	      PRM_GET(resource_dump_command_segment, p, num_of_obj1));
	close(fd);
}

/* Dumped objects carry their PRM layout: an mkey its mkc, a umem its umem. */
static void fw_resource_dump_objects_carry_their_layouts(void)
{
	unsigned char *buf = map_pages(3 * 4096, PROT_READ | PROT_WRITE);
	unsigned char d[4096], *p, *mkc;
	uint32_t umem, pd, mkey;
	unsigned int steps, n = 0;
	size_t len, seg;
	struct mbox m;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, 3 * 4096, &umem));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");
	CHECK(create_mkey_over(fd, umem, pd, buf + 4096, 4096, &m) == 0, "CREATE_MKEY failed");
	mkey = mkey_index_of(&m);

	len = rd_inline_all(fd, RD_MKEY, d, sizeof(d), &steps);
	for (p = d; p < d + len; p += seg) {
		if (rd_seg(p, len - (p - d), &seg) != RD_MKEY)
			continue;
		mkc = p + PRM_SZ(resource_dump_resource_segment);
		CHECK(seg == PRM_SZ(resource_dump_resource_segment) + PRM_SZ(mkc), "an mkey segment of %zu bytes",
		      seg);
		CHECK(PRM_GET(resource_dump_resource_segment, p, index1) == mkey &&
		      PRM_GET(mkc, mkc, pd) == pd && PRM_GET(mkc, mkc, mkey_7_0) == 0x5e &&
		      PRM_GET(mkc, mkc, lw) == 1 &&
		      PRM_GET64(mkc, mkc, start_addr) == (uintptr_t)(buf + 4096) &&
		      PRM_GET64(mkc, mkc, len) == 4096,
		      "mkey %u: pd %u key %#x lw %u start %#llx len %llu",
		      PRM_GET(resource_dump_resource_segment, p, index1), PRM_GET(mkc, mkc, pd),
		      PRM_GET(mkc, mkc, mkey_7_0), PRM_GET(mkc, mkc, lw),
		      (unsigned long long)PRM_GET64(mkc, mkc, start_addr),
		      (unsigned long long)PRM_GET64(mkc, mkc, len));
		n++;
	}
	CHECK(n == 1, "%u mkeys in the dump, want 1", n);

	len = rd_inline_all(fd, RD_UMEM, d, sizeof(d), &steps);
	for (n = 0, p = d; p < d + len; p += seg) {
		if (rd_seg(p, len - (p - d), &seg) != RD_UMEM)
			continue;
		CHECK(PRM_GET(resource_dump_resource_segment, p, index1) == umem &&
		      PRM_GET64(umem, p + PRM_SZ(resource_dump_resource_segment), num_of_mtt) == 3,
		      "umem %u with %llu pages, want %u with 3", PRM_GET(resource_dump_resource_segment, p, index1),
		      (unsigned long long)PRM_GET64(umem, p + PRM_SZ(resource_dump_resource_segment), num_of_mtt),
		      umem);
		n++;
	}
	CHECK(n == 1, "%u umems in the dump, want 1", n);
	close(fd);
}

/* A child without CAP_SYS_ADMIN: its context lacks tools_resources. */
static void dump_without_tools(void *arg)
{
	struct mbox m;
	void *r;
	int fd;

	(void)arg;
	CHECK(!caps_limit(ALL_CAPS & ~CAP_BIT(CAP_SYS_ADMIN)), "capset failed");
	fd = open_dev(DEV0);
	r = rd_in(&m, RD_MENU);
	PRM_SET(resource_dump, r, inline_dump, 1);
	reg_rpc(fd, &m, PRM_SZ(resource_dump));
	CHECK_FW(&m, MLX5CTL_CMD_STATUS_BAD_PARAM, SYN_NO_TOOLS_CAP);
	close(fd);
}

static void fw_resource_dump_needs_tools_resources(void)
{
	test_in_child(dump_without_tools, NULL);
}

/*
 * Periodic single sampling: one sample each 2^log_sample_period us of the
 * device clock until the buffer is full, each the counter's value then.
 */
static void fw_diag_single_sampling_fills_the_buffer_once(void)
{
	static const uint16_t ids[] = { 1 };	/* rx unicast packets */
	const unsigned int samples = 8, log_period = 10;
	uint64_t prev = 0;
	uint32_t inlen, ts0 = 0;
	struct mbox m;
	unsigned char *s;
	unsigned int i;
	int fd = fresh_dev();

	inlen = set_diag_counters(&m, 1, ids);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), single, 1);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), log_num_of_samples, 3);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), log_sample_period, log_period);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, inlen, set_diag_outlen());
	CHECK_FW_OK(&m);
	sleep_ms(100);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS, 0);
	PRM_SET(query_diagnostic_cntrs_in, m.in, num_of_samples, samples);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_cntrs_in),
	       PRM_SZ(query_diagnostic_cntrs_out) + samples * PRM_SZ(diagnostic_cntr_struct));
	CHECK_FW_OK(&m);
	s = PRM_ADDR_OF(query_diagnostic_cntrs_out, m.out, diag_counter);
	for (i = 0; i < samples; i++, s += PRM_SZ(diagnostic_cntr_struct)) {
		uint64_t v = (uint64_t)PRM_GET(diagnostic_cntr_struct, s, counter_value_h) << 32 |
			     PRM_GET(diagnostic_cntr_struct, s, counter_value_l);
		uint32_t ts = PRM_GET(diagnostic_cntr_struct, s, time_stamp_31_0);

		if (!i)
			ts0 = ts;
		CHECK(PRM_GET(diagnostic_cntr_struct, s, sample_id) == i &&
		      ts - ts0 == i << log_period && (!i || v > prev),
		      "sample %u: id %u time %u us after the first, value %llu after %llu", i,
		      PRM_GET(diagnostic_cntr_struct, s, sample_id), ts - ts0,
		      (unsigned long long)v, (unsigned long long)prev);
		prev = v;
	}
	done_dev(fd);
}

/* QUERY_DIAGNOSTIC_COUNTERS of @n samples from @first of one counter into @v and @id. */
static void diag_samples(int fd, unsigned int first, unsigned int n, uint64_t *v, uint32_t *id)
{
	struct mbox m;
	unsigned char *s;
	unsigned int i;

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS, 0);
	PRM_SET(query_diagnostic_cntrs_in, m.in, num_of_samples, n);
	PRM_SET(query_diagnostic_cntrs_in, m.in, sample_index, first);
	fw_rpc(fd, &m, PRM_SZ(query_diagnostic_cntrs_in),
	       PRM_SZ(query_diagnostic_cntrs_out) + n * PRM_SZ(diagnostic_cntr_struct));
	CHECK_FW_OK(&m);
	s = PRM_ADDR_OF(query_diagnostic_cntrs_out, m.out, diag_counter);
	for (i = 0; i < n; i++, s += PRM_SZ(diagnostic_cntr_struct)) {
		v[i] = (uint64_t)PRM_GET(diagnostic_cntr_struct, s, counter_value_h) << 32 |
		       PRM_GET(diagnostic_cntr_struct, s, counter_value_l);
		id[i] = PRM_GET(diagnostic_cntr_struct, s, sample_id);
	}
}

/*
 * Repetitive sampling overwrites its buffer round robin: it holds the last
 * lap. Disabling stops sampling and keeps the samples; clear empties them.
 */
static void fw_diag_repetitive_sampling_keeps_the_last_lap(void)
{
	static const uint16_t ids[] = { 2 };	/* tx unicast packets */
	uint64_t v[2], w[2];
	uint32_t id[2], jd[2], inlen;
	struct mbox m;
	int fd = fresh_dev();

	inlen = set_diag_counters(&m, 1, ids);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), repetitive, 1);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), log_num_of_samples, 1);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), log_sample_period, 10);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, inlen, set_diag_outlen());
	CHECK_FW_OK(&m);
	sleep_ms(100);
	diag_samples(fd, 0, 2, v, id);
	/* About 97 samples were due: slot i holds the last sample numbered i mod 2. */
	CHECK(id[0] % 2 == 0 && id[1] % 2 == 1 && id[0] >= 40 && id[1] >= 40 &&
	      (id[0] + 1 == id[1] || id[1] + 1 == id[0]),
	      "after 100 ms of 1 ms samples the buffer holds samples %u and %u", id[0], id[1]);
	CHECK((id[1] > id[0]) == (v[1] > v[0]), "sample %u %llu, sample %u %llu", id[0],
	      (unsigned long long)v[0], id[1], (unsigned long long)v[1]);

	set_diag_in(&m);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, PRM_SZ(set_diagnostic_params_in),
		  set_diag_outlen());
	CHECK_FW_OK(&m);
	diag_samples(fd, 0, 2, v, id);
	sleep_ms(50);
	diag_samples(fd, 0, 2, w, jd);
	CHECK(!memcmp(v, w, sizeof(v)) && !memcmp(id, jd, sizeof(id)),
	      "disabled sampling still moved: samples %u %u then %u %u", id[0], id[1], jd[0],
	      jd[1]);

	set_diag_in(&m);
	PRM_SET(diagnostic_params_context, set_diag_ctx(&m), clear, 1);
	fw_rpc_at(fd, MLX5CTL_RPC_DEBUG_WRITE, &m, PRM_SZ(set_diagnostic_params_in),
		  set_diag_outlen());
	CHECK_FW_OK(&m);
	diag_samples(fd, 0, 2, v, id);
	CHECK(!v[0] && !v[1] && !id[0] && !id[1], "cleared samples: %u %llu, %u %llu", id[0],
	      (unsigned long long)v[0], id[1], (unsigned long long)v[1]);
	done_dev(fd);
}

const struct test_case firmware_cases[] = {
	TEST(fw_nop_and_query_issi_answer, 30),
	TEST(fw_hca_cap_general_max_vs_current, 30),
	TEST(fw_hca_cap_offload_roce_qos_max_vs_current, 30),
	TEST(fw_hca_cap_every_type_answers, 60),
	TEST(fw_hca_cap_unmodelled_type_is_bad_param, 30),
	TEST(fw_uctx_cap_knob_is_the_hca_cap_the_firmware_enforces, 30),
	TEST(fw_query_uctx_reports_the_files_caps, 30),
	TEST(fw_query_adapter_psid_matches_sysfs, 30),
	TEST(fw_identity_knobs_reach_query_adapter_and_mgir, 30),
	TEST(fw_mgir_reports_sysfs_mac_and_is_read_only, 30),
	TEST(fw_paos_write_then_read, 30),
	TEST(fw_vport_counters_advance, 30),
	TEST(fw_ppcnt_counts_and_clears_its_own_view, 30),
	TEST(fw_port_down_stops_counters, 30),
	TEST(fw_q_counter_sets_exist_and_set0_counts, 30),
	TEST(fw_nic_vport_context_reports_sysfs_mac_and_guids, 30),
	TEST(fw_nic_vport_context_lists_current_uc_mac, 30),
	TEST(fw_mcia_page0_identifier_is_qsfp, 30),
	TEST(fw_mcia_errors, 30),
	TEST(fw_mcia_control_bytes_write_then_read, 30),
	TEST(fw_mtmp_temperature_drifts_within_bounds, 30),
	TEST(fw_mtmp_thresholds_write_then_read, 30),
	TEST(fw_ptys_speed_follows_admin, 30),
	TEST(fw_pmlp_remap_needs_port_down, 30),
	TEST(fw_set_diag_params_then_query_reads_back, 30),
	TEST(fw_diag_samples_count_records, 30),
	TEST(fw_diag_on_demand_samples_grow, 30),
	TEST(fw_diag_params_are_validated, 30),
	TEST(fw_short_inbox_is_bad_inp_len, 30),
	TEST(fw_short_outbox_is_bad_outp_len, 30),
	TEST(fw_unknown_opcode_never_reaches_firmware, 30),
	TEST(fw_bad_op_mod_and_register_are_bad_param, 30),
	TEST(fw_fail_next_reports_status_and_syndrome, 30),
	TEST(fw_latency_knob_slows_rpcs, 30),
	TEST(fw_latency_beyond_the_timeout_times_out, 30),
	TEST(fw_hang_then_timeout, 30),
	TEST(fw_max_objects_refuses_creation, 30),
	TEST(fw_other_files_pd_cannot_be_destroyed, 30),
	TEST(fw_other_files_umem_cannot_back_an_mkey, 30),
	TEST(fw_query_mkey_reads_back_what_create_made, 30),
	TEST(fw_pd_in_use_by_mkey_cannot_be_freed, 30),
	TEST(fw_destroying_uctx_frees_pd_and_mkey, 30),
	TEST(fw_query_umem_reports_its_pages, 30),
	TEST(fw_resource_dump_menu_inline, 30),
	TEST(fw_resource_dump_shows_only_own_objects, 30),
	TEST(fw_resource_dump_into_umem_with_more_dump, 60),
	TEST(fw_resource_dump_bad_requests_are_bad_param, 30),
	TEST(fw_create_mkey_only_mtt_within_own_umem, 30),
	TEST(fw_resource_dump_checks_mkey_key_access_and_range, 30),
	TEST(fw_resource_dump_index_and_count_select_records, 30),
	TEST(fw_resource_dump_objects_carry_their_layouts, 30),
	TEST(fw_resource_dump_needs_tools_resources, 30),
	TEST(fw_diag_single_sampling_fills_the_buffer_once, 30),
	TEST(fw_diag_repetitive_sampling_keeps_the_last_lap, 30),
	TEST(fw_new_device_with_uctx_cap_reports_it_from_bind, 30),
	TEST(fw_new_device_refuses_malformed_lines, 30),
	TEST(fw_new_device_refuses_out_of_range_numbers, 30),
	TEST(fw_core_dump_several_mib_through_umem, 120),
};

const unsigned int firmware_cases_len = sizeof(firmware_cases) / sizeof(firmware_cases[0]);
