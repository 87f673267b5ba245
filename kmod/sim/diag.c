// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Diagnostic counters: SET_DIAGNOSTIC_PARAMS chooses counters and how they
 * are sampled, QUERY_DIAGNOSTIC_PARAMS reads the choice back and
 * QUERY_DIAGNOSTIC_COUNTERS the samples.
 *
 * Counter ids are 1 + enum sim_ctr: 1 rx unicast packets, 2 tx unicast
 * packets, 3 rx multicast, 4 tx multicast, 5 rx broadcast, 6 tx broadcast,
 * 7 rx octets, 8 tx octets, 9 rx errors, 10 rx discards, 11 rx pause,
 * 12 tx pause, 13 out of buffer, 14 out of sequence.
 *
 * Periodic samples are taken on the traffic model's clock: whenever anything
 * brings the port's counters up to date, the samples due since are recorded
 * with the values the counters had at their exact times, so sampling needs no
 * timer. The device clock of time_stamp and log_sample_period ticks in
 * microseconds.
 */
#include <linux/slab.h>

#include "sim.h"

#define SIM_DIAG_MIN_LOG_PERIOD 10	/* about a millisecond */
#define SIM_DIAG_MAX_LOG_PERIOD 34	/* about four and a half hours */

static bool sim_diag_counter_valid(u32 id)
{
	return id >= 1 && id <= SIM_NR_CTRS;
}

static u32 sim_diag_samples(const struct sim_diag *diag)
{
	return 1u << diag->log_num_of_samples;
}

/* Record sample number diag->taken at @ns. Port lock held. */
static void sim_diag_record(struct sim_dev *sdev, u64 ns)
{
	struct sim_diag *diag = &sdev->port.diag;
	u32 slot = diag->taken & (sim_diag_samples(diag) - 1);
	struct sim_diag_sample *s = &diag->ring[slot * diag->num_counters];
	struct sim_ctrs c;
	int i;

	sim_port_ctrs_at(sdev, ns, &c);
	for (i = 0; i < diag->num_counters; i++) {
		s[i].counter_id = diag->counter_ids[i];
		s[i].sample_id = diag->taken;
		s[i].time_stamp = div_u64(ns, NSEC_PER_USEC);
		s[i].value = c.v[diag->counter_ids[i] - 1];
	}
	diag->taken++;
}

/* Take the periodic samples due by @now_ns. Port lock held. */
void sim_diag_sample_until(struct sim_dev *sdev, u64 now_ns)
{
	struct sim_diag *diag = &sdev->port.diag;
	u64 period, due;

	if (!diag->enable || diag->on_demand || !diag->ring)
		return;
	period = (u64)NSEC_PER_USEC << diag->log_sample_period;
	due = div64_u64(now_ns - diag->start_ns, period) + 1;
	if (diag->single)
		due = min_t(u64, due, sim_diag_samples(diag));
	/* A ring keeps only its last lap: skip what would be overwritten. */
	if (due > diag->taken + sim_diag_samples(diag))
		diag->taken = due - sim_diag_samples(diag);
	while (diag->taken < due)
		sim_diag_record(sdev, diag->start_ns + diag->taken * period);
}

static void sim_diag_ctx_get(const struct sim_diag *diag, void *dpc,
			     size_t room)
{
	u8 *ids = MLX5CTL_ADDR_OF(diagnostic_params_context, dpc, counter_id);
	int i;

	MLX5CTL_SET(diagnostic_params_context, dpc, num_of_counters,
		    diag->num_counters);
	MLX5CTL_SET(diagnostic_params_context, dpc, log_num_of_samples,
		    diag->log_num_of_samples);
	MLX5CTL_SET(diagnostic_params_context, dpc, single, diag->single);
	MLX5CTL_SET(diagnostic_params_context, dpc, repetitive,
		    diag->repetitive);
	MLX5CTL_SET(diagnostic_params_context, dpc, sync, diag->sync);
	MLX5CTL_SET(diagnostic_params_context, dpc, on_demand,
		    diag->on_demand);
	MLX5CTL_SET(diagnostic_params_context, dpc, enable, diag->enable);
	MLX5CTL_SET(diagnostic_params_context, dpc, log_sample_period,
		    diag->log_sample_period);
	for (i = 0; i < diag->num_counters && i < room; i++)
		MLX5CTL_SET(counter_id,
			    ids + i * MLX5CTL_ST_SZ_BYTES(counter_id),
			    counter_id, diag->counter_ids[i]);
}

u8 sim_cmd_query_diagnostic_params(struct sim_cmd_ctx *ctx)
{
	struct sim_port *port = &ctx->sdev->port;
	size_t room = (ctx->outlen -
		       MLX5CTL_ST_SZ_BYTES(query_diagnostic_params_out)) /
		      MLX5CTL_ST_SZ_BYTES(counter_id);

	spin_lock(&port->lock);
	sim_diag_ctx_get(&port->diag,
			 MLX5CTL_ADDR_OF(query_diagnostic_params_out, ctx->out,
					 diagnostic_params_context), room);
	spin_unlock(&port->lock);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_set_diagnostic_params(struct sim_cmd_ctx *ctx)
{
	const void *dpc = MLX5CTL_ADDR_OF(set_diagnostic_params_in, ctx->in,
					  diagnostic_params_context);
	const u8 *ids = MLX5CTL_ADDR_OF(diagnostic_params_context, dpc,
					counter_id);
	struct sim_port *port = &ctx->sdev->port;
	size_t esz = MLX5CTL_ST_SZ_BYTES(counter_id);
	struct sim_diag new = {}, old;
	size_t need;
	int i;

#define GET(f) MLX5CTL_GET(diagnostic_params_context, dpc, f)
	new.enable = GET(enable);
	new.single = GET(single);
	new.repetitive = GET(repetitive);
	new.on_demand = GET(on_demand);
	new.sync = GET(sync);
	new.log_num_of_samples = GET(log_num_of_samples);
	new.log_sample_period = GET(log_sample_period);
	new.num_counters = GET(num_of_counters);
#undef GET

	if (new.enable) {
		if (!new.num_counters ||
		    new.num_counters > SIM_DIAG_MAX_COUNTERS ||
		    new.log_num_of_samples > SIM_DIAG_MAX_LOG_SAMPLES)
			return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
		/* Periodic sampling is either single or repetitive. */
		if (!new.on_demand &&
		    (new.single == new.repetitive ||
		     new.log_sample_period < SIM_DIAG_MIN_LOG_PERIOD ||
		     new.log_sample_period > SIM_DIAG_MAX_LOG_PERIOD))
			return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
		need = MLX5CTL_ST_SZ_BYTES(set_diagnostic_params_in) +
		       new.num_counters * esz;
		if (ctx->inlen < need)
			return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_INP_LEN,
					SIM_SYN_BAD_INP_LEN);
		for (i = 0; i < new.num_counters; i++) {
			const u8 *id = ids + i * esz;

			new.counter_ids[i] = MLX5CTL_GET(counter_id, id,
							 counter_id);
			if (!sim_diag_counter_valid(new.counter_ids[i]))
				return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
		}
		new.ring = kvcalloc(sim_diag_samples(&new) * new.num_counters,
				    sizeof(*new.ring), GFP_KERNEL);
		if (!new.ring)
			return sim_fail(ctx, MLX5CTL_CMD_STATUS_NO_RES,
					SIM_SYN_NO_RES);
	}

	spin_lock(&port->lock);
	/* Samples due under the old parameters are taken under them. */
	sim_port_advance(ctx->sdev, ktime_get_ns());
	old = port->diag;
	if (new.enable) {
		new.start_ns = port->last_ns;
		port->diag = new;
	} else {
		/* Disabling stops sampling; the samples stay readable. */
		port->diag.enable = false;
		if (MLX5CTL_GET(diagnostic_params_context, dpc, clear) &&
		    port->diag.ring) {
			memset(port->diag.ring, 0,
			       sim_diag_samples(&port->diag) *
			       port->diag.num_counters *
			       sizeof(*port->diag.ring));
			port->diag.taken = 0;
		}
		old.ring = NULL;
	}
	spin_unlock(&port->lock);

	kvfree(old.ring);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_diagnostic_counters(struct sim_cmd_ctx *ctx)
{
	struct sim_port *port = &ctx->sdev->port;
	struct sim_diag *diag = &port->diag;
	u32 num = MLX5CTL_GET(query_diagnostic_cntrs_in, ctx->in,
			      num_of_samples);
	u32 first = MLX5CTL_GET(query_diagnostic_cntrs_in, ctx->in,
				sample_index);
	u8 *out = MLX5CTL_ADDR_OF(query_diagnostic_cntrs_out, ctx->out,
				  diag_counter);
	size_t esz = MLX5CTL_ST_SZ_BYTES(diagnostic_cntr_struct);
	u8 status = MLX5CTL_CMD_STATUS_OK;
	size_t need;
	u32 i, n, total;

	spin_lock(&port->lock);
	if (!diag->ring) {
		status = sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_SYS_STATE,
				  SIM_SYN_BAD_FIELD);
		goto out_unlock;
	}
	/*
	 * num_of_samples and sample_index count records (one counter's
	 * value at one sample), as real firmware and the tools that size
	 * their buffers by them do: a sample of N counters is N records.
	 */
	total = sim_diag_samples(diag) * diag->num_counters;
	if (!num || first >= total || num > total - first) {
		status = sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
		goto out_unlock;
	}
	n = num;
	need = MLX5CTL_ST_SZ_BYTES(query_diagnostic_cntrs_out) + n * esz;
	if (ctx->outlen < need) {
		status = sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN,
				  SIM_SYN_BAD_OUTP_LEN);
		goto out_unlock;
	}

	if (diag->enable && diag->on_demand)
		sim_diag_record(ctx->sdev, ktime_get_ns());
	else
		sim_port_advance(ctx->sdev, ktime_get_ns());

	for (i = 0; i < n; i++, out += esz) {
		const struct sim_diag_sample *s = &diag->ring[first + i];

		MLX5CTL_SET(diagnostic_cntr_struct, out, counter_id,
			    s->counter_id);
		MLX5CTL_SET(diagnostic_cntr_struct, out, sample_id,
			    s->sample_id);
		MLX5CTL_SET(diagnostic_cntr_struct, out, time_stamp_31_0,
			    s->time_stamp);
		MLX5CTL_SET(diagnostic_cntr_struct, out, counter_value_h,
			    upper_32_bits(s->value));
		MLX5CTL_SET(diagnostic_cntr_struct, out, counter_value_l,
			    lower_32_bits(s->value));
	}
out_unlock:
	spin_unlock(&port->lock);
	return status;
}
