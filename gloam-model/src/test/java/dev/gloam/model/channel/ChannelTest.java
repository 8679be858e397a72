package dev.gloam.model.channel;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.forum.DefaultReaction;
import dev.gloam.model.channel.forum.ForumLayoutType;
import dev.gloam.model.channel.forum.ForumTag;
import dev.gloam.model.channel.forum.SortOrderType;
import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.model.channel.thread.ThreadList;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.channel.thread.ThreadMetadata;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ChannelTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "guild_text_channel.json",
        "voice_channel.json",
        "forum_channel.json",
        "thread_channel.json",
        "dm_channel.json",
        "group_dm_channel.json"
      })
  void everyChannelShapeSurvivesARoundTrip(String file) {
    roundTrip(payload(file), Channel.class);
  }

  @Test
  void guildTextChannelWithOverwritesKeepsIdsFlagsAndUnknownValues() {
    Channel channel = roundTrip(payload("guild_text_channel.json"), Channel.class);
    assertThat(Long.toUnsignedString(channel.id().value())).isEqualTo("18446744073709551615");
    assertThat(channel.type()).isSameAs(ChannelType.GUILD_TEXT);
    assertThat(channel.name()).contains("general");
    assertThat(channel.nsfw()).contains(true);
    assertThat(channel.lastPinTimestamp()).contains(Instant.parse("2024-05-01T12:30:00.123Z"));
    assertThat(channel.defaultAutoArchiveDuration()).contains(AutoArchiveDuration.HOUR);
    assertThat(channel.permissions())
        .contains(Permissions.VIEW_CHANNEL.with(Permissions.SEND_MESSAGES));
    assertThat(channel.appPermissions()).contains(Permissions.SEND_MESSAGES);
    assertThat(channel.defaultThreadRateLimitPerUser()).contains(10);
    assertThat(channel.recipients()).isEmpty();

    List<PermissionOverwrite> overwrites = channel.permissionOverwrites().orElseThrow();
    assertThat(overwrites).hasSize(3);
    assertThat(overwrites.get(0).type()).isSameAs(PermissionOverwriteType.ROLE);
    assertThat(overwrites.get(0).deny()).isEqualTo(Permissions.SEND_MESSAGES);
    assertThat(overwrites.get(0).allow().isEmpty()).isTrue();
    assertThat(overwrites.get(1).type()).isSameAs(PermissionOverwriteType.MEMBER);
    assertThat(overwrites.get(1).allow().bits()).isEqualTo(-1L);
    assertThat(overwrites.get(2).type().isKnown()).isFalse();
    assertThat(overwrites.get(2).type().value()).isEqualTo(7);

    ChannelFlags flags = channel.flags().orElseThrow();
    assertThat(flags.contains(ChannelFlags.IS_SPOILER_CHANNEL)).isTrue();
    assertThat(flags.contains(ChannelFlags.PINNED)).isFalse();
    assertThat(flags.toString()).isEqualTo("ChannelFlags[IS_SPOILER_CHANNEL, 0x10000000000]");

    JsonNode out = written(channel);
    assertThat(out.get("id").asString()).isEqualTo("18446744073709551615");
    assertThat(out.get("guild_id").asString()).isEqualTo("9223372036854775808");
    assertThat(out.get("flags").asLong()).isEqualTo(1099513724928L);
    assertThat(out.get("permission_overwrites").get(1).get("allow").asString())
        .isEqualTo("18446744073709551615");
    assertThat(out.get("permission_overwrites").get(2).get("type").asInt()).isEqualTo(7);
    assertThat(out.has("x_future_field")).isFalse();
    assertThat(out.has("recipients")).isFalse();
  }

  @Test
  void voiceChannelDropsNullOptionalFieldsAndKeepsItsSettings() {
    Channel channel = roundTrip(payload("voice_channel.json"), Channel.class);
    assertThat(channel.type()).isSameAs(ChannelType.GUILD_VOICE);
    assertThat(channel.bitrate()).contains(64000);
    assertThat(channel.userLimit()).contains(0);
    assertThat(channel.videoQualityMode()).contains(VideoQualityMode.FULL);
    assertThat(channel.rtcRegion()).isEmpty();
    assertThat(channel.parentId()).isEmpty();
    assertThat(channel.permissionOverwrites()).contains(List.of());
    assertThat(channel.flags()).contains(ChannelFlags.IS_SPOILER_CHANNEL);

    JsonNode out = written(channel);
    // "rtc_region" and "parent_id" may be absent or null: gloam writes both as absent.
    assertThat(out.has("rtc_region")).isFalse();
    assertThat(out.has("parent_id")).isFalse();
    assertThat(out.get("video_quality_mode").asInt()).isEqualTo(2);
    assertThat(out.get("permission_overwrites").isArray()).isTrue();
  }

  @Test
  void forumChannelHasTagsDefaultReactionSortOrderAndLayout() {
    Channel forum = roundTrip(payload("forum_channel.json"), Channel.class);
    assertThat(forum.type()).isSameAs(ChannelType.GUILD_FORUM);
    assertThat(forum.flags()).contains(ChannelFlags.REQUIRE_TAG);
    assertThat(forum.defaultAutoArchiveDuration()).contains(AutoArchiveDuration.WEEK);
    assertThat(forum.defaultSortOrder()).contains(SortOrderType.CREATION_DATE);
    assertThat(forum.defaultForumLayout()).contains(ForumLayoutType.GALLERY_VIEW);
    assertThat(forum.defaultThreadRateLimitPerUser()).contains(30);
    assertThat(forum.defaultReactionEmoji())
        .contains(new DefaultReaction(Optional.empty(), Optional.of("👍")));

    List<ForumTag> tags = forum.availableTags().orElseThrow();
    assertThat(tags)
        .containsExactly(
            new ForumTag(
                Id.parse("1019376086870192148"),
                "solved",
                true,
                Optional.empty(),
                Optional.of("✅")),
            new ForumTag(
                Id.parse("1019376086870192149"),
                "bug",
                false,
                Optional.of(Id.parse("989193655938064464")),
                Optional.empty()),
            new ForumTag(
                Id.parse("18446744073709551615"),
                "plain",
                false,
                Optional.empty(),
                Optional.empty()));

    // The tag's emoji fields are always sent, null included.
    JsonNode tag = written(forum).get("available_tags").get(0);
    assertThat(tag.get("emoji_id").isNull()).isTrue();
    assertThat(tag.get("emoji_name").asString()).isEqualTo("✅");
    JsonNode reaction = written(forum).get("default_reaction_emoji");
    assertThat(reaction.get("emoji_id").isNull()).isTrue();
  }

  @Test
  void threadHasMetadataAndTheCurrentUsersMembership() {
    Channel thread = roundTrip(payload("thread_channel.json"), Channel.class);
    assertThat(thread.type()).isSameAs(ChannelType.PUBLIC_THREAD);
    assertThat(thread.ownerId()).contains(Id.parse("80351110224678912"));
    assertThat(thread.messageCount()).contains(1);
    assertThat(thread.memberCount()).contains(5);
    assertThat(thread.totalMessageSent()).contains(3);
    assertThat(thread.flags()).contains(ChannelFlags.PINNED);
    assertThat(thread.lastPinTimestamp()).isEmpty();
    assertThat(thread.appliedTags().orElseThrow())
        .containsExactly(Id.parse("1019376086870192148"), Id.parse("18446744073709551615"));

    ThreadMetadata metadata = thread.threadMetadata().orElseThrow();
    assertThat(metadata.archived()).isFalse();
    assertThat(metadata.locked()).isFalse();
    assertThat(metadata.autoArchiveDuration()).isSameAs(AutoArchiveDuration.DAY);
    assertThat(metadata.archiveTimestamp()).isEqualTo(Instant.parse("2021-04-12T23:40:39.855793Z"));
    assertThat(metadata.invitable()).contains(true);
    assertThat(metadata.createTimestamp()).isPresent();

    ThreadMember member = thread.member().orElseThrow();
    assertThat(member.id()).contains(thread.id());
    assertThat(member.userId()).contains(Id.parse("80351110224678912"));
    assertThat(member.flags()).isEqualTo(1);
    assertThat(member.member().orElseThrow().nick()).contains("NOT API SUPPORT");
    assertThat(member.member().orElseThrow().user().orElseThrow().displayName()).isEqualTo("Nelly");
  }

  @Test
  void threadMetadataWithoutOptionalFieldsAndUnknownArchiveDuration() {
    String json =
        "{\"archived\":true,\"auto_archive_duration\":720,"
            + "\"archive_timestamp\":\"2024-01-02T03:04:05Z\",\"locked\":true}";
    ThreadMetadata metadata = roundTrip(json, ThreadMetadata.class);
    assertThat(metadata.autoArchiveDuration().isKnown()).isFalse();
    assertThat(metadata.autoArchiveDuration().value()).isEqualTo(720);
    assertThat(metadata.invitable()).isEmpty();
    assertThat(metadata.createTimestamp()).isEmpty();
    JsonNode out = written(metadata);
    assertThat(out.get("auto_archive_duration").asInt()).isEqualTo(720);
    assertThat(out.has("invitable")).isFalse();
    assertThat(out.has("create_timestamp")).isFalse();
  }

  @Test
  void threadMembersInGuildCreateHaveNoIds() {
    String json = "{\"join_timestamp\":\"2024-01-01T00:00:00Z\",\"flags\":0}";
    ThreadMember member = roundTrip(json, ThreadMember.class);
    assertThat(member.id()).isEmpty();
    assertThat(member.userId()).isEmpty();
    assertThat(member.member()).isEmpty();
    assertThat(ModelJson.write(member))
        .isEqualTo("{\"join_timestamp\":\"2024-01-01T00:00:00Z\",\"flags\":0}");
  }

  @Test
  void directMessages() {
    Channel dm = roundTrip(payload("dm_channel.json"), Channel.class);
    assertThat(dm.type()).isSameAs(ChannelType.DM);
    assertThat(dm.guildId()).isEmpty();
    assertThat(dm.recipients().orElseThrow())
        .singleElement()
        .satisfies(user -> assertThat(user.username()).isEqualTo("test"));
    assertThat(dm.flags()).contains(ChannelFlags.NONE);
    assertThat(written(dm).get("flags").asInt()).isZero();

    Channel group = roundTrip(payload("group_dm_channel.json"), Channel.class);
    assertThat(group.type()).isSameAs(ChannelType.GROUP_DM);
    assertThat(group.name()).contains("Some test channel");
    assertThat(group.recipients().orElseThrow()).hasSize(2);
    assertThat(group.recipients().orElseThrow().get(1).avatar().orElseThrow().isAnimated())
        .isTrue();
    assertThat(group.icon().orElseThrow().toString()).isEqualTo("8342729096ea3675442027381ff50dfe");
    assertThat(group.ownerId()).contains(Id.parse("82198810841029460"));
    assertThat(group.applicationId()).contains(Id.parse("159799960412356608"));
    assertThat(group.managed()).contains(true);
  }

  @Test
  void unknownChannelTypeIsKept() {
    String json = "{\"id\":\"1\",\"type\":42,\"flags\":4096}";
    Channel channel = roundTrip(json, Channel.class);
    assertThat(channel.type().isKnown()).isFalse();
    assertThat(channel.flags().orElseThrow().toString()).isEqualTo("ChannelFlags[0x1000]");
    assertThat(ModelJson.write(channel)).isEqualTo(json);
  }

  @Test
  void threadListsAndFollowedChannels() {
    ThreadList list = roundTrip(payload("thread_list.json"), ThreadList.class);
    assertThat(list.hasMore()).isTrue();
    assertThat(list.threads())
        .singleElement()
        .satisfies(
            thread -> {
              assertThat(thread.type()).isSameAs(ChannelType.PRIVATE_THREAD);
              assertThat(thread.threadMetadata().orElseThrow().invitable()).contains(false);
              assertThat(thread.threadMetadata().orElseThrow().autoArchiveDuration())
                  .isSameAs(AutoArchiveDuration.THREE_DAYS);
            });
    assertThat(list.members())
        .singleElement()
        .satisfies(member -> assertThat(member.id()).contains(list.threads().get(0).id()));

    String json = "{\"channel_id\":\"18446744073709551615\",\"webhook_id\":\"41771983423143937\"}";
    FollowedChannel followed = roundTrip(json, FollowedChannel.class);
    assertThat(Long.toUnsignedString(followed.channelId().value()))
        .isEqualTo("18446744073709551615");
    assertThat(ModelJson.write(followed)).isEqualTo(json);
  }

  @Test
  void unknownSortOrderAndLayoutAreKept() {
    String json = "{\"id\":\"2\",\"type\":16,\"default_sort_order\":5,\"default_forum_layout\":9}";
    Channel media = roundTrip(json, Channel.class);
    assertThat(media.type()).isSameAs(ChannelType.GUILD_MEDIA);
    assertThat(media.defaultSortOrder().orElseThrow().name()).isEqualTo("UNKNOWN(5)");
    assertThat(media.defaultForumLayout().orElseThrow().value()).isEqualTo(9);
    assertThat(ModelJson.write(media)).isEqualTo(json);
  }
}
