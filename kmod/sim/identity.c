// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Who a simulated device says it is: serial number, PSID, firmware version
 * and MAC address, each derived from the device id so that two devices
 * differ. QUERY_ADAPTER and the MGIR register report them; sysfs shows them
 * beside the device, where tests may also change the PSID and the firmware
 * version:
 *   /sys/bus/mlx5ctl_sim/devices/mlx5ctl_sim<id>/{serial,psid,fw_version,mac}
 */
#include <linux/ctype.h>
#include <linux/string.h>

#include "sim.h"

#define SIM_IEEE_VENDOR_ID 0x0002c9	/* Mellanox OUI */
#define SIM_PCI_VENDOR_ID 0x15b3
#define SIM_PCI_DEVICE_ID 0x101d	/* ConnectX-6 Dx */
#define SIM_VSD "mlx5ctl simulated ConnectX"
#define SIM_BRANCH_TAG "mlx5ctl-sim"

void sim_identity_init(struct sim_dev *sdev)
{
	struct sim_identity *ident = &sdev->ident;

	spin_lock_init(&ident->lock);
	snprintf(ident->serial, sizeof(ident->serial), "MLX5CTLSIM%06u",
		 sdev->id % 1000000);
	snprintf(ident->psid, sizeof(ident->psid), "MT_%010u", sdev->id);
	ident->fw_major = 22;
	ident->fw_minor = 39;
	ident->fw_sub_minor = 1002;
	/* Locally administered, so it never clashes with a real NIC's. */
	ident->mac[0] = 0x02;
	ident->mac[1] = 0xc9;
	ident->mac[2] = 0x5e;
	ident->mac[3] = sdev->id >> 16;
	ident->mac[4] = sdev->id >> 8;
	ident->mac[5] = sdev->id;
	ident->born = ktime_get();
}

u8 sim_cmd_query_adapter(struct sim_cmd_ctx *ctx)
{
	struct sim_identity *ident = &ctx->sdev->ident;
	void *blk = MLX5CTL_ADDR_OF(query_adapter_out, ctx->out,
				    query_adapter_struct);
	char *psid = MLX5CTL_ADDR_OF(query_adapter_param_block, blk,
				     vsd_contd_psid);

	MLX5CTL_SET(query_adapter_param_block, blk, ieee_vendor_id,
		    SIM_IEEE_VENDOR_ID);
	MLX5CTL_SET(query_adapter_param_block, blk, vsd_vendor_id,
		    SIM_PCI_VENDOR_ID);
	memcpy(MLX5CTL_ADDR_OF(query_adapter_param_block, blk, vsd), SIM_VSD,
	       sizeof(SIM_VSD) - 1);
	spin_lock(&ident->lock);
	memcpy(psid, ident->psid, strnlen(ident->psid, SIM_PSID_LEN));
	spin_unlock(&ident->lock);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_reg_mgir(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	struct sim_identity *ident = &ctx->sdev->ident;
	const u8 *mac = ident->mac;
	void *hw, *fw;

	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);

	memset(reg, 0, MLX5CTL_ST_SZ_BYTES(mgir_reg));
	hw = MLX5CTL_ADDR_OF(mgir_reg, reg, hardware_info);
	MLX5CTL_SET(mgir_hardware_info, hw, device_id, SIM_PCI_DEVICE_ID);
	MLX5CTL_SET(mgir_hardware_info, hw, num_ports, 1);
	MLX5CTL_SET(mgir_hardware_info, hw, hw_dev_id, 0x212);
	MLX5CTL_SET(mgir_hardware_info, hw, manufacturing_base_mac_47_32,
		    mac[0] << 8 | mac[1]);
	MLX5CTL_SET(mgir_hardware_info, hw, manufacturing_base_mac_31_0,
		    mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5]);
	MLX5CTL_SET(mgir_hardware_info, hw, uptime,
		    ktime_ms_delta(ktime_get(), ident->born) / MSEC_PER_SEC);

	fw = MLX5CTL_ADDR_OF(mgir_reg, reg, fw_info);
	MLX5CTL_SET(mgir_fw_info, fw, signed_fw, 1);
	MLX5CTL_SET(mgir_fw_info, fw, secured, 1);
	MLX5CTL_SET(mgir_fw_info, fw, build_id, 0x5e000000 | ctx->sdev->id);
	/* Build date and time, BCD: 2026-11-25 04:00. */
	MLX5CTL_SET(mgir_fw_info, fw, month, 0x11);
	MLX5CTL_SET(mgir_fw_info, fw, day, 0x25);
	MLX5CTL_SET(mgir_fw_info, fw, year, 0x2026);
	MLX5CTL_SET(mgir_fw_info, fw, hour, 0x0400);
	spin_lock(&ident->lock);
	/* The 8-bit fields are deprecated; extended_* hold the version. */
	MLX5CTL_SET(mgir_fw_info, fw, major, min(ident->fw_major, 0xffu));
	MLX5CTL_SET(mgir_fw_info, fw, minor, min(ident->fw_minor, 0xffu));
	MLX5CTL_SET(mgir_fw_info, fw, sub_minor,
		    min(ident->fw_sub_minor, 0xffu));
	MLX5CTL_SET(mgir_fw_info, fw, extended_major, ident->fw_major);
	MLX5CTL_SET(mgir_fw_info, fw, extended_minor, ident->fw_minor);
	MLX5CTL_SET(mgir_fw_info, fw, extended_sub_minor, ident->fw_sub_minor);
	memcpy(MLX5CTL_ADDR_OF(mgir_fw_info, fw, psid), ident->psid,
	       strnlen(ident->psid, SIM_PSID_LEN));
	spin_unlock(&ident->lock);

	memcpy(MLX5CTL_ADDR_OF(mgir_reg, reg, dev_branch_tag), SIM_BRANCH_TAG,
	       sizeof(SIM_BRANCH_TAG) - 1);
	return MLX5CTL_CMD_STATUS_OK;
}

static struct sim_identity *sim_ident_of(struct device *dev)
{
	return &container_of(dev, struct sim_dev, dev)->ident;
}

static ssize_t serial_show(struct device *dev, struct device_attribute *attr,
			   char *buf)
{
	return sysfs_emit(buf, "%s\n", sim_ident_of(dev)->serial);
}
static DEVICE_ATTR_RO(serial);

static ssize_t mac_show(struct device *dev, struct device_attribute *attr,
			char *buf)
{
	return sysfs_emit(buf, "%pM\n", sim_ident_of(dev)->mac);
}
static DEVICE_ATTR_RO(mac);

static ssize_t psid_show(struct device *dev, struct device_attribute *attr,
			 char *buf)
{
	struct sim_identity *ident = sim_ident_of(dev);
	char psid[SIM_PSID_LEN + 1];

	spin_lock(&ident->lock);
	memcpy(psid, ident->psid, sizeof(psid));
	spin_unlock(&ident->lock);
	return sysfs_emit(buf, "%s\n", psid);
}

/* A PSID is 1 to 16 printable ASCII characters without blanks. */
static ssize_t psid_store(struct device *dev, struct device_attribute *attr,
			  const char *buf, size_t count)
{
	struct sim_identity *ident = sim_ident_of(dev);
	size_t len = count;
	size_t i;

	if (len && buf[len - 1] == '\n')
		len--;
	if (!len || len > SIM_PSID_LEN)
		return -EINVAL;
	for (i = 0; i < len; i++)
		if (!isgraph(buf[i]))
			return -EINVAL;

	spin_lock(&ident->lock);
	memset(ident->psid, 0, sizeof(ident->psid));
	memcpy(ident->psid, buf, len);
	spin_unlock(&ident->lock);
	return count;
}
static DEVICE_ATTR_RW(psid);

static ssize_t fw_version_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	struct sim_identity *ident = sim_ident_of(dev);
	u32 major, minor, sub_minor;

	spin_lock(&ident->lock);
	major = ident->fw_major;
	minor = ident->fw_minor;
	sub_minor = ident->fw_sub_minor;
	spin_unlock(&ident->lock);
	return sysfs_emit(buf, "%u.%u.%u\n", major, minor, sub_minor);
}

/* "major.minor.sub_minor", as MGIR's extended version fields hold it. */
static ssize_t fw_version_store(struct device *dev,
				struct device_attribute *attr,
				const char *buf, size_t count)
{
	struct sim_identity *ident = sim_ident_of(dev);
	u32 major, minor, sub_minor;
	char end;

	if (sscanf(buf, "%u.%u.%u%c", &major, &minor, &sub_minor, &end) < 3 ||
	    (end != '\n' && end != '\0'))
		return -EINVAL;

	spin_lock(&ident->lock);
	ident->fw_major = major;
	ident->fw_minor = minor;
	ident->fw_sub_minor = sub_minor;
	spin_unlock(&ident->lock);
	return count;
}
static DEVICE_ATTR_RW(fw_version);

static struct attribute *sim_dev_attrs[] = {
	&dev_attr_serial.attr,
	&dev_attr_psid.attr,
	&dev_attr_fw_version.attr,
	&dev_attr_mac.attr,
	NULL,
};

static const struct attribute_group sim_dev_group = {
	.attrs = sim_dev_attrs,
};

const struct attribute_group *sim_dev_groups[] = {
	&sim_dev_group,
	NULL,
};
