package dev.gloam.model.gateway.event;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of {@link EventType}s: the events a program wants. A shard only deserializes the payloads
 * whose type is in the set; the rest are skipped after reading their opcode, sequence and name.
 *
 * <pre>{@code
 * EventTypeFlags wanted = EventTypeFlags.of(EventType.READY, EventType.MESSAGE_CREATE);
 * Event event = shard.nextEvent(wanted);
 * }</pre>
 */
public final class EventTypeFlags {
  /** How many event types a set can hold. */
  static final int CAPACITY = 128;

  private static final EventTypeFlags NONE = new EventTypeFlags(0, 0);

  // Two words rather than a BitSet: the set is immutable, compared per payload, and must stay
  // cheap.
  private final long low;
  private final long high;

  private EventTypeFlags(long low, long high) {
    this.low = low;
    this.high = high;
  }

  /**
   * Returns the set of every type gloam knows.
   *
   * @return all known types
   */
  public static EventTypeFlags all() {
    return All.FLAGS;
  }

  // Built once, on first use rather than with this class, so that EventType's constants are
  // complete by then; programs pass all() on every pull.
  private static final class All {
    static final EventTypeFlags FLAGS = NONE.with(EventType.known().toArray(EventType[]::new));
  }

  /**
   * Returns the empty set.
   *
   * @return no types
   */
  public static EventTypeFlags none() {
    return NONE;
  }

  /**
   * Returns the set of the given types.
   *
   * @param types the types
   * @return the set
   */
  public static EventTypeFlags of(EventType... types) {
    return NONE.with(types);
  }

  /**
   * Returns this set with the given types added.
   *
   * @param types the types to add; unknown types cannot be added and are ignored
   * @return the union
   */
  public EventTypeFlags with(EventType... types) {
    long newLow = low;
    long newHigh = high;
    for (EventType type : types) {
      int bit = type.bit();
      if (bit < 0) {
        continue;
      } else if (bit < 64) {
        newLow |= 1L << bit;
      } else {
        newHigh |= 1L << (bit - 64);
      }
    }
    return new EventTypeFlags(newLow, newHigh);
  }

  /**
   * Returns the union of this set and another.
   *
   * @param other the other set
   * @return the union
   */
  public EventTypeFlags with(EventTypeFlags other) {
    return new EventTypeFlags(low | other.low, high | other.high);
  }

  /**
   * Tells whether the set holds a type. Unknown types are never in a set.
   *
   * @param type the type
   * @return {@code true} if the type is in the set
   */
  public boolean contains(EventType type) {
    int bit = type.bit();
    if (bit < 0) {
      return false;
    }
    return bit < 64 ? (low & (1L << bit)) != 0 : (high & (1L << (bit - 64))) != 0;
  }

  /**
   * Lists the types in the set.
   *
   * @return the types, in {@link EventType#known()} order
   */
  public List<EventType> types() {
    List<EventType> types = new ArrayList<>();
    for (EventType type : EventType.known()) {
      if (contains(type)) {
        types.add(type);
      }
    }
    return types;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventTypeFlags flags && flags.low == low && flags.high == high;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(low) * 31 + Long.hashCode(high);
  }

  @Override
  public String toString() {
    return "EventTypeFlags" + types();
  }
}
