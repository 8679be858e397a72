package dev.gloam.model.guild.auditlog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of action an audit log entry records. Maps Discord's "Audit Log Events" table
 * (resources/audit-log); the few values marked as such come only from the OpenAPI description's
 * {@code AuditLogActionTypes}.
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class AuditLogEvent extends IntEnum {
  private static final IntEnumRegistry<AuditLogEvent> VALUES =
      new IntEnumRegistry<>(value -> new AuditLogEvent(value, null));

  /** The guild's settings changed (1). */
  public static final AuditLogEvent GUILD_UPDATE =
      VALUES.register(new AuditLogEvent(1, "GUILD_UPDATE"));

  /** A channel was created (10). */
  public static final AuditLogEvent CHANNEL_CREATE =
      VALUES.register(new AuditLogEvent(10, "CHANNEL_CREATE"));

  /** A channel's settings changed (11). */
  public static final AuditLogEvent CHANNEL_UPDATE =
      VALUES.register(new AuditLogEvent(11, "CHANNEL_UPDATE"));

  /** A channel was deleted (12). */
  public static final AuditLogEvent CHANNEL_DELETE =
      VALUES.register(new AuditLogEvent(12, "CHANNEL_DELETE"));

  /** A channel gained a permission overwrite (13). */
  public static final AuditLogEvent CHANNEL_OVERWRITE_CREATE =
      VALUES.register(new AuditLogEvent(13, "CHANNEL_OVERWRITE_CREATE"));

  /** A channel's permission overwrite changed (14). */
  public static final AuditLogEvent CHANNEL_OVERWRITE_UPDATE =
      VALUES.register(new AuditLogEvent(14, "CHANNEL_OVERWRITE_UPDATE"));

  /** A permission overwrite was removed from a channel (15). */
  public static final AuditLogEvent CHANNEL_OVERWRITE_DELETE =
      VALUES.register(new AuditLogEvent(15, "CHANNEL_OVERWRITE_DELETE"));

  /** A member was kicked (20). */
  public static final AuditLogEvent MEMBER_KICK =
      VALUES.register(new AuditLogEvent(20, "MEMBER_KICK"));

  /** Inactive members were pruned (21). */
  public static final AuditLogEvent MEMBER_PRUNE =
      VALUES.register(new AuditLogEvent(21, "MEMBER_PRUNE"));

  /** A member was banned (22). */
  public static final AuditLogEvent MEMBER_BAN_ADD =
      VALUES.register(new AuditLogEvent(22, "MEMBER_BAN_ADD"));

  /** A ban was lifted (23). */
  public static final AuditLogEvent MEMBER_BAN_REMOVE =
      VALUES.register(new AuditLogEvent(23, "MEMBER_BAN_REMOVE"));

  /** A member was changed (24). */
  public static final AuditLogEvent MEMBER_UPDATE =
      VALUES.register(new AuditLogEvent(24, "MEMBER_UPDATE"));

  /** A member gained or lost roles (25). */
  public static final AuditLogEvent MEMBER_ROLE_UPDATE =
      VALUES.register(new AuditLogEvent(25, "MEMBER_ROLE_UPDATE"));

  /** A member was moved to another voice channel (26). */
  public static final AuditLogEvent MEMBER_MOVE =
      VALUES.register(new AuditLogEvent(26, "MEMBER_MOVE"));

  /** A member was disconnected from voice (27). */
  public static final AuditLogEvent MEMBER_DISCONNECT =
      VALUES.register(new AuditLogEvent(27, "MEMBER_DISCONNECT"));

  /** A bot joined the guild (28). */
  public static final AuditLogEvent BOT_ADD = VALUES.register(new AuditLogEvent(28, "BOT_ADD"));

  /** A role was created (30). */
  public static final AuditLogEvent ROLE_CREATE =
      VALUES.register(new AuditLogEvent(30, "ROLE_CREATE"));

  /** A role was changed (31). */
  public static final AuditLogEvent ROLE_UPDATE =
      VALUES.register(new AuditLogEvent(31, "ROLE_UPDATE"));

  /** A role was deleted (32). */
  public static final AuditLogEvent ROLE_DELETE =
      VALUES.register(new AuditLogEvent(32, "ROLE_DELETE"));

  /** An invite was created (40). */
  public static final AuditLogEvent INVITE_CREATE =
      VALUES.register(new AuditLogEvent(40, "INVITE_CREATE"));

  /** An invite was changed (41). */
  public static final AuditLogEvent INVITE_UPDATE =
      VALUES.register(new AuditLogEvent(41, "INVITE_UPDATE"));

  /** An invite was deleted (42). */
  public static final AuditLogEvent INVITE_DELETE =
      VALUES.register(new AuditLogEvent(42, "INVITE_DELETE"));

  /** A webhook was created (50). */
  public static final AuditLogEvent WEBHOOK_CREATE =
      VALUES.register(new AuditLogEvent(50, "WEBHOOK_CREATE"));

  /** A webhook, or its channel, was changed (51). */
  public static final AuditLogEvent WEBHOOK_UPDATE =
      VALUES.register(new AuditLogEvent(51, "WEBHOOK_UPDATE"));

  /** A webhook was deleted (52). */
  public static final AuditLogEvent WEBHOOK_DELETE =
      VALUES.register(new AuditLogEvent(52, "WEBHOOK_DELETE"));

  /** An emoji was created (60). */
  public static final AuditLogEvent EMOJI_CREATE =
      VALUES.register(new AuditLogEvent(60, "EMOJI_CREATE"));

  /** An emoji was renamed (61). */
  public static final AuditLogEvent EMOJI_UPDATE =
      VALUES.register(new AuditLogEvent(61, "EMOJI_UPDATE"));

  /** An emoji was deleted (62). */
  public static final AuditLogEvent EMOJI_DELETE =
      VALUES.register(new AuditLogEvent(62, "EMOJI_DELETE"));

  /** A single message was deleted (72). */
  public static final AuditLogEvent MESSAGE_DELETE =
      VALUES.register(new AuditLogEvent(72, "MESSAGE_DELETE"));

  /** Several messages were deleted at once (73). */
  public static final AuditLogEvent MESSAGE_BULK_DELETE =
      VALUES.register(new AuditLogEvent(73, "MESSAGE_BULK_DELETE"));

  /** A message was pinned (74). */
  public static final AuditLogEvent MESSAGE_PIN =
      VALUES.register(new AuditLogEvent(74, "MESSAGE_PIN"));

  /** A message was unpinned (75). */
  public static final AuditLogEvent MESSAGE_UNPIN =
      VALUES.register(new AuditLogEvent(75, "MESSAGE_UNPIN"));

  /** An app was added (80). */
  public static final AuditLogEvent INTEGRATION_CREATE =
      VALUES.register(new AuditLogEvent(80, "INTEGRATION_CREATE"));

  /** An app was changed, for example its scopes (81). */
  public static final AuditLogEvent INTEGRATION_UPDATE =
      VALUES.register(new AuditLogEvent(81, "INTEGRATION_UPDATE"));

  /** An app was removed (82). */
  public static final AuditLogEvent INTEGRATION_DELETE =
      VALUES.register(new AuditLogEvent(82, "INTEGRATION_DELETE"));

  /** A stage went live (83). */
  public static final AuditLogEvent STAGE_INSTANCE_CREATE =
      VALUES.register(new AuditLogEvent(83, "STAGE_INSTANCE_CREATE"));

  /** A live stage's details changed (84). */
  public static final AuditLogEvent STAGE_INSTANCE_UPDATE =
      VALUES.register(new AuditLogEvent(84, "STAGE_INSTANCE_UPDATE"));

  /** A stage ended (85). */
  public static final AuditLogEvent STAGE_INSTANCE_DELETE =
      VALUES.register(new AuditLogEvent(85, "STAGE_INSTANCE_DELETE"));

  /** A sticker was created (90). */
  public static final AuditLogEvent STICKER_CREATE =
      VALUES.register(new AuditLogEvent(90, "STICKER_CREATE"));

  /** A sticker was changed (91). */
  public static final AuditLogEvent STICKER_UPDATE =
      VALUES.register(new AuditLogEvent(91, "STICKER_UPDATE"));

  /** A sticker was deleted (92). */
  public static final AuditLogEvent STICKER_DELETE =
      VALUES.register(new AuditLogEvent(92, "STICKER_DELETE"));

  /** A scheduled event was created (100). */
  public static final AuditLogEvent GUILD_SCHEDULED_EVENT_CREATE =
      VALUES.register(new AuditLogEvent(100, "GUILD_SCHEDULED_EVENT_CREATE"));

  /** A scheduled event was changed (101). */
  public static final AuditLogEvent GUILD_SCHEDULED_EVENT_UPDATE =
      VALUES.register(new AuditLogEvent(101, "GUILD_SCHEDULED_EVENT_UPDATE"));

  /** A scheduled event was canceled (102). */
  public static final AuditLogEvent GUILD_SCHEDULED_EVENT_DELETE =
      VALUES.register(new AuditLogEvent(102, "GUILD_SCHEDULED_EVENT_DELETE"));

  /** A thread was created (110). */
  public static final AuditLogEvent THREAD_CREATE =
      VALUES.register(new AuditLogEvent(110, "THREAD_CREATE"));

  /** A thread was changed (111). */
  public static final AuditLogEvent THREAD_UPDATE =
      VALUES.register(new AuditLogEvent(111, "THREAD_UPDATE"));

  /** A thread was deleted (112). */
  public static final AuditLogEvent THREAD_DELETE =
      VALUES.register(new AuditLogEvent(112, "THREAD_DELETE"));

  /** A command's permissions changed (121). */
  public static final AuditLogEvent APPLICATION_COMMAND_PERMISSION_UPDATE =
      VALUES.register(new AuditLogEvent(121, "APPLICATION_COMMAND_PERMISSION_UPDATE"));

  /** A soundboard sound was created (130). */
  public static final AuditLogEvent SOUNDBOARD_SOUND_CREATE =
      VALUES.register(new AuditLogEvent(130, "SOUNDBOARD_SOUND_CREATE"));

  /** A soundboard sound was changed (131). */
  public static final AuditLogEvent SOUNDBOARD_SOUND_UPDATE =
      VALUES.register(new AuditLogEvent(131, "SOUNDBOARD_SOUND_UPDATE"));

  /** A soundboard sound was deleted (132). */
  public static final AuditLogEvent SOUNDBOARD_SOUND_DELETE =
      VALUES.register(new AuditLogEvent(132, "SOUNDBOARD_SOUND_DELETE"));

  /** An auto moderation rule was created (140). */
  public static final AuditLogEvent AUTO_MODERATION_RULE_CREATE =
      VALUES.register(new AuditLogEvent(140, "AUTO_MODERATION_RULE_CREATE"));

  /** An auto moderation rule was changed (141). */
  public static final AuditLogEvent AUTO_MODERATION_RULE_UPDATE =
      VALUES.register(new AuditLogEvent(141, "AUTO_MODERATION_RULE_UPDATE"));

  /** An auto moderation rule was deleted (142). */
  public static final AuditLogEvent AUTO_MODERATION_RULE_DELETE =
      VALUES.register(new AuditLogEvent(142, "AUTO_MODERATION_RULE_DELETE"));

  /** Auto moderation blocked a message (143). */
  public static final AuditLogEvent AUTO_MODERATION_BLOCK_MESSAGE =
      VALUES.register(new AuditLogEvent(143, "AUTO_MODERATION_BLOCK_MESSAGE"));

  /** Auto moderation reported a message to a channel (144). */
  public static final AuditLogEvent AUTO_MODERATION_FLAG_TO_CHANNEL =
      VALUES.register(new AuditLogEvent(144, "AUTO_MODERATION_FLAG_TO_CHANNEL"));

  /** Auto moderation timed a member out (145). */
  public static final AuditLogEvent AUTO_MODERATION_USER_COMMUNICATION_DISABLED =
      VALUES.register(new AuditLogEvent(145, "AUTO_MODERATION_USER_COMMUNICATION_DISABLED"));

  /** Auto moderation quarantined a member (146). */
  public static final AuditLogEvent AUTO_MODERATION_QUARANTINE_USER =
      VALUES.register(new AuditLogEvent(146, "AUTO_MODERATION_QUARANTINE_USER"));

  /** A creator monetization request was made (150). */
  public static final AuditLogEvent CREATOR_MONETIZATION_REQUEST_CREATED =
      VALUES.register(new AuditLogEvent(150, "CREATOR_MONETIZATION_REQUEST_CREATED"));

  /** Creator monetization terms were accepted (151). */
  public static final AuditLogEvent CREATOR_MONETIZATION_TERMS_ACCEPTED =
      VALUES.register(new AuditLogEvent(151, "CREATOR_MONETIZATION_TERMS_ACCEPTED"));

  /** An onboarding question was created (163). */
  public static final AuditLogEvent ONBOARDING_PROMPT_CREATE =
      VALUES.register(new AuditLogEvent(163, "ONBOARDING_PROMPT_CREATE"));

  /** An onboarding question was changed (164). */
  public static final AuditLogEvent ONBOARDING_PROMPT_UPDATE =
      VALUES.register(new AuditLogEvent(164, "ONBOARDING_PROMPT_UPDATE"));

  /** An onboarding question was deleted (165). */
  public static final AuditLogEvent ONBOARDING_PROMPT_DELETE =
      VALUES.register(new AuditLogEvent(165, "ONBOARDING_PROMPT_DELETE"));

  /** Onboarding was set up (166). */
  public static final AuditLogEvent ONBOARDING_CREATE =
      VALUES.register(new AuditLogEvent(166, "ONBOARDING_CREATE"));

  /** Onboarding was changed (167). */
  public static final AuditLogEvent ONBOARDING_UPDATE =
      VALUES.register(new AuditLogEvent(167, "ONBOARDING_UPDATE"));

  /** An item was featured in the guild's home; listed only in the OpenAPI description (171). */
  public static final AuditLogEvent GUILD_HOME_FEATURE_ITEM =
      VALUES.register(new AuditLogEvent(171, "GUILD_HOME_FEATURE_ITEM"));

  /** An item was removed from the guild's home; listed only in the OpenAPI description (172). */
  public static final AuditLogEvent GUILD_HOME_REMOVE_ITEM =
      VALUES.register(new AuditLogEvent(172, "GUILD_HOME_REMOVE_ITEM"));

  /** A message with a harmful link was blocked; listed only in the OpenAPI description (180). */
  public static final AuditLogEvent HARMFUL_LINKS_BLOCKED_MESSAGE =
      VALUES.register(new AuditLogEvent(180, "HARMFUL_LINKS_BLOCKED_MESSAGE"));

  /** The server guide was created (190). */
  public static final AuditLogEvent HOME_SETTINGS_CREATE =
      VALUES.register(new AuditLogEvent(190, "HOME_SETTINGS_CREATE"));

  /** The server guide was changed (191). */
  public static final AuditLogEvent HOME_SETTINGS_UPDATE =
      VALUES.register(new AuditLogEvent(191, "HOME_SETTINGS_UPDATE"));

  /** A user set a voice channel's status (192). */
  public static final AuditLogEvent VOICE_CHANNEL_STATUS_CREATE =
      VALUES.register(new AuditLogEvent(192, "VOICE_CHANNEL_STATUS_CREATE"));

  /** A user cleared a voice channel's status (193). */
  public static final AuditLogEvent VOICE_CHANNEL_STATUS_DELETE =
      VALUES.register(new AuditLogEvent(193, "VOICE_CHANNEL_STATUS_DELETE"));

  /**
   * An occurrence of a recurring event was changed or canceled; listed only in the OpenAPI
   * description (200).
   */
  public static final AuditLogEvent GUILD_SCHEDULED_EVENT_EXCEPTION_CREATE =
      VALUES.register(new AuditLogEvent(200, "GUILD_SCHEDULED_EVENT_EXCEPTION_CREATE"));

  /**
   * An exception to a recurring event was changed; listed only in the OpenAPI description (201).
   */
  public static final AuditLogEvent GUILD_SCHEDULED_EVENT_EXCEPTION_UPDATE =
      VALUES.register(new AuditLogEvent(201, "GUILD_SCHEDULED_EVENT_EXCEPTION_UPDATE"));

  /**
   * An exception to a recurring event was removed; listed only in the OpenAPI description (202).
   */
  public static final AuditLogEvent GUILD_SCHEDULED_EVENT_EXCEPTION_DELETE =
      VALUES.register(new AuditLogEvent(202, "GUILD_SCHEDULED_EVENT_EXCEPTION_DELETE"));

  /** The guild's profile was changed; listed only in the OpenAPI description (211). */
  public static final AuditLogEvent GUILD_PROFILE_UPDATE =
      VALUES.register(new AuditLogEvent(211, "GUILD_PROFILE_UPDATE"));

  private AuditLogEvent(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static AuditLogEvent of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
