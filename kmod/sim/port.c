// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The device's one Ethernet port: its administrative and operational state
 * (PAOS, QUERY_VPORT_STATE), lanes (PMLP), speeds (PTYS), the cable in it
 * (MCIA, an SFF-8636 QSFP28 EEPROM), the ASIC temperature (MTMP) and the
 * traffic it carries (PPCNT, QUERY_VPORT_COUNTER, QUERY_Q_COUNTER).
 *
 * Traffic is pretend but consistent: every counter grows at a fixed rate for
 * as long as the link has been up, so every view of it agrees, counters stop
 * when PAOS takes the port down, and each view clears on its own. The
 * temperature drifts up and down over two minutes, a little higher while the
 * link is up.
 */
#include <linux/math64.h>
#include <linux/string.h>

#include "sim.h"

#define SIM_LOCAL_PORT 1

/* Packets per second while the link is up; octets follow from sizes. */
static const u64 sim_ctr_rate[SIM_NR_CTRS] = {
	[SIM_CTR_RX_UCAST_PKTS] = 812345,
	[SIM_CTR_TX_UCAST_PKTS] = 603217,
	[SIM_CTR_RX_MCAST_PKTS] = 1201,
	[SIM_CTR_TX_MCAST_PKTS] = 310,
	[SIM_CTR_RX_BCAST_PKTS] = 45,
	[SIM_CTR_TX_BCAST_PKTS] = 12,
	[SIM_CTR_RX_ERRORS] = 2,
	[SIM_CTR_RX_DISCARDS] = 7,
	[SIM_CTR_RX_PAUSE] = 31,
	[SIM_CTR_TX_PAUSE] = 23,
	[SIM_CTR_OUT_OF_BUFFER] = 11,
	[SIM_CTR_OUT_OF_SEQUENCE] = 3,
};

/* Average frame sizes, by cast (unicast: sim.h, for the flow counter too). */
#define SIM_MCAST_BYTES 128
#define SIM_BCAST_BYTES 64

/* PTYS Ethernet link modes the port supports (eth_proto_*). */
#define SIM_ETH_40GBASE_CR4 MLX5CTL_PTYS_ETH_PROTO_40GBASE_CR4
#define SIM_ETH_10GBASE_CR MLX5CTL_PTYS_ETH_PROTO_10GBASE_CR
#define SIM_ETH_100GBASE_CR4 MLX5CTL_PTYS_ETH_PROTO_100GBASE_CR4
#define SIM_ETH_25GBASE_CR MLX5CTL_PTYS_ETH_PROTO_25GBASE_CR
#define SIM_ETH_50GBASE_CR2 MLX5CTL_PTYS_ETH_PROTO_50GBASE_CR2
#define SIM_ETH_CAPABILITY (SIM_ETH_10GBASE_CR | SIM_ETH_25GBASE_CR | \
			    SIM_ETH_40GBASE_CR4 | SIM_ETH_50GBASE_CR2 | \
			    SIM_ETH_100GBASE_CR4)
#define SIM_CONNECTOR_DA 7	/* direct attach copper */
#define SIM_AN_STATUS_OK 1

/* Fastest first: the mode the link trains to, and its data rate (100 Mb/s). */
static const struct {
	u32 mode;
	u16 rate;
} sim_eth_speeds[] = {
	{ SIM_ETH_100GBASE_CR4, 1000 },
	{ SIM_ETH_50GBASE_CR2, 500 },
	{ SIM_ETH_40GBASE_CR4, 400 },
	{ SIM_ETH_25GBASE_CR, 250 },
	{ SIM_ETH_10GBASE_CR, 100 },
};

/* MCIA */
#define SIM_MCIA_I2C_ADDR 0x50
#define SIM_MCIA_MAX_SIZE 48

/* SFF-8636 (QSFP28) memory map: lower page and upper page 00h. */
#define SFF_ID 0
#define SFF_REV 1
#define SFF_STATUS 2
#define SFF_STATUS_FLAT_MEM 0x04
#define SFF_TEMP 22
#define SFF_VCC 26
#define SFF_CTRL 86		/* first writable control byte */
#define SFF_PAGE_SELECT 127
#define SFF_ID_UPPER 128
#define SFF_CONNECTOR 130
#define SFF_COMPLIANCE 131
#define SFF_LEN_COPPER 146
#define SFF_TECH 147
#define SFF_VENDOR_NAME 148
#define SFF_VENDOR_OUI 165
#define SFF_VENDOR_PN 168
#define SFF_VENDOR_REV 184
#define SFF_CC_BASE 191
#define SFF_EXT_COMPLIANCE 192
#define SFF_VENDOR_SN 196
#define SFF_DATE_CODE 212
#define SFF_CC_EXT 223
#define SFF_ID_QSFP28 0x11
#define SFF_CONNECTOR_NO_SEPARABLE 0x23
#define SFF_EXT_100GBASE_CR4 0x0b
#define SFF_PAGE_SIZE 256

/* MTMP: 0.125 C units. */
#define SIM_TEMP(c) ((c) * 8)
#define SIM_TEMP_PERIOD_MS 120000

void sim_port_init(struct sim_dev *sdev)
{
	struct sim_port *port = &sdev->port;
	int i;

	spin_lock_init(&port->lock);
	port->admin_status = MLX5CTL_PORT_ADMIN_STATUS_UP;
	port->oper_status = MLX5CTL_PORT_OPER_STATUS_UP;
	port->eth_proto_admin = SIM_ETH_CAPABILITY;
	port->width = 4;
	for (i = 0; i < ARRAY_SIZE(port->lane_map); i++) {
		/* Port lane i is lane i of module 0, both ways. */
		__be32 map = 0;

		MLX5CTL_SET(lane_2_module_mapping, &map, rx_lane, i);
		MLX5CTL_SET(lane_2_module_mapping, &map, tx_lane, i);
		MLX5CTL_SET(lane_2_module_mapping, &map, module, 0);
		port->lane_map[i] = be32_to_cpu(map);
	}
	port->last_ns = ktime_get_ns();
	port->mte = true;
	port->temp_hi = SIM_TEMP(105);
	port->mtu = 1522;
}

void sim_port_destroy(struct sim_dev *sdev)
{
	kvfree(sdev->port.diag.ring);
	sdev->port.diag.ring = NULL;
}

static bool sim_link_up(const struct sim_port *port)
{
	return port->oper_status == MLX5CTL_PORT_OPER_STATUS_UP;
}

/* Whether the link is up now, for the queries that report port state. */
bool sim_port_up(struct sim_dev *sdev)
{
	bool up;

	spin_lock(&sdev->port.lock);
	up = sim_link_up(&sdev->port);
	spin_unlock(&sdev->port.lock);
	return up;
}

/* Counters after the link was up for @up_ns. */
static void sim_ctrs_at(u64 up_ns, struct sim_ctrs *c)
{
	int i;

	for (i = 0; i < SIM_NR_CTRS; i++)
		c->v[i] = mul_u64_u64_div_u64(sim_ctr_rate[i], up_ns,
					      NSEC_PER_SEC);
	c->v[SIM_CTR_RX_OCTETS] =
		c->v[SIM_CTR_RX_UCAST_PKTS] * SIM_UCAST_BYTES +
		c->v[SIM_CTR_RX_MCAST_PKTS] * SIM_MCAST_BYTES +
		c->v[SIM_CTR_RX_BCAST_PKTS] * SIM_BCAST_BYTES;
	c->v[SIM_CTR_TX_OCTETS] =
		c->v[SIM_CTR_TX_UCAST_PKTS] * SIM_UCAST_BYTES +
		c->v[SIM_CTR_TX_MCAST_PKTS] * SIM_MCAST_BYTES +
		c->v[SIM_CTR_TX_BCAST_PKTS] * SIM_BCAST_BYTES;
}

/* How long the link will have been up at @ns >= last_ns. Port lock held. */
static u64 sim_up_ns_at(const struct sim_port *port, u64 ns)
{
	if (!sim_link_up(port) || ns <= port->last_ns)
		return port->up_ns;
	return port->up_ns + ns - port->last_ns;
}

/* The counter values at @ns >= last_ns. Port lock held. */
void sim_port_ctrs_at(struct sim_dev *sdev, u64 ns, struct sim_ctrs *c)
{
	sim_ctrs_at(sim_up_ns_at(&sdev->port, ns), c);
}

/* Bring the link's clock to @now_ns, sampling on the way. Port lock held. */
void sim_port_advance(struct sim_dev *sdev, u64 now_ns)
{
	struct sim_port *port = &sdev->port;

	lockdep_assert_held(&port->lock);
	if (now_ns <= port->last_ns)
		return;
	sim_diag_sample_until(sdev, now_ns);
	port->up_ns = sim_up_ns_at(port, now_ns);
	port->last_ns = now_ns;
}

void sim_port_counters(struct sim_dev *sdev, enum sim_ctr_view view,
		       bool clear, struct sim_ctrs *c)
{
	struct sim_port *port = &sdev->port;
	struct sim_ctrs now;
	int i;

	spin_lock(&port->lock);
	sim_port_advance(sdev, ktime_get_ns());
	sim_ctrs_at(port->up_ns, &now);
	for (i = 0; i < SIM_NR_CTRS; i++)
		c->v[i] = now.v[i] - port->base[view].v[i];
	if (clear)
		port->base[view] = now;
	spin_unlock(&port->lock);
}

/* A change of admin state: the link follows at once. Port lock held. */
static void sim_port_set_admin(struct sim_dev *sdev, u8 admin)
{
	struct sim_port *port = &sdev->port;

	sim_port_advance(sdev, ktime_get_ns());
	port->admin_status = admin;
	port->oper_status = admin == MLX5CTL_PORT_ADMIN_STATUS_DOWN ?
			    MLX5CTL_PORT_OPER_STATUS_DOWN :
			    MLX5CTL_PORT_OPER_STATUS_UP;
}

static bool sim_local_port_ok(u32 local_port)
{
	return local_port == SIM_LOCAL_PORT;
}

u8 sim_reg_paos(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_port *port = &ctx->sdev->port;
	u32 admin;

	if (!sim_local_port_ok(MLX5CTL_GET(paos_reg, reg, local_port)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	admin = MLX5CTL_GET(paos_reg, reg, admin_status);
	if (write && MLX5CTL_GET(paos_reg, reg, ase) &&
	    admin != MLX5CTL_PORT_ADMIN_STATUS_UP &&
	    admin != MLX5CTL_PORT_ADMIN_STATUS_DOWN &&
	    admin != MLX5CTL_PORT_ADMIN_STATUS_UP_ONCE)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (write && MLX5CTL_GET(paos_reg, reg, ee) &&
	    MLX5CTL_GET(paos_reg, reg, e) > 2)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	spin_lock(&port->lock);
	if (write && MLX5CTL_GET(paos_reg, reg, ase))
		sim_port_set_admin(ctx->sdev, admin);
	if (write && MLX5CTL_GET(paos_reg, reg, ee))
		port->event = MLX5CTL_GET(paos_reg, reg, e);
	MLX5CTL_SET(paos_reg, reg, admin_status, port->admin_status);
	MLX5CTL_SET(paos_reg, reg, oper_status, port->oper_status);
	MLX5CTL_SET(paos_reg, reg, e, port->event);
	spin_unlock(&port->lock);
	MLX5CTL_SET(paos_reg, reg, ase, 0);
	MLX5CTL_SET(paos_reg, reg, ee, 0);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_reg_pmlp(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_port *port = &ctx->sdev->port;
	u32 width = MLX5CTL_GET(pmlp_reg, reg, width);
	u32 map[4];
	u8 status = MLX5CTL_CMD_STATUS_OK;
	int i;

	if (!sim_local_port_ok(MLX5CTL_GET(pmlp_reg, reg, local_port)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (write && width != 1 && width != 2 && width != 4)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	map[0] = MLX5CTL_GET(pmlp_reg, reg, lane0_module_mapping);
	map[1] = MLX5CTL_GET(pmlp_reg, reg, lane1_module_mapping);
	map[2] = MLX5CTL_GET(pmlp_reg, reg, lane2_module_mapping);
	map[3] = MLX5CTL_GET(pmlp_reg, reg, lane3_module_mapping);

	spin_lock(&port->lock);
	/* The PRM allows remapping only while the port is disabled. */
	if (write && port->admin_status != MLX5CTL_PORT_ADMIN_STATUS_DOWN) {
		status = sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_SYS_STATE,
				  SIM_SYN_BAD_FIELD);
	} else if (write) {
		port->width = width;
		for (i = 0; i < ARRAY_SIZE(map); i++)
			port->lane_map[i] = i < width ? map[i] : 0;
	}
	width = port->width;
	memcpy(map, port->lane_map, sizeof(map));
	spin_unlock(&port->lock);
	if (status)
		return status;

	MLX5CTL_SET(pmlp_reg, reg, rxtx, 0);
	MLX5CTL_SET(pmlp_reg, reg, width, width);
	MLX5CTL_SET(pmlp_reg, reg, lane0_module_mapping, map[0]);
	MLX5CTL_SET(pmlp_reg, reg, lane1_module_mapping, map[1]);
	MLX5CTL_SET(pmlp_reg, reg, lane2_module_mapping, map[2]);
	MLX5CTL_SET(pmlp_reg, reg, lane3_module_mapping, map[3]);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_reg_ptys(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_port *port = &ctx->sdev->port;
	u32 admin = MLX5CTL_GET(ptys_reg, reg, eth_proto_admin);
	u32 oper = 0;
	u16 rate = 0;
	bool up;
	int i;

	if (!sim_local_port_ok(MLX5CTL_GET(ptys_reg, reg, local_port)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	/* An Ethernet port: InfiniBand fields do not apply. */
	if (MLX5CTL_GET(ptys_reg, reg, proto_mask) !=
	    MLX5CTL_PTYS_PROTO_MASK_EN)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (write && (!admin || admin & ~SIM_ETH_CAPABILITY ||
		      MLX5CTL_GET(ptys_reg, reg, ext_eth_proto_admin)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	spin_lock(&port->lock);
	if (write) {
		port->eth_proto_admin = admin;
		port->an_disable = MLX5CTL_GET(ptys_reg, reg, an_disable_admin);
	}
	admin = port->eth_proto_admin;
	up = sim_link_up(port);
	MLX5CTL_SET(ptys_reg, reg, an_disable_admin, port->an_disable);
	spin_unlock(&port->lock);

	for (i = 0; up && i < ARRAY_SIZE(sim_eth_speeds); i++) {
		if (admin & sim_eth_speeds[i].mode) {
			oper = sim_eth_speeds[i].mode;
			rate = sim_eth_speeds[i].rate;
			break;
		}
	}

	MLX5CTL_SET(ptys_reg, reg, an_disable_cap, 1);
	MLX5CTL_SET(ptys_reg, reg, an_status, up ? SIM_AN_STATUS_OK : 0);
	MLX5CTL_SET(ptys_reg, reg, data_rate_oper, rate);
	MLX5CTL_SET(ptys_reg, reg, ext_eth_proto_capability, 0);
	MLX5CTL_SET(ptys_reg, reg, eth_proto_capability, SIM_ETH_CAPABILITY);
	MLX5CTL_SET(ptys_reg, reg, ext_eth_proto_admin, 0);
	MLX5CTL_SET(ptys_reg, reg, eth_proto_admin, admin);
	MLX5CTL_SET(ptys_reg, reg, ext_eth_proto_oper, 0);
	MLX5CTL_SET(ptys_reg, reg, eth_proto_oper, oper);
	MLX5CTL_SET(ptys_reg, reg, connector_type, SIM_CONNECTOR_DA);
	MLX5CTL_SET(ptys_reg, reg, eth_proto_lp_advertise,
		    up ? SIM_ETH_CAPABILITY : 0);
	return MLX5CTL_CMD_STATUS_OK;
}

/* Each counter of a PPCNT group is a pair of 32-bit halves. */
#define SIM_SET_HILO(layout, p, name, v) do {				\
	u64 _hilo = (v);						\
	MLX5CTL_SET(layout, p, name##_high, upper_32_bits(_hilo));	\
	MLX5CTL_SET(layout, p, name##_low, lower_32_bits(_hilo));	\
} while (0)

static void sim_ppcnt_802_3(void *p, const struct sim_ctrs *c)
{
#define SET(name, v) SIM_SET_HILO(eth_802_3_cntrs_grp_data_layout, p, name, v)
	const u64 *v = c->v;

	SET(a_frames_transmitted_ok, v[SIM_CTR_TX_UCAST_PKTS] +
	    v[SIM_CTR_TX_MCAST_PKTS] + v[SIM_CTR_TX_BCAST_PKTS]);
	SET(a_frames_received_ok, v[SIM_CTR_RX_UCAST_PKTS] +
	    v[SIM_CTR_RX_MCAST_PKTS] + v[SIM_CTR_RX_BCAST_PKTS]);
	SET(a_frame_check_sequence_errors, v[SIM_CTR_RX_ERRORS]);
	SET(a_octets_transmitted_ok, v[SIM_CTR_TX_OCTETS]);
	SET(a_octets_received_ok, v[SIM_CTR_RX_OCTETS]);
	SET(a_multicast_frames_xmitted_ok, v[SIM_CTR_TX_MCAST_PKTS]);
	SET(a_broadcast_frames_xmitted_ok, v[SIM_CTR_TX_BCAST_PKTS]);
	SET(a_multicast_frames_received_ok, v[SIM_CTR_RX_MCAST_PKTS]);
	SET(a_broadcast_frames_received_ok, v[SIM_CTR_RX_BCAST_PKTS]);
	SET(a_pause_mac_ctrl_frames_received, v[SIM_CTR_RX_PAUSE]);
	SET(a_pause_mac_ctrl_frames_transmitted, v[SIM_CTR_TX_PAUSE]);
#undef SET
}

static void sim_ppcnt_2863(void *p, const struct sim_ctrs *c)
{
#define SET(name, v) SIM_SET_HILO(eth_2863_cntrs_grp_data_layout, p, name, v)
	const u64 *v = c->v;

	SET(if_in_octets, v[SIM_CTR_RX_OCTETS]);
	SET(if_in_ucast_pkts, v[SIM_CTR_RX_UCAST_PKTS]);
	SET(if_in_discards, v[SIM_CTR_RX_DISCARDS]);
	SET(if_in_errors, v[SIM_CTR_RX_ERRORS]);
	SET(if_out_octets, v[SIM_CTR_TX_OCTETS]);
	SET(if_out_ucast_pkts, v[SIM_CTR_TX_UCAST_PKTS]);
	SET(if_in_multicast_pkts, v[SIM_CTR_RX_MCAST_PKTS]);
	SET(if_in_broadcast_pkts, v[SIM_CTR_RX_BCAST_PKTS]);
	SET(if_out_multicast_pkts, v[SIM_CTR_TX_MCAST_PKTS]);
	SET(if_out_broadcast_pkts, v[SIM_CTR_TX_BCAST_PKTS]);
#undef SET
}

static void sim_ppcnt_2819(void *p, const struct sim_ctrs *c)
{
#define SET(name, v) SIM_SET_HILO(eth_2819_cntrs_grp_data_layout, p, name, v)
	const u64 *v = c->v;
	u64 pkts = v[SIM_CTR_RX_UCAST_PKTS] + v[SIM_CTR_RX_MCAST_PKTS] +
		   v[SIM_CTR_RX_BCAST_PKTS];

	SET(ether_stats_drop_events, v[SIM_CTR_RX_DISCARDS]);
	SET(ether_stats_octets, v[SIM_CTR_RX_OCTETS]);
	SET(ether_stats_pkts, pkts);
	SET(ether_stats_broadcast_pkts, v[SIM_CTR_RX_BCAST_PKTS]);
	SET(ether_stats_multicast_pkts, v[SIM_CTR_RX_MCAST_PKTS]);
	SET(ether_stats_crc_align_errors, v[SIM_CTR_RX_ERRORS]);
	SET(ether_stats_pkts64octets, v[SIM_CTR_RX_BCAST_PKTS]);
	SET(ether_stats_pkts128to255octets, v[SIM_CTR_RX_MCAST_PKTS]);
	SET(ether_stats_pkts1024to1518octets, v[SIM_CTR_RX_UCAST_PKTS]);
#undef SET
}

static void sim_ppcnt_3635(void *p, const struct sim_ctrs *c)
{
#define SET(name, v) SIM_SET_HILO(eth_3635_cntrs_grp_data_layout, p, name, v)
	SET(dot3stats_fcs_errors, c->v[SIM_CTR_RX_ERRORS]);
	SET(dot3in_pause_frames, c->v[SIM_CTR_RX_PAUSE]);
	SET(dot3out_pause_frames, c->v[SIM_CTR_TX_PAUSE]);
#undef SET
}

static void sim_ppcnt_extended(void *p, const struct sim_ctrs *c)
{
#define SET(name, v) \
	SIM_SET_HILO(eth_extended_cntrs_grp_data_layout, p, name, v)
	SET(rx_buffer_almost_full, c->v[SIM_CTR_RX_PAUSE]);
	SET(rx_buffer_full, c->v[SIM_CTR_RX_DISCARDS]);
#undef SET
}

/* All traffic runs at priority 0; the other priorities are idle. */
static void sim_ppcnt_per_prio(void *p, const struct sim_ctrs *c)
{
#define SET(name, v) SIM_SET_HILO(eth_per_prio_grp_data_layout, p, name, v)
	const u64 *v = c->v;

	SET(rx_octets, v[SIM_CTR_RX_OCTETS]);
	SET(rx_frames, v[SIM_CTR_RX_UCAST_PKTS] + v[SIM_CTR_RX_MCAST_PKTS] +
	    v[SIM_CTR_RX_BCAST_PKTS]);
	SET(tx_octets, v[SIM_CTR_TX_OCTETS]);
	SET(tx_frames, v[SIM_CTR_TX_UCAST_PKTS] + v[SIM_CTR_TX_MCAST_PKTS] +
	    v[SIM_CTR_TX_BCAST_PKTS]);
	SET(rx_pause, v[SIM_CTR_RX_PAUSE]);
	SET(tx_pause, v[SIM_CTR_TX_PAUSE]);
	SET(rx_discards, v[SIM_CTR_RX_DISCARDS]);
#undef SET
}

static const struct {
	u8 grp;
	void (*fill)(void *p, const struct sim_ctrs *c);
} sim_ppcnt_groups[] = {
	{ MLX5CTL_PPCNT_GRP_IEEE_802_3, sim_ppcnt_802_3 },
	{ MLX5CTL_PPCNT_GRP_RFC_2863, sim_ppcnt_2863 },
	{ MLX5CTL_PPCNT_GRP_RFC_2819, sim_ppcnt_2819 },
	{ MLX5CTL_PPCNT_GRP_RFC_3635, sim_ppcnt_3635 },
	{ MLX5CTL_PPCNT_GRP_ETHERNET_EXTENDED, sim_ppcnt_extended },
	{ MLX5CTL_PPCNT_GRP_PER_PRIORITY, sim_ppcnt_per_prio },
};

u8 sim_reg_ppcnt(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	u32 grp = MLX5CTL_GET(ppcnt_reg, reg, grp);
	void *set = MLX5CTL_ADDR_OF(ppcnt_reg, reg, counter_set);
	struct sim_ctrs c;
	int i;

	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	if (!sim_local_port_ok(MLX5CTL_GET(ppcnt_reg, reg, local_port)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	for (i = 0; i < ARRAY_SIZE(sim_ppcnt_groups); i++)
		if (sim_ppcnt_groups[i].grp == grp)
			break;
	if (i == ARRAY_SIZE(sim_ppcnt_groups))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	sim_port_counters(ctx->sdev, SIM_VIEW_PPCNT,
			  MLX5CTL_GET(ppcnt_reg, reg, clr), &c);
	memset(set, 0, MLX5CTL_FLD_SZ_BYTES(ppcnt_reg, counter_set));
	if (grp != MLX5CTL_PPCNT_GRP_PER_PRIORITY ||
	    !MLX5CTL_GET(ppcnt_reg, reg, prio_tc))
		sim_ppcnt_groups[i].fill(set, &c);
	return MLX5CTL_CMD_STATUS_OK;
}

/* The module's temperature, SFF-8636 units (1/256 C), from the ASIC's. */
static u16 sim_asic_temp(struct sim_dev *sdev)
{
	u64 ms = ktime_ms_delta(ktime_get(), sdev->ident.born);
	u32 phase = do_div(ms, SIM_TEMP_PERIOD_MS);
	u32 tri = phase < SIM_TEMP_PERIOD_MS / 2 ? phase :
		  SIM_TEMP_PERIOD_MS - phase;
	int t = SIM_TEMP(45) + (sdev->id % 4) * 4 - SIM_TEMP(6) +
		(int)(tri * (u32)SIM_TEMP(12) / (SIM_TEMP_PERIOD_MS / 2));

	if (READ_ONCE(sdev->port.oper_status) == MLX5CTL_PORT_OPER_STATUS_UP)
		t += SIM_TEMP(3);
	return t;
}

/* The EEPROM of the QSFP28 direct attach cable in the port. */
static void sim_eeprom(struct sim_dev *sdev, u8 *e)
{
	char sn[17];
	u16 temp = (sim_asic_temp(sdev) - SIM_TEMP(7)) * 32;
	u8 sum;
	int i;

	memset(e, 0, SFF_PAGE_SIZE);
	e[SFF_ID] = SFF_ID_QSFP28;
	e[SFF_REV] = 0x08;
	e[SFF_STATUS] = SFF_STATUS_FLAT_MEM;
	e[SFF_TEMP] = temp >> 8;
	e[SFF_TEMP + 1] = temp;
	e[SFF_VCC] = 33000 >> 8;		/* 3.3 V in 100 uV */
	e[SFF_VCC + 1] = 33000 & 0xff;
	spin_lock(&sdev->port.lock);
	memcpy(&e[SFF_CTRL], sdev->port.module_ctrl,
	       sizeof(sdev->port.module_ctrl));
	spin_unlock(&sdev->port.lock);

	e[SFF_ID_UPPER] = SFF_ID_QSFP28;
	e[SFF_CONNECTOR] = SFF_CONNECTOR_NO_SEPARABLE;
	e[SFF_COMPLIANCE] = 0x80;		/* see extended compliance */
	e[SFF_LEN_COPPER] = 1;			/* metres */
	e[SFF_TECH] = 0xa0;			/* copper, unequalized */
	memcpy(&e[SFF_VENDOR_NAME], "MLX5CTL-SIM     ", 16);
	e[SFF_VENDOR_OUI] = 0x00;
	e[SFF_VENDOR_OUI + 1] = 0x02;
	e[SFF_VENDOR_OUI + 2] = 0xc9;
	memcpy(&e[SFF_VENDOR_PN], "SIM-QSFP28-DAC1M", 16);
	memcpy(&e[SFF_VENDOR_REV], "A2", 2);
	for (sum = 0, i = SFF_ID_UPPER; i < SFF_CC_BASE; i++)
		sum += e[i];
	e[SFF_CC_BASE] = sum;

	e[SFF_EXT_COMPLIANCE] = SFF_EXT_100GBASE_CR4;
	snprintf(sn, sizeof(sn), "SIMC%-12u", sdev->id);
	memcpy(&e[SFF_VENDOR_SN], sn, 16);
	memcpy(&e[SFF_DATE_CODE], "261125  ", 8);
	for (sum = 0, i = SFF_EXT_COMPLIANCE; i < SFF_CC_EXT; i++)
		sum += e[i];
	e[SFF_CC_EXT] = sum;
}

u8 sim_reg_mcia(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_port *port = &ctx->sdev->port;
	u32 addr = MLX5CTL_GET(mcia_reg, reg, device_address);
	u32 size = MLX5CTL_GET(mcia_reg, reg, size);
	u8 *data = MLX5CTL_ADDR_OF(mcia_reg, reg, dwords);
	u8 *eeprom;

	if (!size || size > SIM_MCIA_MAX_SIZE ||
	    size > MLX5CTL_FLD_SZ_BYTES(mcia_reg, dwords) ||
	    addr >= SFF_PAGE_SIZE || size > SFF_PAGE_SIZE - addr)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	/* Module errors are the register's status, not the command's. */
	if (MLX5CTL_GET(mcia_reg, reg, module)) {
		MLX5CTL_SET(mcia_reg, reg, status,
			    MLX5CTL_MCIA_STATUS_MODULE_NOT_CONNECTED);
		return MLX5CTL_CMD_STATUS_OK;
	}
	/* Flat memory: page 0 only. */
	if (MLX5CTL_GET(mcia_reg, reg, i2c_device_address) !=
	    SIM_MCIA_I2C_ADDR || MLX5CTL_GET(mcia_reg, reg, page_number)) {
		MLX5CTL_SET(mcia_reg, reg, status,
			    MLX5CTL_MCIA_STATUS_I2C_ERROR);
		return MLX5CTL_CMD_STATUS_OK;
	}

	if (write) {
		/* Only the control bytes take writes. */
		if (addr < SFF_CTRL ||
		    addr + size > SFF_CTRL + sizeof(port->module_ctrl))
			return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
		spin_lock(&port->lock);
		memcpy(&port->module_ctrl[addr - SFF_CTRL], data, size);
		spin_unlock(&port->lock);
	}

	eeprom = kmalloc(SFF_PAGE_SIZE, GFP_KERNEL);
	if (!eeprom)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES, SIM_SYN_NO_RES);
	sim_eeprom(ctx->sdev, eeprom);
	memset(data, 0, MLX5CTL_FLD_SZ_BYTES(mcia_reg, dwords));
	memcpy(data, &eeprom[addr], size);
	kfree(eeprom);
	MLX5CTL_SET(mcia_reg, reg, status, MLX5CTL_MCIA_STATUS_GOOD);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_reg_mtmp(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_port *port = &ctx->sdev->port;
	u32 hi = MLX5CTL_GET(mtmp_reg, reg, temp_threshold_hi);
	u32 lo = MLX5CTL_GET(mtmp_reg, reg, temp_threshold_lo);
	u16 temp;

	/* Sensor 0, the ASIC, is the only one. */
	if (MLX5CTL_GET(mtmp_reg, reg, sensor_index))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (write && (lo > hi || MLX5CTL_GET(mtmp_reg, reg, tee) > 2))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	temp = sim_asic_temp(ctx->sdev);
	spin_lock(&port->lock);
	if (write) {
		port->mte = MLX5CTL_GET(mtmp_reg, reg, mte);
		port->tee = MLX5CTL_GET(mtmp_reg, reg, tee);
		port->temp_hi = hi;
		port->temp_lo = lo;
		if (MLX5CTL_GET(mtmp_reg, reg, mtr))
			port->max_temp = 0;
	}
	if (port->mte && temp > port->max_temp)
		port->max_temp = temp;
	MLX5CTL_SET(mtmp_reg, reg, temperature, temp);
	MLX5CTL_SET(mtmp_reg, reg, max_temperature, port->max_temp);
	MLX5CTL_SET(mtmp_reg, reg, mte, port->mte);
	MLX5CTL_SET(mtmp_reg, reg, tee, port->tee);
	MLX5CTL_SET(mtmp_reg, reg, temp_threshold_hi, port->temp_hi);
	MLX5CTL_SET(mtmp_reg, reg, temp_threshold_lo, port->temp_lo);
	spin_unlock(&port->lock);
	MLX5CTL_SET(mtmp_reg, reg, mtr, 0);
	/* "ASIC", ASCII, the name's first four bytes. */
	MLX5CTL_SET(mtmp_reg, reg, sensor_name_hi, 0x41534943);
	MLX5CTL_SET(mtmp_reg, reg, sensor_name_lo, 0);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * PMTU counts whole frames: mlx5e sets admin_mtu to the netdev MTU plus an
 * Ethernet header, a VLAN tag and the FCS (22 bytes); 1522 is MTU 1500, as
 * the vport context reports it.
 */
#define SIM_MAX_MTU 10240
#define SIM_MIN_MTU (68 + 22)

u8 sim_reg_pmtu(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_port *port = &ctx->sdev->port;
	u16 admin = MLX5CTL_GET(pmtu_reg, reg, admin_mtu);

	if (!sim_local_port_ok(MLX5CTL_GET(pmtu_reg, reg, local_port)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (write && (admin < SIM_MIN_MTU || admin > SIM_MAX_MTU))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	spin_lock(&port->lock);
	if (write)
		port->mtu = admin;
	admin = port->mtu;
	spin_unlock(&port->lock);
	MLX5CTL_SET(pmtu_reg, reg, max_mtu, SIM_MAX_MTU);
	MLX5CTL_SET(pmtu_reg, reg, admin_mtu, admin);
	MLX5CTL_SET(pmtu_reg, reg, oper_mtu, admin);
	return MLX5CTL_CMD_STATUS_OK;
}

/* PPLM FEC masks: bit 0 no FEC, bit 1 FireCode, bit 2 RS-FEC (528,514). */
#define SIM_FEC_NONE 0x1
#define SIM_FEC_FC 0x2
#define SIM_FEC_RS 0x4

u8 sim_reg_pplm(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_port *port = &ctx->sdev->port;
	u8 fec25 = MLX5CTL_GET(pplm_reg, reg, fec_override_admin_25g);
	u8 fec100 = MLX5CTL_GET(pplm_reg, reg, fec_override_admin_100g);
	u32 active = 0;
	u16 rate = 0;
	int i;

	if (!sim_local_port_ok(MLX5CTL_GET(pplm_reg, reg, local_port)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	/* One mode or none (automatic), among those the speed supports. */
	if (write && (hweight8(fec25) > 1 || fec25 & ~(SIM_FEC_NONE | SIM_FEC_FC | SIM_FEC_RS) ||
		      hweight8(fec100) > 1 || fec100 & ~(SIM_FEC_NONE | SIM_FEC_RS)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	spin_lock(&port->lock);
	if (write) {
		port->fec_admin_25g = fec25;
		port->fec_admin_100g = fec100;
	}
	fec25 = port->fec_admin_25g;
	fec100 = port->fec_admin_100g;
	for (i = 0; sim_link_up(port) && i < ARRAY_SIZE(sim_eth_speeds); i++) {
		if (port->eth_proto_admin & sim_eth_speeds[i].mode) {
			rate = sim_eth_speeds[i].rate;
			break;
		}
	}
	spin_unlock(&port->lock);

	/* The active mode: the override, else RS at 100G and 25G lanes. */
	if (rate == 1000)
		active = fec100 ?: SIM_FEC_RS;
	else if (rate == 250 || rate == 500)
		active = fec25 ?: SIM_FEC_RS;
	else if (rate)
		active = SIM_FEC_NONE;
	MLX5CTL_SET(pplm_reg, reg, fec_mode_active, active == SIM_FEC_NONE ? 0 : active);
	MLX5CTL_SET(pplm_reg, reg, fec_override_cap_25g, SIM_FEC_NONE | SIM_FEC_FC | SIM_FEC_RS);
	MLX5CTL_SET(pplm_reg, reg, fec_override_cap_50g, SIM_FEC_NONE | SIM_FEC_FC | SIM_FEC_RS);
	MLX5CTL_SET(pplm_reg, reg, fec_override_cap_100g, SIM_FEC_NONE | SIM_FEC_RS);
	MLX5CTL_SET(pplm_reg, reg, fec_override_cap_10g_40g, SIM_FEC_NONE | SIM_FEC_FC);
	MLX5CTL_SET(pplm_reg, reg, fec_override_admin_25g, fec25);
	MLX5CTL_SET(pplm_reg, reg, fec_override_admin_100g, fec100);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * PDDR's troubleshooting page (page_select 1), which mlx5e reads for the
 * reason a link is down: a monitor opcode and its text. 0 is "no issue";
 * 1 is a port an administrator closed (PAOS).
 */
#define SIM_PDDR_TROUBLESHOOTING 0x1

u8 sim_reg_pddr(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_port *port = &ctx->sdev->port;
	void *page = MLX5CTL_ADDR_OF(pddr_reg, reg, page_data);
	char *text;
	bool closed;

	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	if (!sim_local_port_ok(MLX5CTL_GET(pddr_reg, reg, local_port)) ||
	    MLX5CTL_GET(pddr_reg, reg, page_select) != SIM_PDDR_TROUBLESHOOTING)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	spin_lock(&port->lock);
	closed = port->admin_status == MLX5CTL_PORT_ADMIN_STATUS_DOWN;
	spin_unlock(&port->lock);

	memset(page, 0, MLX5CTL_FLD_SZ_BYTES(pddr_reg, page_data));
	MLX5CTL_SET(pddr_troubleshooting_page, page, group_opcode, 0);
	MLX5CTL_SET(pddr_troubleshooting_page, page,
		    status_opcode.pddr_monitor_opcode.monitor_opcode, closed);
	text = MLX5CTL_ADDR_OF(pddr_troubleshooting_page, page, status_message);
	strscpy(text, closed ? "Port is closed by command (see PAOS)" : "No issue observed",
		MLX5CTL_FLD_SZ_BYTES(pddr_troubleshooting_page, status_message));
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * The vport a query names: the function's own, or with other_vport the one of
 * vport_number. A single PF is its e-switch's manager (caps: eswitch_manager)
 * without VFs or SFs, so the only vport it may name is its own, number 0, as
 * its firmware answers; the uplink has op_mods of its own.
 */
bool sim_vport_exists(bool other_vport, u16 vport_number)
{
	return !other_vport || vport_number == 0;
}

u8 sim_cmd_query_vport_state(struct sim_cmd_ctx *ctx)
{
	struct sim_port *port = &ctx->sdev->port;
	u8 admin, oper;

	if (!sim_vport_exists(MLX5CTL_GET(query_vport_state_in, ctx->in, other_vport),
			      MLX5CTL_GET(query_vport_state_in, ctx->in, vport_number)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (ctx->op_mod != MLX5CTL_VPORT_STATE_OP_MOD_VNIC_VPORT &&
	    ctx->op_mod != MLX5CTL_VPORT_STATE_OP_MOD_UPLINK)
		return sim_bad_param(ctx, SIM_SYN_BAD_OP_MOD);

	spin_lock(&port->lock);
	admin = port->admin_status != MLX5CTL_PORT_ADMIN_STATUS_DOWN;
	oper = sim_link_up(port);
	spin_unlock(&port->lock);
	MLX5CTL_SET(query_vport_state_out, ctx->out, admin_state,
		    admin ? MLX5CTL_VPORT_STATE_UP : MLX5CTL_VPORT_STATE_DOWN);
	MLX5CTL_SET(query_vport_state_out, ctx->out, state,
		    oper ? MLX5CTL_VPORT_STATE_UP : MLX5CTL_VPORT_STATE_DOWN);
	return MLX5CTL_CMD_STATUS_OK;
}

/* A modified EUI-64 node GUID from the MAC, port GUIDs after it. */
u64 sim_node_guid(const u8 *mac)
{
	return (u64)mac[0] << 56 | (u64)mac[1] << 48 | (u64)mac[2] << 40 |
	       0xfffeull << 24 | mac[3] << 16 | mac[4] << 8 | mac[5];
}

void sim_set_mac(void *p, const u8 *mac)
{
	MLX5CTL_SET(mac_address_layout, p, mac_addr_47_32,
		    mac[0] << 8 | mac[1]);
	MLX5CTL_SET(mac_address_layout, p, mac_addr_31_0,
		    mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5]);
}

u8 sim_cmd_query_nic_vport_context(struct sim_cmd_ctx *ctx)
{
	static const u8 all_hosts[ETH_ALEN] = { 0x01, 0x00, 0x5e, 0, 0, 1 };
	const u8 *mac = ctx->sdev->ident.mac;
	u32 type = MLX5CTL_GET(query_nic_vport_context_in, ctx->in,
			       allowed_list_type);
	size_t fixed = MLX5CTL_ST_SZ_BYTES(query_nic_vport_context_out);
	size_t esz = MLX5CTL_ST_SZ_BYTES(mac_address_layout);
	size_t room = (ctx->outlen - fixed) / esz;
	u8 *list;
	void *nvc;
	u64 guid = sim_node_guid(mac);
	u32 n = 0;

	if (!sim_vport_exists(MLX5CTL_GET(query_nic_vport_context_in, ctx->in, other_vport),
			      MLX5CTL_GET(query_nic_vport_context_in, ctx->in, vport_number)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (type > MLX5CTL_NIC_VPORT_LIST_TYPE_VLAN)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	nvc = MLX5CTL_ADDR_OF(query_nic_vport_context_out, ctx->out,
			      nic_vport_context);
	MLX5CTL_SET(nic_vport_context, nvc, roce_en, 1);
	MLX5CTL_SET(nic_vport_context, nvc, mtu, 1500);
	MLX5CTL_SET64(nic_vport_context, nvc, system_image_guid, guid);
	MLX5CTL_SET64(nic_vport_context, nvc, node_guid, guid);
	MLX5CTL_SET64(nic_vport_context, nvc, port_guid, guid + 1);
	sim_set_mac(MLX5CTL_ADDR_OF(nic_vport_context, nvc, permanent_address),
		    mac);

	/* The list as far as the outbox holds it; its size says how far. */
	list = MLX5CTL_ADDR_OF(nic_vport_context, nvc, current_uc_mac_address);
	if (type == MLX5CTL_NIC_VPORT_LIST_TYPE_CURRENT_UC && room > n)
		sim_set_mac(list + n++ * esz, mac);
	if (type == MLX5CTL_NIC_VPORT_LIST_TYPE_CURRENT_MC && room > n)
		sim_set_mac(list + n++ * esz, all_hosts);
	MLX5CTL_SET(nic_vport_context, nvc, allowed_list_type, type);
	MLX5CTL_SET(nic_vport_context, nvc, allowed_list_size, n);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_vport_counter(struct sim_cmd_ctx *ctx)
{
	struct sim_ctrs c;
	const u64 *v = c.v;

	if (!sim_vport_exists(MLX5CTL_GET(query_vport_counter_in, ctx->in, other_vport),
			      MLX5CTL_GET(query_vport_counter_in, ctx->in, vport_number)))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	sim_port_counters(ctx->sdev, SIM_VIEW_VPORT,
			  MLX5CTL_GET(query_vport_counter_in, ctx->in, clear),
			  &c);
#define SET(name, pkts, size) do {					\
	MLX5CTL_SET64(query_vport_counter_out, ctx->out, name.packets, pkts); \
	MLX5CTL_SET64(query_vport_counter_out, ctx->out, name.octets,	\
		      (pkts) * (size));					\
} while (0)
	SET(received_errors, v[SIM_CTR_RX_ERRORS], SIM_UCAST_BYTES);
	SET(received_eth_unicast, v[SIM_CTR_RX_UCAST_PKTS], SIM_UCAST_BYTES);
	SET(transmitted_eth_unicast, v[SIM_CTR_TX_UCAST_PKTS],
	    SIM_UCAST_BYTES);
	SET(received_eth_multicast, v[SIM_CTR_RX_MCAST_PKTS],
	    SIM_MCAST_BYTES);
	SET(transmitted_eth_multicast, v[SIM_CTR_TX_MCAST_PKTS],
	    SIM_MCAST_BYTES);
	SET(received_eth_broadcast, v[SIM_CTR_RX_BCAST_PKTS],
	    SIM_BCAST_BYTES);
	SET(transmitted_eth_broadcast, v[SIM_CTR_TX_BCAST_PKTS],
	    SIM_BCAST_BYTES);
#undef SET
	return MLX5CTL_CMD_STATUS_OK;
}

/* Sets 0 to 3 exist (as if the driver had allocated them); 0 counts. */
#define SIM_Q_COUNTER_SETS 4

u8 sim_cmd_query_q_counter(struct sim_cmd_ctx *ctx)
{
	u32 set = MLX5CTL_GET(query_q_counter_in, ctx->in, counter_set_id);
	struct sim_ctrs c;

	if (set >= SIM_Q_COUNTER_SETS)
		return sim_bad_param(ctx, SIM_SYN_BAD_OBJ);

	sim_port_counters(ctx->sdev, SIM_VIEW_Q,
			  MLX5CTL_GET(query_q_counter_in, ctx->in, clear), &c);
	if (set)
		return MLX5CTL_CMD_STATUS_OK;
	MLX5CTL_SET(query_q_counter_out, ctx->out, out_of_buffer,
		    c.v[SIM_CTR_OUT_OF_BUFFER]);
	MLX5CTL_SET(query_q_counter_out, ctx->out, out_of_sequence,
		    c.v[SIM_CTR_OUT_OF_SEQUENCE]);
	MLX5CTL_SET(query_q_counter_out, ctx->out, rx_write_requests,
		    c.v[SIM_CTR_RX_UCAST_PKTS] / 16);
	MLX5CTL_SET(query_q_counter_out, ctx->out, rx_read_requests,
		    c.v[SIM_CTR_RX_UCAST_PKTS] / 64);
	return MLX5CTL_CMD_STATUS_OK;
}
