package dev.mlx5ctl.schema;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which member of an embedded union a reply holds, as a field before it says: PPCNT's {@code counter_set} is the
 * layout of its group {@code grp}. The schema's {@code select: {by: FIELD, members: {VALUE: MEMBER, ...}}}; a value
 * it does not list leaves every member shown.
 *
 * @param by      the field of the same layout whose value selects (typed by an enum)
 * @param members the union member for each value of {@code by}, in value order
 */
public record Selector(String by, Map<Long, String> members) {

    public Selector {
        members = java.util.Collections.unmodifiableMap(new TreeMap<>(members));
    }
}
