package dev.gloam.model.guild.automod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AutoModerationRuleTest {
  static String payload(String name) {
    try (InputStream in =
        AutoModerationRuleTest.class.getResourceAsStream("/payloads/moderation/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<AutoModerationRule> rules() {
    return List.of(ModelJson.read(payload("automod_rules.json"), AutoModerationRule[].class));
  }

  @Test
  void readsAKeywordRuleWithEveryActionAndAnUnknownOne() {
    AutoModerationRule rule = rules().get(0);
    assertThat(rule.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(rule.id().value()).isEqualTo(-1L);
    assertThat(rule.guildId()).isEqualTo(Id.parse("18446744073709551614"));
    assertThat(rule.creatorId()).isEqualTo(Id.parse("9223372036854775808"));
    assertThat(rule.name()).isEqualTo("Keyword Filter 1");
    assertThat(rule.eventType()).isEqualTo(AutoModerationEventType.MESSAGE_SEND);
    assertThat(rule.triggerType()).isEqualTo(TriggerType.KEYWORD);
    assertThat(rule.enabled()).isTrue();
    assertThat(rule.exemptRoles())
        .containsExactly(Id.parse("323456789123456789"), Id.parse("18446744073709551612"));
    assertThat(rule.exemptChannels()).containsExactly(Id.parse("523456789123456789"));

    TriggerMetadata metadata = rule.triggerMetadata();
    assertThat(metadata.keywordFilter()).contains(List.of("cat*", "*dog", "*ana*", "i like c++"));
    assertThat(metadata.regexPatterns())
        .contains(List.of("(b|c)at", "^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$"));
    assertThat(metadata.allowList()).contains(List.of("catalogue"));
    assertThat(metadata.presets()).isEmpty();
    assertThat(metadata.mentionTotalLimit()).isEmpty();
    assertThat(metadata.mentionRaidProtectionEnabled()).isEmpty();

    List<AutoModerationAction> actions = rule.actions();
    assertThat(actions.get(0))
        .isEqualTo(
            new BlockMessageAction(
                Optional.of(
                    new BlockMessageAction.Metadata(
                        Optional.of(
                            "Please keep financial discussions limited to the #finance"
                                + " channel")))));
    assertThat(actions.get(1))
        .isEqualTo(
            new SendAlertMessageAction(
                new SendAlertMessageAction.Metadata(Id.parse("18446744073709551613"))));
    assertThat(actions.get(2)).isEqualTo(new TimeoutAction(new TimeoutAction.Metadata(60)));
    assertThat(((TimeoutAction) actions.get(2)).metadata().duration())
        .isEqualTo(Duration.ofMinutes(1));

    assertThat(actions.get(3)).isInstanceOf(UnknownAutoModerationAction.class);
    assertThat(actions.get(3).type().value()).isEqualTo(99);
    assertThat(actions.get(3).type().isKnown()).isFalse();
    JsonNode raw = ((UnknownAutoModerationAction) actions.get(3)).raw();
    assertThat(raw.get("extra").asString()).isEqualTo("kept");
    assertThat(raw.at("/metadata/future_setting/2/deep").isNull()).isTrue();
  }

  @Test
  void readsEveryTriggerTypeWithItsMetadata() {
    List<AutoModerationRule> rules = rules();
    assertThat(rules)
        .extracting(AutoModerationRule::triggerType)
        .containsExactly(
            TriggerType.KEYWORD,
            TriggerType.SPAM,
            TriggerType.KEYWORD_PRESET,
            TriggerType.MENTION_SPAM,
            TriggerType.MEMBER_PROFILE,
            TriggerType.of(77));

    AutoModerationRule spam = rules.get(1);
    assertThat(spam.triggerMetadata()).isEqualTo(TriggerMetadata.EMPTY);
    assertThat(spam.enabled()).isFalse();
    assertThat(spam.exemptRoles()).isEmpty();
    assertThat(spam.actions()).containsExactly(new BlockMessageAction(Optional.empty()));

    AutoModerationRule presets = rules.get(2);
    assertThat(presets.triggerMetadata().presets().orElseThrow())
        .containsExactly(
            KeywordPresetType.PROFANITY,
            KeywordPresetType.SEXUAL_CONTENT,
            KeywordPresetType.SLURS,
            KeywordPresetType.of(42));
    assertThat(presets.triggerMetadata().presets().orElseThrow().get(3).isKnown()).isFalse();
    assertThat(presets.triggerMetadata().allowList()).contains(List.of("scunthorpe"));
    assertThat(presets.triggerMetadata().keywordFilter()).isEmpty();
    assertThat(presets.actions().get(0))
        .isEqualTo(
            new BlockMessageAction(Optional.of(new BlockMessageAction.Metadata(Optional.empty()))));

    AutoModerationRule mentions = rules.get(3);
    assertThat(mentions.triggerMetadata().mentionTotalLimit()).contains(20);
    assertThat(mentions.triggerMetadata().mentionRaidProtectionEnabled()).contains(true);
    assertThat(mentions.actions().get(1))
        .isEqualTo(new TimeoutAction(new TimeoutAction.Metadata(2_419_200)));

    AutoModerationRule profiles = rules.get(4);
    assertThat(profiles.eventType()).isEqualTo(AutoModerationEventType.MEMBER_UPDATE);
    assertThat(profiles.triggerMetadata().keywordFilter()).contains(List.of("badword"));
    assertThat(profiles.triggerMetadata().regexPatterns()).contains(List.of());
    assertThat(profiles.actions())
        .containsExactly(
            new BlockMemberInteractionAction(
                Optional.of(new BlockMemberInteractionAction.Metadata())));
    assertThat(profiles.actions().get(0).type())
        .isEqualTo(AutoModerationActionType.BLOCK_MEMBER_INTERACTION);

    AutoModerationRule future = rules.get(5);
    assertThat(future.eventType().isKnown()).isFalse();
    assertThat(future.eventType().value()).isEqualTo(7);
    assertThat(future.triggerType().name()).isEqualTo("UNKNOWN(77)");
    assertThat(future.actions())
        .containsExactly(new BlockMemberInteractionAction(Optional.empty()));
  }

  @Test
  void writesTheRulesBackExactly() {
    String json = payload("automod_rules.json");
    AutoModerationRule[] first = ModelJson.read(json, AutoModerationRule[].class);
    String written = ModelJson.write(first);

    JsonNode expected = ModelJson.mapper().readTree(json);
    ((ObjectNode) expected.get(0)).remove("a_field_from_the_future");
    assertThat(ModelJson.mapper().readTree(written)).isEqualTo(expected);
    assertThat(ModelJson.read(written, AutoModerationRule[].class)).isEqualTo(first);
  }

  @Test
  void actionsBuiltInCodeWriteTheirType() {
    assertThat(ModelJson.write(new TimeoutAction(new TimeoutAction.Metadata(300))))
        .isEqualTo("{\"metadata\":{\"duration_seconds\":300},\"type\":3}");
    assertThat(ModelJson.write(new BlockMessageAction(Optional.empty()))).isEqualTo("{\"type\":1}");
    JsonNode alert =
        ModelJson.mapper()
            .readTree(
                ModelJson.write(
                    new SendAlertMessageAction(
                        new SendAlertMessageAction.Metadata(Id.parse("18446744073709551615")))));
    assertThat(alert.get("type").asInt()).isEqualTo(2);
    assertThat(alert.at("/metadata/channel_id").asString()).isEqualTo("18446744073709551615");
    assertThat(
            ModelJson.write(
                new BlockMemberInteractionAction(
                    Optional.of(new BlockMemberInteractionAction.Metadata()))))
        .isEqualTo("{\"metadata\":{},\"type\":4}");
  }

  @Test
  void anActionWithoutATypeIsKeptRaw() {
    AutoModerationAction action =
        ModelJson.read("{\"metadata\":{\"x\":1}}", AutoModerationAction.class);
    assertThat(action).isInstanceOf(UnknownAutoModerationAction.class);
    assertThat(ModelJson.write(action)).isEqualTo("{\"metadata\":{\"x\":1}}");
    AutoModerationAction stringType =
        ModelJson.read("{\"type\":\"1\"}", AutoModerationAction.class);
    assertThat(stringType).isInstanceOf(UnknownAutoModerationAction.class);
  }
}
