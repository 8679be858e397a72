package dev.gloam.model.guild.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.guild.Payloads;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OnboardingTest {
  @Test
  void readsOnboardingWithPromptsAndOptions() {
    String json = Payloads.text("onboarding.json");
    GuildOnboarding onboarding = Payloads.roundTrip(json, GuildOnboarding.class);

    assertThat(onboarding.guildId()).isEqualTo(Id.of(960007075288915998L));
    assertThat(onboarding.defaultChannelIds())
        .hasSize(2)
        .first()
        .isEqualTo(Id.of(998678771706110023L));
    assertThat(onboarding.enabled()).isTrue();
    assertThat(onboarding.mode()).isEqualTo(OnboardingMode.ONBOARDING_ADVANCED);
    assertThat(onboarding.prompts()).hasSize(2);

    OnboardingPrompt first = onboarding.prompts().get(0);
    assertThat(first.id()).isEqualTo(Id.of(1067461047608422473L));
    assertThat(first.type()).isEqualTo(OnboardingPromptType.MULTIPLE_CHOICE);
    assertThat(first.title()).isEqualTo("What do you want to do in this community?");
    assertThat(first.singleSelect()).isFalse();
    assertThat(first.required()).isFalse();
    assertThat(first.inOnboarding()).isTrue();

    OnboardingPromptOption chat = first.options().get(0);
    assertThat(chat.title()).isEqualTo("Chat with Friends");
    assertThat(chat.description()).contains("");
    assertThat(chat.emoji().orElseThrow().id()).contains(Id.of(1070002302032826408L));
    assertThat(chat.emoji().orElseThrow().animated()).contains(false);
    assertThat(chat.emojiId()).isEmpty();
    assertThat(chat.roleIds()).isEmpty();
    assertThat(chat.channelIds()).containsExactly(Id.of(962007075288916001L));
    OnboardingPromptOption gud = first.options().get(1);
    assertThat(gud.emoji().orElseThrow().id()).isEmpty();
    assertThat(gud.roleIds()).containsExactly(Id.of(982014491980083211L));

    OnboardingPrompt second = onboarding.prompts().get(1);
    assertThat(second.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(second.type().isKnown()).isFalse();
    assertThat(second.type().value()).isEqualTo(5);
    assertThat(second.singleSelect()).isTrue();
    assertThat(second.required()).isTrue();
    assertThat(second.inOnboarding()).isFalse();
    OnboardingPromptOption blue = second.options().getFirst();
    assertThat(blue.emoji()).isEmpty();
    assertThat(blue.emojiId()).contains(Id.of(1070002302032826408L));
    assertThat(blue.emojiName()).contains("blue");
    assertThat(blue.emojiAnimated()).contains(true);
    assertThat(blue.description()).isEmpty();

    Payloads.assertWrittenAsRead(json, onboarding);
    JsonNode written = Payloads.tree(ModelJson.write(onboarding));
    JsonNode writtenBlue = written.get("prompts").get(1).get("options").get(0);
    assertThat(writtenBlue.get("description").isNull()).isTrue();
    assertThat(writtenBlue.has("emoji")).isFalse();
    assertThat(written.get("prompts").get(1).get("type").asInt()).isEqualTo(5);
  }

  @Test
  void modeKeepsUnknownValues() {
    String json =
        "{\"guild_id\":\"1\",\"prompts\":[],\"default_channel_ids\":[],\"enabled\":false,"
            + "\"mode\":3}";
    GuildOnboarding onboarding = Payloads.roundTrip(json, GuildOnboarding.class);
    Payloads.assertWrittenAsRead(json, onboarding);
    assertThat(onboarding.mode()).isEqualTo(OnboardingMode.of(3));
    assertThat(onboarding.mode().name()).isEqualTo("UNKNOWN(3)");
    assertThat(OnboardingMode.of(0)).isSameAs(OnboardingMode.ONBOARDING_DEFAULT);
    assertThat(OnboardingPromptType.of(1)).isSameAs(OnboardingPromptType.DROPDOWN);
  }
}
