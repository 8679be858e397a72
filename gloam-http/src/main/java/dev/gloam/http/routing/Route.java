package dev.gloam.http.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * The route table: every REST operation gloam sends, with its method, path template and the
 * parameter Discord keys rate limits by. Each typed request goes through one of these, so this is
 * the single place that knows Discord's paths. The constants are named after the {@code
 * operationId}s of Discord's OpenAPI description, and the templates use its placeholder names;
 * {@link #LIST_SKUS} is the one route the documentation lists and the description lacks.
 */
public enum Route {
  /** {@code GET /applications/@me}. */
  GET_MY_APPLICATION("GET", "/applications/@me", MajorParameter.NONE),
  /** {@code PATCH /applications/@me}. */
  UPDATE_MY_APPLICATION("PATCH", "/applications/@me", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}}. */
  GET_APPLICATION("GET", "/applications/{application_id}", MajorParameter.NONE),
  /** {@code PATCH /applications/{application_id}}. */
  UPDATE_APPLICATION("PATCH", "/applications/{application_id}", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/activity-instances/{instance_id}}. */
  APPLICATIONS_GET_ACTIVITY_INSTANCE(
      "GET",
      "/applications/{application_id}/activity-instances/{instance_id}",
      MajorParameter.NONE),
  /** {@code POST /applications/{application_id}/attachment}. */
  UPLOAD_APPLICATION_ATTACHMENT(
      "POST", "/applications/{application_id}/attachment", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/commands}. */
  LIST_APPLICATION_COMMANDS("GET", "/applications/{application_id}/commands", MajorParameter.NONE),
  /** {@code PUT /applications/{application_id}/commands}. */
  BULK_SET_APPLICATION_COMMANDS(
      "PUT", "/applications/{application_id}/commands", MajorParameter.NONE),
  /** {@code POST /applications/{application_id}/commands}. */
  CREATE_APPLICATION_COMMAND(
      "POST", "/applications/{application_id}/commands", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/commands/{command_id}}. */
  GET_APPLICATION_COMMAND(
      "GET", "/applications/{application_id}/commands/{command_id}", MajorParameter.NONE),
  /** {@code PATCH /applications/{application_id}/commands/{command_id}}. */
  UPDATE_APPLICATION_COMMAND(
      "PATCH", "/applications/{application_id}/commands/{command_id}", MajorParameter.NONE),
  /** {@code DELETE /applications/{application_id}/commands/{command_id}}. */
  DELETE_APPLICATION_COMMAND(
      "DELETE", "/applications/{application_id}/commands/{command_id}", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/emojis}. */
  LIST_APPLICATION_EMOJIS("GET", "/applications/{application_id}/emojis", MajorParameter.NONE),
  /** {@code POST /applications/{application_id}/emojis}. */
  CREATE_APPLICATION_EMOJI("POST", "/applications/{application_id}/emojis", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/emojis/{emoji_id}}. */
  GET_APPLICATION_EMOJI(
      "GET", "/applications/{application_id}/emojis/{emoji_id}", MajorParameter.NONE),
  /** {@code PATCH /applications/{application_id}/emojis/{emoji_id}}. */
  UPDATE_APPLICATION_EMOJI(
      "PATCH", "/applications/{application_id}/emojis/{emoji_id}", MajorParameter.NONE),
  /** {@code DELETE /applications/{application_id}/emojis/{emoji_id}}. */
  DELETE_APPLICATION_EMOJI(
      "DELETE", "/applications/{application_id}/emojis/{emoji_id}", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/entitlements}. */
  GET_ENTITLEMENTS("GET", "/applications/{application_id}/entitlements", MajorParameter.NONE),
  /** {@code POST /applications/{application_id}/entitlements}. */
  CREATE_ENTITLEMENT("POST", "/applications/{application_id}/entitlements", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/entitlements/{entitlement_id}}. */
  GET_ENTITLEMENT(
      "GET", "/applications/{application_id}/entitlements/{entitlement_id}", MajorParameter.NONE),
  /** {@code DELETE /applications/{application_id}/entitlements/{entitlement_id}}. */
  DELETE_ENTITLEMENT(
      "DELETE",
      "/applications/{application_id}/entitlements/{entitlement_id}",
      MajorParameter.NONE),
  /** {@code POST /applications/{application_id}/entitlements/{entitlement_id}/consume}. */
  CONSUME_ENTITLEMENT(
      "POST",
      "/applications/{application_id}/entitlements/{entitlement_id}/consume",
      MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/guilds/{guild_id}/commands}. */
  LIST_GUILD_APPLICATION_COMMANDS(
      "GET", "/applications/{application_id}/guilds/{guild_id}/commands", MajorParameter.NONE),
  /** {@code PUT /applications/{application_id}/guilds/{guild_id}/commands}. */
  BULK_SET_GUILD_APPLICATION_COMMANDS(
      "PUT", "/applications/{application_id}/guilds/{guild_id}/commands", MajorParameter.NONE),
  /** {@code POST /applications/{application_id}/guilds/{guild_id}/commands}. */
  CREATE_GUILD_APPLICATION_COMMAND(
      "POST", "/applications/{application_id}/guilds/{guild_id}/commands", MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/guilds/{guild_id}/commands/permissions}. */
  LIST_GUILD_APPLICATION_COMMAND_PERMISSIONS(
      "GET",
      "/applications/{application_id}/guilds/{guild_id}/commands/permissions",
      MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}. */
  GET_GUILD_APPLICATION_COMMAND(
      "GET",
      "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
      MajorParameter.NONE),
  /** {@code PATCH /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}. */
  UPDATE_GUILD_APPLICATION_COMMAND(
      "PATCH",
      "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
      MajorParameter.NONE),
  /** {@code DELETE /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}. */
  DELETE_GUILD_APPLICATION_COMMAND(
      "DELETE",
      "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
      MajorParameter.NONE),
  /**
   * {@code GET /applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions}.
   */
  GET_GUILD_APPLICATION_COMMAND_PERMISSIONS(
      "GET",
      "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions",
      MajorParameter.NONE),
  /**
   * {@code PUT /applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions}.
   */
  SET_GUILD_APPLICATION_COMMAND_PERMISSIONS(
      "PUT",
      "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions",
      MajorParameter.NONE),
  /** {@code GET /applications/{application_id}/role-connections/metadata}. */
  GET_APPLICATION_ROLE_CONNECTIONS_METADATA(
      "GET", "/applications/{application_id}/role-connections/metadata", MajorParameter.NONE),
  /** {@code PUT /applications/{application_id}/role-connections/metadata}. */
  UPDATE_APPLICATION_ROLE_CONNECTIONS_METADATA(
      "PUT", "/applications/{application_id}/role-connections/metadata", MajorParameter.NONE),
  /**
   * {@code GET /applications/{application_id}/skus} (not in the OpenAPI description;
   * resources/sku).
   */
  LIST_SKUS("GET", "/applications/{application_id}/skus", MajorParameter.NONE),
  /** {@code GET /channels/{channel_id}}. */
  GET_CHANNEL("GET", "/channels/{channel_id}", MajorParameter.CHANNEL),
  /** {@code PATCH /channels/{channel_id}}. */
  UPDATE_CHANNEL("PATCH", "/channels/{channel_id}", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}}. */
  DELETE_CHANNEL("DELETE", "/channels/{channel_id}", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/followers}. */
  FOLLOW_CHANNEL("POST", "/channels/{channel_id}/followers", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/invites}. */
  LIST_CHANNEL_INVITES("GET", "/channels/{channel_id}/invites", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/invites}. */
  CREATE_CHANNEL_INVITE("POST", "/channels/{channel_id}/invites", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/messages}. */
  LIST_MESSAGES("GET", "/channels/{channel_id}/messages", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/messages}. */
  CREATE_MESSAGE("POST", "/channels/{channel_id}/messages", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/messages/bulk-delete}. */
  BULK_DELETE_MESSAGES(
      "POST", "/channels/{channel_id}/messages/bulk-delete", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/messages/pins}. */
  LIST_PINS("GET", "/channels/{channel_id}/messages/pins", MajorParameter.CHANNEL),
  /** {@code PUT /channels/{channel_id}/messages/pins/{message_id}}. */
  CREATE_PIN("PUT", "/channels/{channel_id}/messages/pins/{message_id}", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/messages/pins/{message_id}}. */
  DELETE_PIN("DELETE", "/channels/{channel_id}/messages/pins/{message_id}", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/messages/{message_id}}. */
  GET_MESSAGE("GET", "/channels/{channel_id}/messages/{message_id}", MajorParameter.CHANNEL),
  /** {@code PATCH /channels/{channel_id}/messages/{message_id}}. */
  UPDATE_MESSAGE("PATCH", "/channels/{channel_id}/messages/{message_id}", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/messages/{message_id}}. */
  DELETE_MESSAGE("DELETE", "/channels/{channel_id}/messages/{message_id}", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/messages/{message_id}/crosspost}. */
  CROSSPOST_MESSAGE(
      "POST", "/channels/{channel_id}/messages/{message_id}/crosspost", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/messages/{message_id}/reactions}. */
  DELETE_ALL_MESSAGE_REACTIONS(
      "DELETE", "/channels/{channel_id}/messages/{message_id}/reactions", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}}. */
  LIST_MESSAGE_REACTIONS_BY_EMOJI(
      "GET",
      "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}",
      MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}}. */
  DELETE_ALL_MESSAGE_REACTIONS_BY_EMOJI(
      "DELETE",
      "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}",
      MajorParameter.CHANNEL),
  /** {@code PUT /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me}. */
  ADD_MY_MESSAGE_REACTION(
      "PUT",
      "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me",
      MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me}. */
  DELETE_MY_MESSAGE_REACTION(
      "DELETE",
      "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me",
      MajorParameter.CHANNEL),
  /**
   * {@code DELETE /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/{user_id}}.
   */
  DELETE_USER_MESSAGE_REACTION(
      "DELETE",
      "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/{user_id}",
      MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/messages/{message_id}/threads}. */
  CREATE_THREAD_FROM_MESSAGE(
      "POST", "/channels/{channel_id}/messages/{message_id}/threads", MajorParameter.CHANNEL),
  /** {@code PUT /channels/{channel_id}/permissions/{overwrite_id}}. */
  SET_CHANNEL_PERMISSION_OVERWRITE(
      "PUT", "/channels/{channel_id}/permissions/{overwrite_id}", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/permissions/{overwrite_id}}. */
  DELETE_CHANNEL_PERMISSION_OVERWRITE(
      "DELETE", "/channels/{channel_id}/permissions/{overwrite_id}", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/pins}. */
  DEPRECATED_LIST_PINS("GET", "/channels/{channel_id}/pins", MajorParameter.CHANNEL),
  /** {@code PUT /channels/{channel_id}/pins/{message_id}}. */
  DEPRECATED_CREATE_PIN("PUT", "/channels/{channel_id}/pins/{message_id}", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/pins/{message_id}}. */
  DEPRECATED_DELETE_PIN(
      "DELETE", "/channels/{channel_id}/pins/{message_id}", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/polls/{message_id}/answers/{answer_id}}. */
  GET_ANSWER_VOTERS(
      "GET",
      "/channels/{channel_id}/polls/{message_id}/answers/{answer_id}",
      MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/polls/{message_id}/expire}. */
  POLL_EXPIRE("POST", "/channels/{channel_id}/polls/{message_id}/expire", MajorParameter.CHANNEL),
  /** {@code PUT /channels/{channel_id}/recipients/{user_id}}. */
  ADD_GROUP_DM_USER("PUT", "/channels/{channel_id}/recipients/{user_id}", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/recipients/{user_id}}. */
  DELETE_GROUP_DM_USER(
      "DELETE", "/channels/{channel_id}/recipients/{user_id}", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/send-soundboard-sound}. */
  SEND_SOUNDBOARD_SOUND(
      "POST", "/channels/{channel_id}/send-soundboard-sound", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/thread-members}. */
  LIST_THREAD_MEMBERS("GET", "/channels/{channel_id}/thread-members", MajorParameter.CHANNEL),
  /** {@code PUT /channels/{channel_id}/thread-members/@me}. */
  JOIN_THREAD("PUT", "/channels/{channel_id}/thread-members/@me", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/thread-members/@me}. */
  LEAVE_THREAD("DELETE", "/channels/{channel_id}/thread-members/@me", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/thread-members/{user_id}}. */
  GET_THREAD_MEMBER(
      "GET", "/channels/{channel_id}/thread-members/{user_id}", MajorParameter.CHANNEL),
  /** {@code PUT /channels/{channel_id}/thread-members/{user_id}}. */
  ADD_THREAD_MEMBER(
      "PUT", "/channels/{channel_id}/thread-members/{user_id}", MajorParameter.CHANNEL),
  /** {@code DELETE /channels/{channel_id}/thread-members/{user_id}}. */
  DELETE_THREAD_MEMBER(
      "DELETE", "/channels/{channel_id}/thread-members/{user_id}", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/threads}. */
  CREATE_THREAD("POST", "/channels/{channel_id}/threads", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/threads/archived/private}. */
  LIST_PRIVATE_ARCHIVED_THREADS(
      "GET", "/channels/{channel_id}/threads/archived/private", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/threads/archived/public}. */
  LIST_PUBLIC_ARCHIVED_THREADS(
      "GET", "/channels/{channel_id}/threads/archived/public", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/threads/search}. */
  THREAD_SEARCH("GET", "/channels/{channel_id}/threads/search", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/typing}. */
  TRIGGER_TYPING_INDICATOR("POST", "/channels/{channel_id}/typing", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/users/@me/threads/archived/private}. */
  LIST_MY_PRIVATE_ARCHIVED_THREADS(
      "GET", "/channels/{channel_id}/users/@me/threads/archived/private", MajorParameter.CHANNEL),
  /** {@code PUT /channels/{channel_id}/voice-status}. */
  UPDATE_VOICE_CHANNEL_STATUS("PUT", "/channels/{channel_id}/voice-status", MajorParameter.CHANNEL),
  /** {@code GET /channels/{channel_id}/webhooks}. */
  LIST_CHANNEL_WEBHOOKS("GET", "/channels/{channel_id}/webhooks", MajorParameter.CHANNEL),
  /** {@code POST /channels/{channel_id}/webhooks}. */
  CREATE_WEBHOOK("POST", "/channels/{channel_id}/webhooks", MajorParameter.CHANNEL),
  /** {@code GET /gateway}. */
  GET_GATEWAY("GET", "/gateway", MajorParameter.NONE),
  /** {@code GET /gateway/bot}. */
  GET_BOT_GATEWAY("GET", "/gateway/bot", MajorParameter.NONE),
  /** {@code GET /guilds/templates/{code}}. */
  GET_GUILD_TEMPLATE("GET", "/guilds/templates/{code}", MajorParameter.NONE),
  /** {@code GET /guilds/{guild_id}}. */
  GET_GUILD("GET", "/guilds/{guild_id}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}}. */
  UPDATE_GUILD("PATCH", "/guilds/{guild_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/audit-logs}. */
  LIST_GUILD_AUDIT_LOG_ENTRIES("GET", "/guilds/{guild_id}/audit-logs", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/auto-moderation/rules}. */
  LIST_AUTO_MODERATION_RULES(
      "GET", "/guilds/{guild_id}/auto-moderation/rules", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/auto-moderation/rules}. */
  CREATE_AUTO_MODERATION_RULE(
      "POST", "/guilds/{guild_id}/auto-moderation/rules", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/auto-moderation/rules/{rule_id}}. */
  GET_AUTO_MODERATION_RULE(
      "GET", "/guilds/{guild_id}/auto-moderation/rules/{rule_id}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/auto-moderation/rules/{rule_id}}. */
  UPDATE_AUTO_MODERATION_RULE(
      "PATCH", "/guilds/{guild_id}/auto-moderation/rules/{rule_id}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/auto-moderation/rules/{rule_id}}. */
  DELETE_AUTO_MODERATION_RULE(
      "DELETE", "/guilds/{guild_id}/auto-moderation/rules/{rule_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/bans}. */
  LIST_GUILD_BANS("GET", "/guilds/{guild_id}/bans", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/bans/{user_id}}. */
  GET_GUILD_BAN("GET", "/guilds/{guild_id}/bans/{user_id}", MajorParameter.GUILD),
  /** {@code PUT /guilds/{guild_id}/bans/{user_id}}. */
  BAN_USER_FROM_GUILD("PUT", "/guilds/{guild_id}/bans/{user_id}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/bans/{user_id}}. */
  UNBAN_USER_FROM_GUILD("DELETE", "/guilds/{guild_id}/bans/{user_id}", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/bulk-ban}. */
  BULK_BAN_USERS_FROM_GUILD("POST", "/guilds/{guild_id}/bulk-ban", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/channels}. */
  LIST_GUILD_CHANNELS("GET", "/guilds/{guild_id}/channels", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/channels}. */
  CREATE_GUILD_CHANNEL("POST", "/guilds/{guild_id}/channels", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/channels}. */
  BULK_UPDATE_GUILD_CHANNELS("PATCH", "/guilds/{guild_id}/channels", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/emojis}. */
  LIST_GUILD_EMOJIS("GET", "/guilds/{guild_id}/emojis", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/emojis}. */
  CREATE_GUILD_EMOJI("POST", "/guilds/{guild_id}/emojis", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/emojis/{emoji_id}}. */
  GET_GUILD_EMOJI("GET", "/guilds/{guild_id}/emojis/{emoji_id}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/emojis/{emoji_id}}. */
  UPDATE_GUILD_EMOJI("PATCH", "/guilds/{guild_id}/emojis/{emoji_id}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/emojis/{emoji_id}}. */
  DELETE_GUILD_EMOJI("DELETE", "/guilds/{guild_id}/emojis/{emoji_id}", MajorParameter.GUILD),
  /** {@code PUT /guilds/{guild_id}/incident-actions}. */
  UPDATE_GUILD_INCIDENT_ACTIONS("PUT", "/guilds/{guild_id}/incident-actions", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/integrations}. */
  LIST_GUILD_INTEGRATIONS("GET", "/guilds/{guild_id}/integrations", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/integrations/{integration_id}}. */
  DELETE_GUILD_INTEGRATION(
      "DELETE", "/guilds/{guild_id}/integrations/{integration_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/invites}. */
  LIST_GUILD_INVITES("GET", "/guilds/{guild_id}/invites", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/members}. */
  LIST_GUILD_MEMBERS("GET", "/guilds/{guild_id}/members", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/members/@me}. */
  UPDATE_MY_GUILD_MEMBER("PATCH", "/guilds/{guild_id}/members/@me", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/members/search}. */
  SEARCH_GUILD_MEMBERS("GET", "/guilds/{guild_id}/members/search", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/members/{user_id}}. */
  GET_GUILD_MEMBER("GET", "/guilds/{guild_id}/members/{user_id}", MajorParameter.GUILD),
  /** {@code PUT /guilds/{guild_id}/members/{user_id}}. */
  ADD_GUILD_MEMBER("PUT", "/guilds/{guild_id}/members/{user_id}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/members/{user_id}}. */
  UPDATE_GUILD_MEMBER("PATCH", "/guilds/{guild_id}/members/{user_id}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/members/{user_id}}. */
  DELETE_GUILD_MEMBER("DELETE", "/guilds/{guild_id}/members/{user_id}", MajorParameter.GUILD),
  /** {@code PUT /guilds/{guild_id}/members/{user_id}/roles/{role_id}}. */
  ADD_GUILD_MEMBER_ROLE(
      "PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/members/{user_id}/roles/{role_id}}. */
  DELETE_GUILD_MEMBER_ROLE(
      "DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/messages/search}. */
  GUILD_SEARCH("GET", "/guilds/{guild_id}/messages/search", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/new-member-welcome}. */
  GET_GUILD_NEW_MEMBER_WELCOME(
      "GET", "/guilds/{guild_id}/new-member-welcome", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/onboarding}. */
  GET_GUILDS_ONBOARDING("GET", "/guilds/{guild_id}/onboarding", MajorParameter.GUILD),
  /** {@code PUT /guilds/{guild_id}/onboarding}. */
  PUT_GUILDS_ONBOARDING("PUT", "/guilds/{guild_id}/onboarding", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/preview}. */
  GET_GUILD_PREVIEW("GET", "/guilds/{guild_id}/preview", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/prune}. */
  PREVIEW_PRUNE_GUILD("GET", "/guilds/{guild_id}/prune", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/prune}. */
  PRUNE_GUILD("POST", "/guilds/{guild_id}/prune", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/regions}. */
  LIST_GUILD_VOICE_REGIONS("GET", "/guilds/{guild_id}/regions", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/requests}. */
  GET_GUILD_JOIN_REQUESTS("GET", "/guilds/{guild_id}/requests", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/requests/{request_id}}. */
  ACTION_GUILD_JOIN_REQUEST(
      "PATCH", "/guilds/{guild_id}/requests/{request_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/roles}. */
  LIST_GUILD_ROLES("GET", "/guilds/{guild_id}/roles", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/roles}. */
  CREATE_GUILD_ROLE("POST", "/guilds/{guild_id}/roles", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/roles}. */
  BULK_UPDATE_GUILD_ROLES("PATCH", "/guilds/{guild_id}/roles", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/roles/member-counts}. */
  GUILD_ROLE_MEMBER_COUNTS("GET", "/guilds/{guild_id}/roles/member-counts", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/roles/{role_id}}. */
  GET_GUILD_ROLE("GET", "/guilds/{guild_id}/roles/{role_id}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/roles/{role_id}}. */
  UPDATE_GUILD_ROLE("PATCH", "/guilds/{guild_id}/roles/{role_id}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/roles/{role_id}}. */
  DELETE_GUILD_ROLE("DELETE", "/guilds/{guild_id}/roles/{role_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/scheduled-events}. */
  LIST_GUILD_SCHEDULED_EVENTS("GET", "/guilds/{guild_id}/scheduled-events", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/scheduled-events}. */
  CREATE_GUILD_SCHEDULED_EVENT("POST", "/guilds/{guild_id}/scheduled-events", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}}. */
  GET_GUILD_SCHEDULED_EVENT(
      "GET",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}",
      MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}}. */
  UPDATE_GUILD_SCHEDULED_EVENT(
      "PATCH",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}",
      MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}}. */
  DELETE_GUILD_SCHEDULED_EVENT(
      "DELETE",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}",
      MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions}. */
  CREATE_GUILD_SCHEDULED_EVENT_EXCEPTION(
      "POST",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions",
      MajorParameter.GUILD),
  /**
   * {@code PATCH
   * /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions/{exception_id}}.
   */
  UPDATE_GUILD_SCHEDULED_EVENT_EXCEPTION(
      "PATCH",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions/{exception_id}",
      MajorParameter.GUILD),
  /**
   * {@code DELETE
   * /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions/{exception_id}}.
   */
  DELETE_GUILD_SCHEDULED_EVENT_EXCEPTION(
      "DELETE",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions/{exception_id}",
      MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/users}. */
  LIST_GUILD_SCHEDULED_EVENT_USERS(
      "GET",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/users",
      MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/users/counts}. */
  COUNT_GUILD_SCHEDULED_EVENT_USERS(
      "GET",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/users/counts",
      MajorParameter.GUILD),
  /**
   * {@code GET
   * /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/{guild_scheduled_event_exception_id}/users}.
   */
  LIST_GUILD_SCHEDULED_EVENT_EXCEPTION_USERS(
      "GET",
      "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/{guild_scheduled_event_exception_id}/users",
      MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/soundboard-sounds}. */
  LIST_GUILD_SOUNDBOARD_SOUNDS("GET", "/guilds/{guild_id}/soundboard-sounds", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/soundboard-sounds}. */
  CREATE_GUILD_SOUNDBOARD_SOUND(
      "POST", "/guilds/{guild_id}/soundboard-sounds", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/soundboard-sounds/{sound_id}}. */
  GET_GUILD_SOUNDBOARD_SOUND(
      "GET", "/guilds/{guild_id}/soundboard-sounds/{sound_id}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/soundboard-sounds/{sound_id}}. */
  UPDATE_GUILD_SOUNDBOARD_SOUND(
      "PATCH", "/guilds/{guild_id}/soundboard-sounds/{sound_id}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/soundboard-sounds/{sound_id}}. */
  DELETE_GUILD_SOUNDBOARD_SOUND(
      "DELETE", "/guilds/{guild_id}/soundboard-sounds/{sound_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/stickers}. */
  LIST_GUILD_STICKERS("GET", "/guilds/{guild_id}/stickers", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/stickers}. */
  CREATE_GUILD_STICKER("POST", "/guilds/{guild_id}/stickers", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/stickers/{sticker_id}}. */
  GET_GUILD_STICKER("GET", "/guilds/{guild_id}/stickers/{sticker_id}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/stickers/{sticker_id}}. */
  UPDATE_GUILD_STICKER("PATCH", "/guilds/{guild_id}/stickers/{sticker_id}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/stickers/{sticker_id}}. */
  DELETE_GUILD_STICKER("DELETE", "/guilds/{guild_id}/stickers/{sticker_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/templates}. */
  LIST_GUILD_TEMPLATES("GET", "/guilds/{guild_id}/templates", MajorParameter.GUILD),
  /** {@code POST /guilds/{guild_id}/templates}. */
  CREATE_GUILD_TEMPLATE("POST", "/guilds/{guild_id}/templates", MajorParameter.GUILD),
  /** {@code PUT /guilds/{guild_id}/templates/{code}}. */
  SYNC_GUILD_TEMPLATE("PUT", "/guilds/{guild_id}/templates/{code}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/templates/{code}}. */
  UPDATE_GUILD_TEMPLATE("PATCH", "/guilds/{guild_id}/templates/{code}", MajorParameter.GUILD),
  /** {@code DELETE /guilds/{guild_id}/templates/{code}}. */
  DELETE_GUILD_TEMPLATE("DELETE", "/guilds/{guild_id}/templates/{code}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/threads/active}. */
  GET_ACTIVE_GUILD_THREADS("GET", "/guilds/{guild_id}/threads/active", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/vanity-url}. */
  GET_GUILD_VANITY_URL("GET", "/guilds/{guild_id}/vanity-url", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/voice-states/@me}. */
  GET_SELF_VOICE_STATE("GET", "/guilds/{guild_id}/voice-states/@me", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/voice-states/@me}. */
  UPDATE_SELF_VOICE_STATE("PATCH", "/guilds/{guild_id}/voice-states/@me", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/voice-states/{user_id}}. */
  GET_VOICE_STATE("GET", "/guilds/{guild_id}/voice-states/{user_id}", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/voice-states/{user_id}}. */
  UPDATE_VOICE_STATE("PATCH", "/guilds/{guild_id}/voice-states/{user_id}", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/webhooks}. */
  GET_GUILD_WEBHOOKS("GET", "/guilds/{guild_id}/webhooks", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/welcome-screen}. */
  GET_GUILD_WELCOME_SCREEN("GET", "/guilds/{guild_id}/welcome-screen", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/welcome-screen}. */
  UPDATE_GUILD_WELCOME_SCREEN("PATCH", "/guilds/{guild_id}/welcome-screen", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/widget}. */
  GET_GUILD_WIDGET_SETTINGS("GET", "/guilds/{guild_id}/widget", MajorParameter.GUILD),
  /** {@code PATCH /guilds/{guild_id}/widget}. */
  UPDATE_GUILD_WIDGET_SETTINGS("PATCH", "/guilds/{guild_id}/widget", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/widget.json}. */
  GET_GUILD_WIDGET("GET", "/guilds/{guild_id}/widget.json", MajorParameter.GUILD),
  /** {@code GET /guilds/{guild_id}/widget.png}. */
  GET_GUILD_WIDGET_PNG("GET", "/guilds/{guild_id}/widget.png", MajorParameter.GUILD),
  /** {@code POST /interactions/{interaction_id}/{interaction_token}/callback}. */
  CREATE_INTERACTION_RESPONSE(
      "POST",
      "/interactions/{interaction_id}/{interaction_token}/callback",
      MajorParameter.INTERACTION),
  /** {@code GET /invites/{code}}. */
  INVITE_RESOLVE("GET", "/invites/{code}", MajorParameter.NONE),
  /** {@code DELETE /invites/{code}}. */
  INVITE_REVOKE("DELETE", "/invites/{code}", MajorParameter.NONE),
  /** {@code GET /invites/{code}/target-users}. */
  GET_INVITE_TARGET_USERS("GET", "/invites/{code}/target-users", MajorParameter.NONE),
  /** {@code PUT /invites/{code}/target-users}. */
  UPDATE_INVITE_TARGET_USERS("PUT", "/invites/{code}/target-users", MajorParameter.NONE),
  /** {@code GET /invites/{code}/target-users/job-status}. */
  GET_INVITE_TARGET_USERS_JOB_STATUS(
      "GET", "/invites/{code}/target-users/job-status", MajorParameter.NONE),
  /** {@code PUT /lobbies}. */
  CREATE_OR_JOIN_LOBBY("PUT", "/lobbies", MajorParameter.NONE),
  /** {@code POST /lobbies}. */
  CREATE_LOBBY("POST", "/lobbies", MajorParameter.NONE),
  /** {@code GET /lobbies/{lobby_id}}. */
  GET_LOBBY("GET", "/lobbies/{lobby_id}", MajorParameter.NONE),
  /** {@code PATCH /lobbies/{lobby_id}}. */
  EDIT_LOBBY("PATCH", "/lobbies/{lobby_id}", MajorParameter.NONE),
  /** {@code DELETE /lobbies/{lobby_id}}. */
  DELETE_LOBBY("DELETE", "/lobbies/{lobby_id}", MajorParameter.NONE),
  /** {@code PATCH /lobbies/{lobby_id}/channel-linking}. */
  EDIT_LOBBY_CHANNEL_LINK("PATCH", "/lobbies/{lobby_id}/channel-linking", MajorParameter.NONE),
  /** {@code DELETE /lobbies/{lobby_id}/members/@me}. */
  LEAVE_LOBBY("DELETE", "/lobbies/{lobby_id}/members/@me", MajorParameter.NONE),
  /** {@code POST /lobbies/{lobby_id}/members/@me/invites}. */
  CREATE_LINKED_LOBBY_GUILD_INVITE_FOR_SELF(
      "POST", "/lobbies/{lobby_id}/members/@me/invites", MajorParameter.NONE),
  /** {@code POST /lobbies/{lobby_id}/members/bulk}. */
  BULK_UPDATE_LOBBY_MEMBERS("POST", "/lobbies/{lobby_id}/members/bulk", MajorParameter.NONE),
  /** {@code PUT /lobbies/{lobby_id}/members/{user_id}}. */
  ADD_LOBBY_MEMBER("PUT", "/lobbies/{lobby_id}/members/{user_id}", MajorParameter.NONE),
  /** {@code DELETE /lobbies/{lobby_id}/members/{user_id}}. */
  DELETE_LOBBY_MEMBER("DELETE", "/lobbies/{lobby_id}/members/{user_id}", MajorParameter.NONE),
  /** {@code POST /lobbies/{lobby_id}/members/{user_id}/invites}. */
  CREATE_LINKED_LOBBY_GUILD_INVITE_FOR_USER(
      "POST", "/lobbies/{lobby_id}/members/{user_id}/invites", MajorParameter.NONE),
  /** {@code GET /lobbies/{lobby_id}/messages}. */
  GET_LOBBY_MESSAGES("GET", "/lobbies/{lobby_id}/messages", MajorParameter.NONE),
  /** {@code POST /lobbies/{lobby_id}/messages}. */
  CREATE_LOBBY_MESSAGE("POST", "/lobbies/{lobby_id}/messages", MajorParameter.NONE),
  /** {@code PUT /lobbies/{lobby_id}/messages/{message_id}/moderation-metadata}. */
  UPDATE_LOBBY_MESSAGE_EXTERNAL_MODERATION_METADATA(
      "PUT", "/lobbies/{lobby_id}/messages/{message_id}/moderation-metadata", MajorParameter.NONE),
  /** {@code GET /oauth2/@me}. */
  GET_MY_OAUTH2_AUTHORIZATION("GET", "/oauth2/@me", MajorParameter.NONE),
  /** {@code GET /oauth2/applications/@me}. */
  GET_MY_OAUTH2_APPLICATION("GET", "/oauth2/applications/@me", MajorParameter.NONE),
  /** {@code GET /oauth2/keys}. */
  GET_PUBLIC_KEYS("GET", "/oauth2/keys", MajorParameter.NONE),
  /** {@code GET /oauth2/userinfo}. */
  GET_OPENID_CONNECT_USERINFO("GET", "/oauth2/userinfo", MajorParameter.NONE),
  /**
   * {@code PUT /partner-sdk/dms/{user_id_1}/{user_id_2}/messages/{message_id}/moderation-metadata}.
   */
  UPDATE_USER_MESSAGE_EXTERNAL_MODERATION_METADATA(
      "PUT",
      "/partner-sdk/dms/{user_id_1}/{user_id_2}/messages/{message_id}/moderation-metadata",
      MajorParameter.NONE),
  /** {@code POST /partner-sdk/provisional-accounts/unmerge}. */
  PARTNER_SDK_UNMERGE_PROVISIONAL_ACCOUNT(
      "POST", "/partner-sdk/provisional-accounts/unmerge", MajorParameter.NONE),
  /** {@code POST /partner-sdk/provisional-accounts/unmerge/bot}. */
  BOT_PARTNER_SDK_UNMERGE_PROVISIONAL_ACCOUNT(
      "POST", "/partner-sdk/provisional-accounts/unmerge/bot", MajorParameter.NONE),
  /** {@code POST /partner-sdk/token}. */
  PARTNER_SDK_TOKEN("POST", "/partner-sdk/token", MajorParameter.NONE),
  /** {@code POST /partner-sdk/token/bot}. */
  BOT_PARTNER_SDK_TOKEN("POST", "/partner-sdk/token/bot", MajorParameter.NONE),
  /** {@code GET /skus/{sku_id}/subscriptions}. */
  GET_SKU_SUBSCRIPTIONS("GET", "/skus/{sku_id}/subscriptions", MajorParameter.NONE),
  /** {@code GET /skus/{sku_id}/subscriptions/{subscription_id}}. */
  GET_SKU_SUBSCRIPTION(
      "GET", "/skus/{sku_id}/subscriptions/{subscription_id}", MajorParameter.NONE),
  /** {@code GET /soundboard-default-sounds}. */
  GET_SOUNDBOARD_DEFAULT_SOUNDS("GET", "/soundboard-default-sounds", MajorParameter.NONE),
  /** {@code POST /stage-instances}. */
  CREATE_STAGE_INSTANCE("POST", "/stage-instances", MajorParameter.NONE),
  /** {@code GET /stage-instances/{channel_id}}. */
  GET_STAGE_INSTANCE("GET", "/stage-instances/{channel_id}", MajorParameter.NONE),
  /** {@code PATCH /stage-instances/{channel_id}}. */
  UPDATE_STAGE_INSTANCE("PATCH", "/stage-instances/{channel_id}", MajorParameter.NONE),
  /** {@code DELETE /stage-instances/{channel_id}}. */
  DELETE_STAGE_INSTANCE("DELETE", "/stage-instances/{channel_id}", MajorParameter.NONE),
  /** {@code GET /sticker-packs}. */
  LIST_STICKER_PACKS("GET", "/sticker-packs", MajorParameter.NONE),
  /** {@code GET /sticker-packs/{pack_id}}. */
  GET_STICKER_PACK("GET", "/sticker-packs/{pack_id}", MajorParameter.NONE),
  /** {@code GET /stickers/{sticker_id}}. */
  GET_STICKER("GET", "/stickers/{sticker_id}", MajorParameter.NONE),
  /** {@code GET /users/@me}. */
  GET_MY_USER("GET", "/users/@me", MajorParameter.NONE),
  /** {@code PATCH /users/@me}. */
  UPDATE_MY_USER("PATCH", "/users/@me", MajorParameter.NONE),
  /** {@code GET /users/@me/applications/{application_id}/entitlements}. */
  GET_CURRENT_USER_APPLICATION_ENTITLEMENTS(
      "GET", "/users/@me/applications/{application_id}/entitlements", MajorParameter.NONE),
  /** {@code GET /users/@me/applications/{application_id}/role-connection}. */
  GET_APPLICATION_USER_ROLE_CONNECTION(
      "GET", "/users/@me/applications/{application_id}/role-connection", MajorParameter.NONE),
  /** {@code PUT /users/@me/applications/{application_id}/role-connection}. */
  UPDATE_APPLICATION_USER_ROLE_CONNECTION(
      "PUT", "/users/@me/applications/{application_id}/role-connection", MajorParameter.NONE),
  /** {@code DELETE /users/@me/applications/{application_id}/role-connection}. */
  DELETE_APPLICATION_USER_ROLE_CONNECTION(
      "DELETE", "/users/@me/applications/{application_id}/role-connection", MajorParameter.NONE),
  /** {@code POST /users/@me/channels}. */
  CREATE_DM("POST", "/users/@me/channels", MajorParameter.NONE),
  /** {@code GET /users/@me/connections}. */
  LIST_MY_CONNECTIONS("GET", "/users/@me/connections", MajorParameter.NONE),
  /** {@code GET /users/@me/guilds}. */
  LIST_MY_GUILDS("GET", "/users/@me/guilds", MajorParameter.NONE),
  /** {@code DELETE /users/@me/guilds/{guild_id}}. */
  LEAVE_GUILD("DELETE", "/users/@me/guilds/{guild_id}", MajorParameter.NONE),
  /** {@code GET /users/@me/guilds/{guild_id}/member}. */
  GET_MY_GUILD_MEMBER("GET", "/users/@me/guilds/{guild_id}/member", MajorParameter.NONE),
  /** {@code GET /users/{user_id}}. */
  GET_USER("GET", "/users/{user_id}", MajorParameter.NONE),
  /** {@code GET /voice/regions}. */
  LIST_VOICE_REGIONS("GET", "/voice/regions", MajorParameter.NONE),
  /** {@code GET /webhooks/{webhook_id}}. */
  GET_WEBHOOK("GET", "/webhooks/{webhook_id}", MajorParameter.WEBHOOK),
  /** {@code PATCH /webhooks/{webhook_id}}. */
  UPDATE_WEBHOOK("PATCH", "/webhooks/{webhook_id}", MajorParameter.WEBHOOK),
  /** {@code DELETE /webhooks/{webhook_id}}. */
  DELETE_WEBHOOK("DELETE", "/webhooks/{webhook_id}", MajorParameter.WEBHOOK),
  /** {@code GET /webhooks/{webhook_id}/{webhook_token}}. */
  GET_WEBHOOK_BY_TOKEN("GET", "/webhooks/{webhook_id}/{webhook_token}", MajorParameter.WEBHOOK),
  /** {@code POST /webhooks/{webhook_id}/{webhook_token}}. */
  EXECUTE_WEBHOOK("POST", "/webhooks/{webhook_id}/{webhook_token}", MajorParameter.WEBHOOK),
  /** {@code PATCH /webhooks/{webhook_id}/{webhook_token}}. */
  UPDATE_WEBHOOK_BY_TOKEN(
      "PATCH", "/webhooks/{webhook_id}/{webhook_token}", MajorParameter.WEBHOOK),
  /** {@code DELETE /webhooks/{webhook_id}/{webhook_token}}. */
  DELETE_WEBHOOK_BY_TOKEN(
      "DELETE", "/webhooks/{webhook_id}/{webhook_token}", MajorParameter.WEBHOOK),
  /** {@code POST /webhooks/{webhook_id}/{webhook_token}/github}. */
  EXECUTE_GITHUB_COMPATIBLE_WEBHOOK(
      "POST", "/webhooks/{webhook_id}/{webhook_token}/github", MajorParameter.WEBHOOK),
  /** {@code GET /webhooks/{webhook_id}/{webhook_token}/messages/@original}. */
  GET_ORIGINAL_WEBHOOK_MESSAGE(
      "GET", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", MajorParameter.WEBHOOK),
  /** {@code PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original}. */
  UPDATE_ORIGINAL_WEBHOOK_MESSAGE(
      "PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", MajorParameter.WEBHOOK),
  /** {@code DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original}. */
  DELETE_ORIGINAL_WEBHOOK_MESSAGE(
      "DELETE",
      "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
      MajorParameter.WEBHOOK),
  /** {@code GET /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}. */
  GET_WEBHOOK_MESSAGE(
      "GET",
      "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
      MajorParameter.WEBHOOK),
  /** {@code PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}. */
  UPDATE_WEBHOOK_MESSAGE(
      "PATCH",
      "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
      MajorParameter.WEBHOOK),
  /** {@code DELETE /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}. */
  DELETE_WEBHOOK_MESSAGE(
      "DELETE",
      "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
      MajorParameter.WEBHOOK),
  /** {@code POST /webhooks/{webhook_id}/{webhook_token}/slack}. */
  EXECUTE_SLACK_COMPATIBLE_WEBHOOK(
      "POST", "/webhooks/{webhook_id}/{webhook_token}/slack", MajorParameter.WEBHOOK);

  private final String method;
  private final String template;
  private final MajorParameter majorParameter;
  private final List<String> placeholders;

  Route(String method, String template, MajorParameter majorParameter) {
    this.method = method;
    this.template = template;
    this.majorParameter = majorParameter;
    this.placeholders = placeholders(template);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, such as {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path template relative to the API base, with the OpenAPI description's placeholder
   * names.
   *
   * @return the template, such as {@code /channels/{channel_id}/messages}
   */
  public String template() {
    return template;
  }

  /**
   * Returns the method and template, the name rate limiters and testkit's rate limits use for the
   * route.
   *
   * @return the key, such as {@code POST /channels/{channel_id}/messages}
   */
  public String key() {
    return method + " " + template;
  }

  /**
   * Returns the top-level parameter that separates rate-limit buckets of this route.
   *
   * @return the major parameter
   */
  public MajorParameter majorParameter() {
    return majorParameter;
  }

  /**
   * Returns the names of the template's placeholders, in order.
   *
   * @return the names, such as {@code [channel_id, message_id]}
   */
  public List<String> placeholders() {
    return placeholders;
  }

  /**
   * Returns whether the path carries a webhook or interaction token, which authenticates the
   * request instead of the client's token.
   *
   * @return {@code true} for token routes
   */
  public boolean tokenInPath() {
    return placeholders.stream().anyMatch(Route::isToken);
  }

  /**
   * Returns whether a placeholder holds a token, whose value must never be shown.
   *
   * @param placeholder a placeholder name
   * @return {@code true} for {@code webhook_token} and {@code interaction_token}
   */
  public static boolean isToken(String placeholder) {
    return placeholder.endsWith("token");
  }

  /**
   * Returns the placeholder names of a template.
   *
   * @param template a path template such as {@code /channels/{channel_id}}
   * @return the names, in order
   */
  public static List<String> placeholders(String template) {
    List<String> names = new ArrayList<>();
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open);
      names.add(template.substring(open + 1, close));
      open = template.indexOf('{', close);
    }
    return List.copyOf(names);
  }
}
