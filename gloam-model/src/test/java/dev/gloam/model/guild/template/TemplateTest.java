package dev.gloam.model.guild.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.PermissionOverwriteType;
import dev.gloam.model.channel.forum.DefaultReaction;
import dev.gloam.model.channel.forum.ForumLayoutType;
import dev.gloam.model.channel.forum.SortOrderType;
import dev.gloam.model.guild.DefaultMessageNotificationLevel;
import dev.gloam.model.guild.ExplicitContentFilterLevel;
import dev.gloam.model.guild.Payloads;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.guild.RoleColors;
import dev.gloam.model.guild.SystemChannelFlags;
import dev.gloam.model.guild.VerificationLevel;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.locale.DiscordLocale;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TemplateTest {
  @Test
  void readsATemplateAndItsSerializedSourceGuild() {
    String json = Payloads.text("template.json");
    GuildTemplate template = Payloads.roundTrip(json, GuildTemplate.class);

    assertThat(template.code()).isEqualTo("hgM48av5Q69A");
    assertThat(template.name()).isEqualTo("Friends & Family");
    assertThat(template.description()).contains("");
    assertThat(template.usageCount()).isEqualTo(49605);
    assertThat(template.creatorId()).isEqualTo(Id.of(132837293881950208L));
    assertThat(template.creator().id()).isEqualTo(template.creatorId());
    assertThat(template.createdAt()).isEqualTo(Instant.parse("2020-04-02T21:10:38Z"));
    assertThat(template.updatedAt()).isEqualTo(Instant.parse("2020-05-01T17:57:38Z"));
    assertThat(template.sourceGuildId()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(template.isDirty()).isEmpty();

    TemplateGuild guild = template.serializedSourceGuild();
    assertThat(guild.name()).isEqualTo("Friends & Family");
    assertThat(guild.description()).isEmpty();
    assertThat(guild.region()).contains("us-west");
    assertThat(guild.verificationLevel()).isEqualTo(VerificationLevel.NONE);
    assertThat(guild.defaultMessageNotifications())
        .isEqualTo(DefaultMessageNotificationLevel.ALL_MESSAGES);
    assertThat(guild.explicitContentFilter()).isEqualTo(ExplicitContentFilterLevel.DISABLED);
    assertThat(guild.preferredLocale()).isEqualTo(DiscordLocale.ENGLISH_US);
    assertThat(guild.afkTimeout()).isEqualTo(300);
    assertThat(guild.afkChannelId()).isEmpty();
    assertThat(guild.systemChannelId()).contains(2L);
    assertThat(guild.systemChannelFlags()).isEqualTo(SystemChannelFlags.NONE);
    assertThat(guild.iconHash()).isEmpty();

    TemplateRole everyone = guild.roles().get(0);
    assertThat(everyone.id()).isZero();
    assertThat(everyone.name()).isEqualTo("@everyone");
    // The docs' example sends permissions as a number; they are read all the same.
    assertThat(everyone.permissions()).isEqualTo(Permissions.of(104324689));
    assertThat(everyone.colors()).isEmpty();
    TemplateRole mods = guild.roles().get(1);
    assertThat(mods.id()).isEqualTo(1);
    assertThat(mods.permissions().contains(Permissions.KICK_MEMBERS)).isTrue();
    assertThat(mods.colors()).contains(new RoleColors(3447003, Optional.empty(), Optional.empty()));
    assertThat(mods.hoist()).isTrue();
    assertThat(mods.unicodeEmoji()).contains("\uD83D\uDEE1");
    assertThat(mods.icon()).isEmpty();

    TemplateChannel category = guild.channels().get(0);
    assertThat(category.id()).contains(1);
    assertThat(category.type()).isEqualTo(ChannelType.GUILD_CATEGORY);
    assertThat(category.parentId()).isEmpty();
    assertThat(category.topic()).isEmpty();
    assertThat(category.bitrate()).isEqualTo(64000);
    assertThat(category.availableTags()).isEmpty();
    TemplateChannel general = guild.channels().get(1);
    assertThat(general.parentId()).contains(1L);
    assertThat(general.name()).contains("general");
    TemplateChannel forum = guild.channels().get(2);
    assertThat(forum.type()).isEqualTo(ChannelType.GUILD_FORUM);
    assertThat(forum.rateLimitPerUser()).isEqualTo(10);
    assertThat(forum.defaultAutoArchiveDuration()).contains(1440);
    assertThat(forum.template()).contains("");
    assertThat(forum.defaultThreadRateLimitPerUser()).contains(5);
    assertThat(forum.themeColor()).isEmpty();
    assertThat(general.permissionOverwrites()).isEmpty();
    // The second overwrite carries its permissions as JSON numbers; both forms are read.
    assertThat(forum.permissionOverwrites())
        .containsExactly(
            new TemplateOverwrite(
                0, PermissionOverwriteType.ROLE, Permissions.NONE, Permissions.SEND_MESSAGES),
            new TemplateOverwrite(
                1, PermissionOverwriteType.ROLE, Permissions.VIEW_CHANNEL, Permissions.NONE));
    assertThat(forum.defaultReactionEmoji())
        .contains(new DefaultReaction(Optional.empty(), Optional.of("\ud83d\udc4d")));
    assertThat(forum.defaultSortOrder()).contains(SortOrderType.CREATION_DATE);
    assertThat(forum.defaultForumLayout()).contains(ForumLayoutType.GALLERY_VIEW);
    assertThat(general.defaultSortOrder()).isEmpty();
    assertThat(forum.availableTags().orElseThrow())
        .containsExactly(
            new TemplateChannelTag(
                Optional.of(4),
                "solved",
                Optional.empty(),
                Optional.of("\u2705"),
                Optional.of(true)));

    JsonNode written = Payloads.tree(ModelJson.write(template));
    JsonNode snapshot = written.get("serialized_source_guild");
    assertThat(snapshot.get("roles").get(0).get("id").isInt()).isTrue();
    assertThat(snapshot.get("roles").get(0).get("permissions").asString()).isEqualTo("104324689");
    assertThat(snapshot.get("system_channel_id").asInt()).isEqualTo(2);
    JsonNode overwrite = snapshot.get("channels").get(2).get("permission_overwrites").get(1);
    assertThat(overwrite.get("id").isIntegralNumber()).isTrue();
    assertThat(overwrite.get("allow").asString()).isEqualTo("1024");
    assertThat(snapshot.get("channels").get(2).get("default_forum_layout").asInt()).isEqualTo(2);
    assertThat(snapshot.get("afk_channel_id").isNull()).isTrue();
    assertThat(written.get("is_dirty").isNull()).isTrue();
  }
}
