package dev.mlx5ctl.layout;

import java.util.Map;
import java.util.Optional;

/**
 * Which member of an embedded union a reply holds, as a field before it says (the schema's {@code select:}):
 * PPCNT's {@code counter_set} is the layout of its group {@code grp}. {@link LayoutCodec#decode} shows that member
 * alone; a value the map lacks shows every member.
 *
 * @param by      the selecting field of the same layout
 * @param members the member for each value of {@code by}
 */
public record Selector(String by, Map<Long, String> members) {

    public Selector {
        members = Map.copyOf(members);
    }

    /** The member {@code value} of the selecting field chooses. */
    public Optional<String> member(long value) {
        return Optional.ofNullable(members.get(value));
    }
}
