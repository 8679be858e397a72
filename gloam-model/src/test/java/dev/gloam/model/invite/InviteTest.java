package dev.gloam.model.invite;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.tree;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.ApplicationFlags;
import dev.gloam.model.application.EmbeddedApplication;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.guild.GuildFeature;
import dev.gloam.model.guild.NsfwLevel;
import dev.gloam.model.guild.VerificationLevel;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.user.UserFlags;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InviteTest {
  @Test
  void guildInviteWithMetadataRolesAndTarget() {
    Invite invite = roundTrip(payload("invite_guild.json"), Invite.class);
    assertThat(invite.type()).isSameAs(InviteType.GUILD);
    assertThat(invite.code()).isEqualTo("0vCdhLbwjZZTWZLD");
    assertThat(invite.targetType()).contains(InviteTargetType.EMBEDDED_APPLICATION);
    assertThat(invite.approximatePresenceCount()).contains(12);
    assertThat(invite.approximateMemberCount()).contains(140);
    assertThat(invite.expiresAt()).contains(Instant.parse("2026-03-31T19:15:39.954Z"));
    assertThat(invite.uses()).contains(3);
    assertThat(invite.maxUses()).contains(10);
    assertThat(invite.maxAge()).contains(86400);
    assertThat(invite.temporary()).contains(false);
    assertThat(invite.createdAt()).contains(Instant.parse("2016-03-31T19:15:39.954Z"));

    InviteGuild guild = invite.guild().orElseThrow();
    assertThat(guild.name()).isEqualTo("CS:GO Fraggers Only");
    assertThat(guild.splash()).isEmpty();
    assertThat(guild.banner().orElseThrow().isAnimated()).isTrue();
    assertThat(guild.premiumSubscriptionCount()).contains(5);
    assertThat(guild.features()).containsExactly(GuildFeature.NEWS, GuildFeature.DISCOVERABLE);
    assertThat(guild.verificationLevel()).isEqualTo(VerificationLevel.MEDIUM);
    assertThat(guild.nsfwLevel()).isEqualTo(NsfwLevel.DEFAULT);

    EmbeddedApplication app = invite.targetApplication().orElseThrow();
    assertThat(app.id()).isEqualTo(Id.of(880218394199220334L));
    assertThat(app.name()).isEqualTo("Watch Together");
    assertThat(app.icon()).isEmpty();
    assertThat(app.verifyKey()).contains("abc");
    assertThat(app.flags()).contains(ApplicationFlags.NONE);

    GuildScheduledEvent event = invite.guildScheduledEvent().orElseThrow();
    assertThat(event.name()).isEqualTo("Weekly stage talk");
    assertThat(event.userCount()).contains(42);

    InviteChannel channel = invite.channel().orElseThrow();
    assertThat(channel.type()).isSameAs(ChannelType.GUILD_VOICE);
    assertThat(channel.recipients()).isEmpty();

    assertThat(invite.inviter().orElseThrow().publicFlags().orElseThrow())
        .isEqualTo(UserFlags.VERIFIED_DEVELOPER.with(UserFlags.HYPESQUAD_ONLINE_HOUSE_3));

    GuildInviteFlags flags = invite.flags().orElseThrow();
    assertThat(flags.contains(GuildInviteFlags.IS_GUEST_INVITE)).isTrue();
    assertThat(flags.bits()).isEqualTo(3);

    InviteRole role = invite.roles().orElseThrow().getFirst();
    assertThat(Long.toUnsignedString(role.id().value())).isEqualTo("18446744073709551615");
    assertThat(role.unicodeEmoji()).contains("🎟️");
    assertThat(role.icon()).isEmpty();
    assertThat(role.colors().orElseThrow().primaryColor()).isEqualTo(3447003);

    JsonNode out = written(invite);
    assertThat(out.get("flags").asInt()).isEqualTo(3);
    assertThat(out.get("guild").get("splash").isNull()).isTrue();
    assertThat(out.get("guild").get("vanity_url_code").isNull()).isTrue();
    assertThat(out.get("roles").get(0).get("id").asString()).isEqualTo("18446744073709551615");
    JsonNode original = tree(payload("invite_guild.json"));
    for (String field : List.of("guild", "target_application", "roles")) {
      assertThat(out.get(field)).as(field).isEqualTo(original.get(field));
    }
    assertThat(out.get("guild_scheduled_event").get("id").asString())
        .isEqualTo("18446744073709551615");
  }

  @Test
  void groupDmInviteHasRecipientsAndNoGuild() {
    Invite invite = roundTrip(payload("invite_group_dm.json"), Invite.class);
    assertThat(invite.type()).isSameAs(InviteType.GROUP_DM);
    assertThat(invite.guild()).isEmpty();
    assertThat(invite.expiresAt()).isEmpty();
    assertThat(invite.uses()).isEmpty();
    InviteChannel channel = invite.channel().orElseThrow();
    assertThat(channel.type()).isSameAs(ChannelType.GROUP_DM);
    assertThat(channel.name()).isEmpty();
    assertThat(channel.recipients().orElseThrow())
        .containsExactly(
            new InviteChannelRecipient(Id.parse("82198898841029460"), "test", Optional.empty()),
            new InviteChannelRecipient(
                Id.parse("82198810841029460"),
                "test2",
                channel.recipients().orElseThrow().get(1).avatar()));

    JsonNode out = written(invite);
    assertThat(out.get("expires_at").isNull()).isTrue();
    assertThat(out.get("channel").get("name").isNull()).isTrue();
    assertThat(out.has("guild")).isFalse();
    assertThat(out.has("uses")).isFalse();
  }

  @Test
  void streamInviteTargetsAUserAndUnknownValuesAreKept() {
    String json =
        "{\"type\":9,\"code\":\"stream\",\"channel\":null,\"target_type\":1,"
            + "\"target_user\":{\"id\":\"165176875973476352\",\"username\":\"bob\","
            + "\"discriminator\":\"1234\",\"global_name\":null,\"avatar\":\"deadbeef\","
            + "\"public_flags\":64},\"expires_at\":null}";
    Invite invite = roundTrip(json, Invite.class);
    assertThat(invite.type().isKnown()).isFalse();
    assertThat(invite.channel()).isEmpty();
    assertThat(invite.targetType()).contains(InviteTargetType.STREAM);
    assertThat(invite.targetUser().orElseThrow().publicFlags())
        .contains(UserFlags.HYPESQUAD_ONLINE_HOUSE_1);
    assertThat(written(invite)).isEqualTo(ModelJson.mapper().readTree(json));

    Invite unknownTarget =
        roundTrip(
            "{\"type\":2,\"code\":\"x\",\"channel\":null,\"target_type\":8,"
                + "\"expires_at\":null}",
            Invite.class);
    assertThat(unknownTarget.type()).isSameAs(InviteType.FRIEND);
    assertThat(unknownTarget.targetType().orElseThrow().value()).isEqualTo(8);
  }

  @Test
  void deprecatedStageInstanceAndTargetUsersJob() {
    String stage =
        "{\"topic\":\"The debate is over\",\"participant_count\":200,\"speaker_count\":5,"
            + "\"members\":[{\"roles\":[],\"nick\":\"NOT API SUPPORT\",\"avatar\":null,"
            + "\"premium_since\":null,\"joined_at\":\"2015-04-26T06:26:56.936Z\","
            + "\"pending\":false,\"deaf\":false,\"mute\":false,\"flags\":0}]}";
    InviteStageInstance instance = roundTrip(stage, InviteStageInstance.class);
    assertThat(instance.participantCount()).isEqualTo(200);
    assertThat(instance.speakerCount()).isEqualTo(5);
    assertThat(instance.members())
        .singleElement()
        .satisfies(member -> assertThat(member.nick()).contains("NOT API SUPPORT"));

    String job =
        "{\"status\":3,\"total_users\":100,\"processed_users\":41,"
            + "\"created_at\":\"2025-01-08T12:00:00Z\",\"completed_at\":null,"
            + "\"error_message\":\"Failed to parse CSV file\"}";
    TargetUsersJobStatus status = roundTrip(job, TargetUsersJobStatus.class);
    assertThat(status.status()).isSameAs(TargetUsersJobStatusCode.FAILED);
    assertThat(status.completedAt()).isEmpty();
    assertThat(status.errorMessage()).contains("Failed to parse CSV file");
    assertThat(written(status)).isEqualTo(ModelJson.mapper().readTree(job));
  }
}
