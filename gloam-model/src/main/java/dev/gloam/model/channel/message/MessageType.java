package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of a message. Maps Discord's "Message Types" table (resources/message).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class MessageType extends IntEnum {
  private static final IntEnumRegistry<MessageType> VALUES =
      new IntEnumRegistry<>(value -> new MessageType(value, null));

  /** A message a user or bot wrote (0). */
  public static final MessageType DEFAULT = VALUES.register(new MessageType(0, "DEFAULT"));

  /** A user was added to a group DM (1). */
  public static final MessageType RECIPIENT_ADD =
      VALUES.register(new MessageType(1, "RECIPIENT_ADD"));

  /** A user was removed from a group DM (2). */
  public static final MessageType RECIPIENT_REMOVE =
      VALUES.register(new MessageType(2, "RECIPIENT_REMOVE"));

  /** A call was started (3). */
  public static final MessageType CALL = VALUES.register(new MessageType(3, "CALL"));

  /** The channel was renamed (4). */
  public static final MessageType CHANNEL_NAME_CHANGE =
      VALUES.register(new MessageType(4, "CHANNEL_NAME_CHANGE"));

  /** The channel icon changed (5). */
  public static final MessageType CHANNEL_ICON_CHANGE =
      VALUES.register(new MessageType(5, "CHANNEL_ICON_CHANGE"));

  /** A message was pinned (6). */
  public static final MessageType CHANNEL_PINNED_MESSAGE =
      VALUES.register(new MessageType(6, "CHANNEL_PINNED_MESSAGE"));

  /** A member joined the guild (7). */
  public static final MessageType USER_JOIN = VALUES.register(new MessageType(7, "USER_JOIN"));

  /** A member boosted the guild (8). */
  public static final MessageType GUILD_BOOST = VALUES.register(new MessageType(8, "GUILD_BOOST"));

  /** The guild reached boost level 1 (9). */
  public static final MessageType GUILD_BOOST_TIER_1 =
      VALUES.register(new MessageType(9, "GUILD_BOOST_TIER_1"));

  /** The guild reached boost level 2 (10). */
  public static final MessageType GUILD_BOOST_TIER_2 =
      VALUES.register(new MessageType(10, "GUILD_BOOST_TIER_2"));

  /** The guild reached boost level 3 (11). */
  public static final MessageType GUILD_BOOST_TIER_3 =
      VALUES.register(new MessageType(11, "GUILD_BOOST_TIER_3"));

  /** An announcement channel was followed here (12). */
  public static final MessageType CHANNEL_FOLLOW_ADD =
      VALUES.register(new MessageType(12, "CHANNEL_FOLLOW_ADD"));

  /** The guild left discovery (14). */
  public static final MessageType GUILD_DISCOVERY_DISQUALIFIED =
      VALUES.register(new MessageType(14, "GUILD_DISCOVERY_DISQUALIFIED"));

  /** The guild is eligible for discovery again (15). */
  public static final MessageType GUILD_DISCOVERY_REQUALIFIED =
      VALUES.register(new MessageType(15, "GUILD_DISCOVERY_REQUALIFIED"));

  /** First warning about discovery eligibility (16). */
  public static final MessageType GUILD_DISCOVERY_GRACE_PERIOD_INITIAL_WARNING =
      VALUES.register(new MessageType(16, "GUILD_DISCOVERY_GRACE_PERIOD_INITIAL_WARNING"));

  /** Last warning about discovery eligibility (17). */
  public static final MessageType GUILD_DISCOVERY_GRACE_PERIOD_FINAL_WARNING =
      VALUES.register(new MessageType(17, "GUILD_DISCOVERY_GRACE_PERIOD_FINAL_WARNING"));

  /** A thread was started from this channel (18). */
  public static final MessageType THREAD_CREATED =
      VALUES.register(new MessageType(18, "THREAD_CREATED"));

  /** A reply to another message (19). */
  public static final MessageType REPLY = VALUES.register(new MessageType(19, "REPLY"));

  /** The response to a slash command (20). */
  public static final MessageType CHAT_INPUT_COMMAND =
      VALUES.register(new MessageType(20, "CHAT_INPUT_COMMAND"));

  /** The first message of a thread, pointing at its starter (21). */
  public static final MessageType THREAD_STARTER_MESSAGE =
      VALUES.register(new MessageType(21, "THREAD_STARTER_MESSAGE"));

  /** A reminder to invite people (22). */
  public static final MessageType GUILD_INVITE_REMINDER =
      VALUES.register(new MessageType(22, "GUILD_INVITE_REMINDER"));

  /** The response to a context menu command (23). */
  public static final MessageType CONTEXT_MENU_COMMAND =
      VALUES.register(new MessageType(23, "CONTEXT_MENU_COMMAND"));

  /** Auto moderation acted on a message (24). */
  public static final MessageType AUTO_MODERATION_ACTION =
      VALUES.register(new MessageType(24, "AUTO_MODERATION_ACTION"));

  /** A role subscription was bought or renewed (25). */
  public static final MessageType ROLE_SUBSCRIPTION_PURCHASE =
      VALUES.register(new MessageType(25, "ROLE_SUBSCRIPTION_PURCHASE"));

  /** An upsell for a premium interaction (26). */
  public static final MessageType INTERACTION_PREMIUM_UPSELL =
      VALUES.register(new MessageType(26, "INTERACTION_PREMIUM_UPSELL"));

  /** A stage started (27). */
  public static final MessageType STAGE_START = VALUES.register(new MessageType(27, "STAGE_START"));

  /** A stage ended (28). */
  public static final MessageType STAGE_END = VALUES.register(new MessageType(28, "STAGE_END"));

  /** A stage gained a speaker (29). */
  public static final MessageType STAGE_SPEAKER =
      VALUES.register(new MessageType(29, "STAGE_SPEAKER"));

  /** A stage's topic changed (31). */
  public static final MessageType STAGE_TOPIC = VALUES.register(new MessageType(31, "STAGE_TOPIC"));

  /** An application subscription was bought (32). */
  public static final MessageType GUILD_APPLICATION_PREMIUM_SUBSCRIPTION =
      VALUES.register(new MessageType(32, "GUILD_APPLICATION_PREMIUM_SUBSCRIPTION"));

  /** Security actions were turned on (36). */
  public static final MessageType GUILD_INCIDENT_ALERT_MODE_ENABLED =
      VALUES.register(new MessageType(36, "GUILD_INCIDENT_ALERT_MODE_ENABLED"));

  /** Security actions were turned off (37). */
  public static final MessageType GUILD_INCIDENT_ALERT_MODE_DISABLED =
      VALUES.register(new MessageType(37, "GUILD_INCIDENT_ALERT_MODE_DISABLED"));

  /** A raid was reported (38). */
  public static final MessageType GUILD_INCIDENT_REPORT_RAID =
      VALUES.register(new MessageType(38, "GUILD_INCIDENT_REPORT_RAID"));

  /** A raid report was a false alarm (39). */
  public static final MessageType GUILD_INCIDENT_REPORT_FALSE_ALARM =
      VALUES.register(new MessageType(39, "GUILD_INCIDENT_REPORT_FALSE_ALARM"));

  /** A purchase was made (44). */
  public static final MessageType PURCHASE_NOTIFICATION =
      VALUES.register(new MessageType(44, "PURCHASE_NOTIFICATION"));

  /** A poll ended and here are its results (46). */
  public static final MessageType POLL_RESULT = VALUES.register(new MessageType(46, "POLL_RESULT"));

  private MessageType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the message type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static MessageType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
