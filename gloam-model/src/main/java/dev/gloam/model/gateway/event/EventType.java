package dev.gloam.model.gateway.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names each kind of {@link Event}: dispatch events by Discord's {@code t} (such as {@code
 * MESSAGE_CREATE}) and the gateway's control payloads by opcode (such as {@link #GATEWAY_HELLO}).
 *
 * <p>An open type: a dispatch name gloam does not know yet gives an unnamed-kind instance that
 * keeps the name, so new events are recognised as unknown rather than failing. Used with {@link
 * EventTypeFlags} to choose which events a shard deserializes.
 */
public final class EventType {
  private static final Map<String, EventType> BY_DISPATCH_NAME = new HashMap<>();
  private static final List<EventType> KNOWN = new ArrayList<>();

  /** Discord asks for a heartbeat now (opcode 1). */
  public static final EventType GATEWAY_HEARTBEAT = control("GATEWAY_HEARTBEAT");

  /** Discord acknowledged a heartbeat (opcode 11). */
  public static final EventType GATEWAY_HEARTBEAT_ACK = control("GATEWAY_HEARTBEAT_ACK");

  /** The first payload of a connection (opcode 10). */
  public static final EventType GATEWAY_HELLO = control("GATEWAY_HELLO");

  /** The session is invalid (opcode 9). */
  public static final EventType GATEWAY_INVALID_SESSION = control("GATEWAY_INVALID_SESSION");

  /** Discord asks the client to reconnect (opcode 7). */
  public static final EventType GATEWAY_RECONNECT = control("GATEWAY_RECONNECT");

  /** A guild became available or the bot joined it. */
  public static final EventType GUILD_CREATE = dispatch("GUILD_CREATE");

  /** A message was sent. */
  public static final EventType MESSAGE_CREATE = dispatch("MESSAGE_CREATE");

  /** A session was established. */
  public static final EventType READY = dispatch("READY");

  /** A session was resumed. */
  public static final EventType RESUMED = dispatch("RESUMED");

  private final String name;
  private final String dispatchName;
  private final int bit;

  private EventType(String name, String dispatchName, int bit) {
    this.name = name;
    this.dispatchName = dispatchName;
    this.bit = bit;
  }

  private static EventType control(String name) {
    return register(new EventType(name, null, KNOWN.size()));
  }

  private static EventType dispatch(String name) {
    EventType type = register(new EventType(name, name, KNOWN.size()));
    BY_DISPATCH_NAME.put(name, type);
    return type;
  }

  private static EventType register(EventType type) {
    if (KNOWN.size() >= EventTypeFlags.CAPACITY) {
      throw new IllegalStateException("EventTypeFlags has no room for " + type.name);
    }
    KNOWN.add(type);
    return type;
  }

  /**
   * Returns the type of a dispatch event, by the {@code t} field Discord sends.
   *
   * @param dispatchName the event's name, such as {@code "MESSAGE_CREATE"}
   * @return the known type, or an unknown type that keeps the name
   */
  public static EventType ofDispatch(String dispatchName) {
    EventType known = BY_DISPATCH_NAME.get(dispatchName);
    return known != null ? known : new EventType(dispatchName, dispatchName, -1);
  }

  /**
   * Returns every type gloam knows, in a stable order.
   *
   * @return the known types
   */
  public static List<EventType> known() {
    return Collections.unmodifiableList(KNOWN);
  }

  /**
   * Returns the type's name: the dispatch name for dispatch events, {@code GATEWAY_*} for control
   * payloads.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns Discord's {@code t} for dispatch events.
   *
   * @return the dispatch name, or empty for control payloads
   */
  public Optional<String> dispatchName() {
    return Optional.ofNullable(dispatchName);
  }

  /**
   * Tells whether gloam has a model for this type.
   *
   * @return {@code true} for known types
   */
  public boolean isKnown() {
    return bit >= 0;
  }

  int bit() {
    return bit;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventType type
        && type.name.equals(name)
        && (type.dispatchName == null) == (dispatchName == null);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
