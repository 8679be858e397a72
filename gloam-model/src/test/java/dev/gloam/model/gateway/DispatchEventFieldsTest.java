package dev.gloam.model.gateway;

import static dev.gloam.model.gateway.DispatchEventsTest.parse;
import static dev.gloam.model.gateway.DispatchEventsTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.reaction.ReactionType;
import dev.gloam.model.gateway.event.AutoModerationActionExecution;
import dev.gloam.model.gateway.event.ChannelInfo;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildAuditLogEntryCreate;
import dev.gloam.model.gateway.event.GuildMemberAdd;
import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.gateway.event.GuildMembersChunk;
import dev.gloam.model.gateway.event.IntegrationCreate;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.InviteCreate;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.gateway.event.MessageReactionRemove;
import dev.gloam.model.gateway.event.SoundboardSounds;
import dev.gloam.model.gateway.event.ThreadListSync;
import dev.gloam.model.gateway.event.ThreadMemberUpdate;
import dev.gloam.model.gateway.event.ThreadMembersUpdate;
import dev.gloam.model.gateway.event.VoiceServerUpdate;
import dev.gloam.model.gateway.event.VoiceStateUpdate;
import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.guild.auditlog.AuditLogEvent;
import dev.gloam.model.guild.automod.SendAlertMessageAction;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJson;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Field-level checks of the dispatch events whose {@code d} is not a plain object of their own. */
class DispatchEventFieldsTest {
  private static final String BIG = "18446744073709551615";

  private static JsonNode tree(Object value) {
    return ModelJson.mapper().readTree(ModelJson.write(value));
  }

  private static JsonNode data(String fixture) {
    return ModelJson.mapper().readTree(read(fixture)).get("d");
  }

  private static Event dispatch(String type, String data) {
    String payload = "{\"op\":0,\"s\":1,\"t\":\"" + type + "\",\"d\":" + data + "}";
    return GatewayEventParser.parse(payload, EventTypeFlags.all()).orElseThrow();
  }

  @Test
  void unwrappedObjectsKeepTheirExtraGuildId() {
    GuildMemberAdd add = (GuildMemberAdd) parse(read("guild_member_add.json"));
    assertThat(add.guildId().toString()).isEqualTo("1101245000000000001");
    assertThat(add.member().user().orElseThrow().username()).isEqualTo("human");
    assertThat(add.member().nick()).isEmpty();
    assertThat(add.member().roles()).extracting(Object::toString).contains("1101245000000000555");
    // Written back flat, as Discord sends it: the member's fields and guild_id side by side.
    JsonNode written = tree(add);
    assertThat(written.has("member")).isFalse();
    assertThat(written.get("guild_id").asString()).isEqualTo("1101245000000000001");
    assertThat(written.get("user").get("id").asString()).isEqualTo("1101245000000000777");
    assertThat(written.get("joined_at").isString()).isTrue();

    GuildAuditLogEntryCreate entry =
        (GuildAuditLogEntryCreate) parse(read("guild_audit_log_entry_create.json"));
    assertThat(entry.guildId().toString()).isEqualTo(BIG);
    assertThat(entry.entry().actionType()).isEqualTo(AuditLogEvent.of(14));
    assertThat(entry.entry().changes().orElseThrow()).hasSize(2);
    assertThat(tree(entry).get("changes").get(0).get("new_value").asString()).isEqualTo(BIG);
    assertThat(tree(entry).get("guild_id").asString()).isEqualTo(BIG);

    IntegrationCreate integration = (IntegrationCreate) parse(read("integration_create.json"));
    assertThat(integration.guildId().toString()).isEqualTo("1101245000000000001");
    assertThat(integration.integration().name()).isEqualTo("gloamtv");
    assertThat(integration.integration().user()).isEmpty();
    assertThat(tree(integration).has("user")).isFalse();

    ThreadMemberUpdate member = (ThreadMemberUpdate) parse(read("thread_member_update.json"));
    assertThat(member.guildId().toString()).isEqualTo(BIG);
    assertThat(member.member().flags()).isEqualTo(1);
    assertThat(member.member().joinTimestamp()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(tree(member)).isEqualTo(data("thread_member_update.json"));
  }

  @Test
  void threadMembersCarryMemberAndNullablePresence() {
    ThreadMembersUpdate update = (ThreadMembersUpdate) parse(read("thread_members_update.json"));
    assertThat(update.memberCount()).isEqualTo(3);
    var added = update.addedMembers().orElseThrow();
    assertThat(added).hasSize(2);
    assertThat(added.get(0).threadMember().member().orElseThrow().nick()).contains("hu");
    assertThat(added.get(0).presence().orElseThrow().status()).isEqualTo(Status.of("dnd"));
    assertThat(added.get(1).threadMember().userId().orElseThrow().toString()).isEqualTo(BIG);
    assertThat(added.get(1).presence()).isEmpty();
    JsonNode second = tree(update).get("added_members").get(1);
    assertThat(second.get("presence").isNull()).as("a null presence is written as null").isTrue();
    assertThat(second.get("user_id").asString()).isEqualTo(BIG);

    ThreadMembersUpdate bare =
        (ThreadMembersUpdate)
            dispatch(
                "THREAD_MEMBERS_UPDATE",
                "{\"id\":\"1\",\"guild_id\":\"2\",\"member_count\":0,\"removed_member_ids\":[\"3\"]}");
    assertThat(bare.addedMembers()).isEmpty();
    assertThat(tree(bare).has("added_members")).isFalse();
  }

  @Test
  void voiceServerTokenIsHidden() {
    VoiceServerUpdate update = (VoiceServerUpdate) parse(read("voice_server_update.json"));
    assertThat(update.token()).isEqualTo("my_token");
    assertThat(update.endpoint()).contains("sweetwater-12345.discord.media:2048");
    assertThat(update.toString()).doesNotContain("my_token").contains("<redacted>").contains(BIG);
    assertThat(tree(update).get("token").asString()).isEqualTo("my_token");

    VoiceServerUpdate gone =
        (VoiceServerUpdate)
            dispatch(
                "VOICE_SERVER_UPDATE", "{\"token\":\"t\",\"guild_id\":\"1\",\"endpoint\":null}");
    assertThat(gone.endpoint()).isEmpty();
    assertThat(tree(gone).get("endpoint").isNull()).isTrue();
  }

  @Test
  void interactionCreateHidesTheInteractionToken() {
    InteractionCreate create = (InteractionCreate) parse(read("interaction_create.json"));
    String token = create.interaction().token();
    assertThat(token).isNotBlank();
    assertThat(create.toString()).doesNotContain(token).contains("<hidden>");
    assertThat(tree(create)).isEqualTo(tree(create.interaction()));
  }

  @Test
  void autoModerationActionExecution() {
    AutoModerationActionExecution execution =
        (AutoModerationActionExecution) parse(read("auto_moderation_action_execution.json"));
    assertThat(execution.ruleId().toString()).isEqualTo(BIG);
    assertThat(execution.ruleTriggerType()).isEqualTo(TriggerType.of(1));
    assertThat(execution.action())
        .isInstanceOfSatisfying(
            SendAlertMessageAction.class,
            a -> assertThat(a.metadata().channelId().toString()).isEqualTo("1101245000000000003"));
    assertThat(execution.matchedContent()).contains("cats");
    assertThat(execution.alertSystemMessageId()).isPresent();

    // Without MESSAGE_CONTENT: empty content, null matches; the optional ids absent.
    AutoModerationActionExecution blocked =
        (AutoModerationActionExecution)
            dispatch(
                "AUTO_MODERATION_ACTION_EXECUTION",
                "{\"guild_id\":\"1\",\"action\":{\"type\":1},\"rule_id\":\"2\","
                    + "\"rule_trigger_type\":99,\"user_id\":\"3\",\"content\":\"\","
                    + "\"matched_keyword\":null,\"matched_content\":null}");
    assertThat(blocked.channelId()).isEmpty();
    assertThat(blocked.messageId()).isEmpty();
    assertThat(blocked.matchedKeyword()).isEmpty();
    assertThat(blocked.ruleTriggerType().value()).isEqualTo(99);
    JsonNode written = tree(blocked);
    assertThat(written.has("message_id")).isFalse();
    assertThat(written.get("matched_keyword").isNull()).isTrue();
    assertThat(written.get("rule_trigger_type").asInt()).isEqualTo(99);
  }

  @Test
  void membersChunkAndMemberUpdate() {
    GuildMembersChunk chunk = (GuildMembersChunk) parse(read("guild_members_chunk.json"));
    assertThat(chunk.members()).hasSize(3);
    assertThat(chunk.members().get(2).user().orElseThrow().id().toString()).isEqualTo(BIG);
    assertThat(chunk.chunkIndex()).isEqualTo(1);
    assertThat(chunk.chunkCount()).isEqualTo(2);
    assertThat(chunk.last()).isTrue();
    assertThat(chunk.notFound().orElseThrow()).extracting(Object::toString).contains(BIG);
    assertThat(chunk.presences().orElseThrow()).hasSize(2);
    assertThat(chunk.presences().orElseThrow().get(0).guildId()).isEmpty();
    assertThat(chunk.nonce()).contains("req-42");
    assertThat(tree(chunk).has("last")).as("last() is not a JSON property").isFalse();

    GuildMemberUpdate update = (GuildMemberUpdate) parse(read("guild_member_update.json"));
    assertThat(update.avatar()).isEmpty();
    assertThat(update.banner()).isPresent();
    assertThat(update.mute()).contains(true);
    assertThat(update.premiumSince()).isEmpty();
    assertThat(update.collectibles()).isEmpty();
    assertThat(update.avatarDecorationData().orElseThrow().skuId().toString())
        .isEqualTo("1144058522808614923");
    assertThat(update.communicationDisabledUntil()).contains(Instant.parse("2026-11-27T21:00:00Z"));
    JsonNode written = tree(update);
    assertThat(written.get("avatar").isNull()).as("avatar is always sent").isTrue();
    assertThat(written.has("collectibles")).isFalse();
  }

  @Test
  void reactionsKeepUnknownTypesAndPartialEmojis() {
    MessageReactionAdd add = (MessageReactionAdd) parse(read("message_reaction_add.json"));
    assertThat(add.type()).isEqualTo(ReactionType.BURST);
    assertThat(add.burst()).isTrue();
    assertThat(add.burstColors().orElseThrow()).containsExactly("#ff00aa", "#00ffaa");
    assertThat(add.emoji().id().orElseThrow().toString()).isEqualTo(BIG);
    assertThat(add.member().orElseThrow().nick()).contains("hu");
    assertThat(add.messageAuthorId().orElseThrow().toString()).isEqualTo("1101245000000000778");

    MessageReactionRemove remove =
        (MessageReactionRemove) parse(read("message_reaction_remove.json"));
    assertThat(remove.guildId()).isEmpty();
    assertThat(remove.emoji().id()).isEmpty();
    assertThat(remove.type().value()).isEqualTo(7);
    JsonNode written = tree(remove);
    assertThat(written.get("type").asInt()).isEqualTo(7);
    assertThat(written.has("guild_id")).isFalse();
  }

  @Test
  void channelInfoAndListsOfObjects() {
    ChannelInfo info = (ChannelInfo) parse(read("channel_info.json"));
    assertThat(info.channels()).hasSize(3);
    assertThat(info.channels().get(0).status()).contains("lo-fi beats");
    assertThat(info.channels().get(0).voiceStartTime()).contains(1795727400L);
    assertThat(info.channels().get(1).status()).isEmpty();
    assertThat(info.channels().get(2).id().toString()).isEqualTo(BIG);

    ThreadListSync sync = (ThreadListSync) parse(read("thread_list_sync.json"));
    assertThat(sync.channelIds().orElseThrow()).hasSize(2);
    assertThat(sync.threads()).hasSize(1);
    assertThat(sync.members().get(0).userId().orElseThrow().toString())
        .isEqualTo("80351110224678912");
    ThreadListSync whole =
        (ThreadListSync)
            dispatch("THREAD_LIST_SYNC", "{\"guild_id\":\"1\",\"threads\":[],\"members\":[]}");
    assertThat(whole.channelIds()).as("absent when the whole guild is synced").isEmpty();

    SoundboardSounds sounds = (SoundboardSounds) parse(read("soundboard_sounds.json"));
    assertThat(sounds.soundboardSounds()).hasSize(2);
    assertThat(sounds.guildId().toString()).isEqualTo(BIG);
  }

  @Test
  void inviteCreateWithAndWithoutOptionalFields() {
    InviteCreate invite = (InviteCreate) parse(read("invite_create.json"));
    assertThat(invite.code()).isEqualTo("gloam");
    assertThat(invite.maxAge()).isEqualTo(86400);
    assertThat(invite.targetUser().orElseThrow().username()).isEqualTo("second");
    assertThat(invite.roleIds().orElseThrow()).extracting(Object::toString).contains(BIG);

    InviteCreate minimal =
        (InviteCreate)
            dispatch(
                "INVITE_CREATE",
                "{\"channel_id\":\"1\",\"code\":\"x\",\"created_at\":\"2026-11-26T21:00:00Z\","
                    + "\"max_age\":0,\"max_uses\":0,\"temporary\":true,\"uses\":0,"
                    + "\"expires_at\":null}");
    assertThat(minimal.guildId()).isEmpty();
    assertThat(minimal.expiresAt()).isEmpty();
    JsonNode written = tree(minimal);
    assertThat(written.has("inviter")).isFalse();
    assertThat(written.get("expires_at").isNull()).isTrue();
  }

  @Test
  void voiceStateUpdateWrapsTheState() {
    VoiceStateUpdate update = (VoiceStateUpdate) parse(read("voice_state_update.json"));
    assertThat(update.kind()).isEqualTo(EventType.VOICE_STATE_UPDATE);
    assertThat(tree(update)).isEqualTo(tree(update.voiceState()));
    assertThat(EventType.ofDispatch("VOICE_STATE_UPDATE")).isSameAs(EventType.VOICE_STATE_UPDATE);
    assertThat(Optional.of(update.voiceState().sessionId())).isNotEmpty();
  }
}
