package dev.gloam.http.automoderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.model.guild.automod.AutoModerationEventType;
import dev.gloam.model.guild.automod.AutoModerationRule;
import dev.gloam.model.guild.automod.BlockMemberInteractionAction;
import dev.gloam.model.guild.automod.BlockMessageAction;
import dev.gloam.model.guild.automod.KeywordPresetType;
import dev.gloam.model.guild.automod.SendAlertMessageAction;
import dev.gloam.model.guild.automod.TimeoutAction;
import dev.gloam.model.guild.automod.TriggerMetadata;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Auto moderation rules make a round trip with their trigger metadata and actions intact. */
class AutoModerationRequestsTest extends AgainstOfflineDiscord {
  static Id<GuildMarker> guild() {
    return Id.of(discord.guildId());
  }

  static TriggerMetadata keywords(List<String> keywords, List<String> allowList) {
    return new TriggerMetadata(
        Optional.of(keywords),
        Optional.of(List.of("b[a4]d")),
        Optional.empty(),
        Optional.of(allowList),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aKeywordRuleMakesARoundTrip() {
    Id<ChannelMarker> alerts = Id.of(discord.channelId());
    Id<RoleMarker> mods = Id.of(discord.addRole(discord.guildId(), "Mods", 0));
    TriggerMetadata metadata = keywords(List.of("bad*", "*worse"), List.of("badge"));
    AutoModerationRule created =
        client
            .createAutoModerationRule(
                guild(), "words", AutoModerationEventType.MESSAGE_SEND, TriggerType.KEYWORD)
            .triggerMetadata(metadata)
            .actions(
                new BlockMessageAction(
                    Optional.of(new BlockMessageAction.Metadata(Optional.of("Not here")))),
                new SendAlertMessageAction(new SendAlertMessageAction.Metadata(alerts)),
                new TimeoutAction(new TimeoutAction.Metadata(300)))
            .exemptRoles(List.of(mods))
            .exemptChannels(List.of(alerts))
            .enabled(true)
            .send()
            .model();
    AutoModerationRule read = client.autoModerationRule(guild(), created.id()).send().model();
    assertThat(read.triggerType()).isEqualTo(TriggerType.KEYWORD);
    assertThat(read.triggerMetadata().keywordFilter()).contains(List.of("bad*", "*worse"));
    assertThat(read.triggerMetadata().regexPatterns()).contains(List.of("b[a4]d"));
    assertThat(read.triggerMetadata().allowList()).contains(List.of("badge"));
    assertThat(read.actions())
        .containsExactly(
            new BlockMessageAction(
                Optional.of(new BlockMessageAction.Metadata(Optional.of("Not here")))),
            new SendAlertMessageAction(new SendAlertMessageAction.Metadata(alerts)),
            new TimeoutAction(new TimeoutAction.Metadata(300)));
    assertThat(read.exemptRoles()).containsExactly(mods);
    assertThat(read.exemptChannels()).containsExactly(alerts);
    assertThat(read.enabled()).isTrue();

    AutoModerationRule updated =
        client
            .updateAutoModerationRule(guild(), created.id())
            .name("more words")
            .triggerMetadata(keywords(List.of("awful"), List.of()))
            .reason("tuning")
            .send()
            .model();
    assertThat(updated.name()).isEqualTo("more words");
    assertThat(updated.triggerMetadata().keywordFilter()).contains(List.of("awful"));
    client.deleteAutoModerationRule(guild(), created.id()).send();
    assertThat(client.autoModerationRules(guild()).send().model())
        .noneSatisfy(r -> assertThat(r.id()).isEqualTo(created.id()));
  }

  @Test
  void presetAndMemberProfileRulesKeepTheirMetadata() {
    TriggerMetadata presets =
        new TriggerMetadata(
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of(KeywordPresetType.SLURS, KeywordPresetType.PROFANITY)),
            Optional.of(List.of("scunthorpe")),
            Optional.empty(),
            Optional.empty());
    AutoModerationRule preset =
        client
            .createAutoModerationRule(
                guild(),
                "presets",
                AutoModerationEventType.MESSAGE_SEND,
                TriggerType.KEYWORD_PRESET)
            .triggerMetadata(presets)
            .actions(new BlockMessageAction(Optional.empty()))
            .send()
            .model();
    assertThat(preset.triggerMetadata().presets())
        .contains(List.of(KeywordPresetType.SLURS, KeywordPresetType.PROFANITY));
    AutoModerationRule profile =
        client
            .createAutoModerationRule(
                guild(), "names", AutoModerationEventType.MEMBER_UPDATE, TriggerType.MEMBER_PROFILE)
            .triggerMetadata(keywords(List.of("admin*"), List.of()))
            .actions(new BlockMemberInteractionAction(Optional.empty()))
            .send()
            .model();
    assertThat(profile.actions()).singleElement().isInstanceOf(BlockMemberInteractionAction.class);
  }

  @Test
  void limitsAreCheckedBeforeSending() {
    int before = discord.wireLog().size();
    assertThatThrownBy(
            () ->
                client
                    .createAutoModerationRule(
                        guild(), "long", AutoModerationEventType.MESSAGE_SEND, TriggerType.KEYWORD)
                    .triggerMetadata(keywords(List.of("a".repeat(61)), List.of()))
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError().map(ValidationException::field))
                    .contains("trigger_metadata.keyword_filter.0"));
    assertThatThrownBy(
            () ->
                client
                    .createAutoModerationRule(
                        guild(),
                        "no metadata",
                        AutoModerationEventType.MESSAGE_SEND,
                        TriggerType.KEYWORD_PRESET)
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError().map(ValidationException::field))
                    .contains("trigger_metadata"));
    assertThatThrownBy(
            () ->
                client
                    .updateAutoModerationRule(guild(), Id.of(1))
                    .actions(new TimeoutAction(new TimeoutAction.Metadata(2_419_201)))
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError().map(ValidationException::field))
                    .contains("actions.0.metadata.duration_seconds"));
    assertThat(discord.wireLog()).hasSize(before);
  }
}
