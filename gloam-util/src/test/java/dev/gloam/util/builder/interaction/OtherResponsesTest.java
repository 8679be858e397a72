package dev.gloam.util.builder.interaction;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.IntegerValue;
import dev.gloam.model.application.command.StringValue;
import dev.gloam.model.application.interaction.AutocompleteResultResponse;
import dev.gloam.model.application.interaction.InteractionCallbackAutocompleteData;
import dev.gloam.model.application.interaction.InteractionCallbackModalData;
import dev.gloam.model.application.interaction.InteractionResponse;
import dev.gloam.model.application.interaction.ModalResponse;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Label;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.channel.message.component.TextInput;
import dev.gloam.model.channel.message.component.TextInputStyle;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Autocomplete, modal and setting-free responses (interactions/receiving-and-responding). */
class OtherResponsesTest {
  static TextInput input(String customId) {
    return new TextInput(
        Optional.empty(),
        customId,
        TextInputStyle.PARAGRAPH,
        Optional.empty(),
        Optional.empty(),
        Optional.of(500),
        Optional.of(true),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void autocompleteChoices() {
    AutocompleteResultResponse suggestions =
        new AutocompleteResponseBuilder()
            .choice("Berlin", "berlin")
            .choice("Ten", 10)
            .choice("Half", 0.5)
            .choice("Wien", new StringValue("vienna"), Map.of(DiscordLocale.GERMAN, "Wien"))
            .build();
    assertThat(suggestions.data().choices().get(1))
        .isEqualTo(
            new CommandOptionChoice(
                "Ten", Optional.empty(), Optional.empty(), new IntegerValue(10)));
    assertJson(
        suggestions,
        InteractionResponse.class,
        """
        {"type": 8, "data": {"choices": [
          {"name": "Berlin", "value": "berlin"}, {"name": "Ten", "value": 10},
          {"name": "Half", "value": 0.5},
          {"name": "Wien", "name_localizations": {"de": "Wien"}, "value": "vienna"}]}}
        """);
    assertThat(new AutocompleteResponseBuilder().build())
        .isEqualTo(
            new AutocompleteResultResponse(new InteractionCallbackAutocompleteData(List.of())));
  }

  @Test
  void autocompleteLimits() {
    AutocompleteResponseBuilder crowded = new AutocompleteResponseBuilder();
    for (int i = 0; i < 26; i++) {
      crowded.choice("c" + i, i);
    }
    fails(crowded::build, "data.choices", Rule.TOO_MANY);
    fails(
        () -> new AutocompleteResponseBuilder().choice("ok", 1).choice("n".repeat(101), 2).build(),
        "data.choices[1].name",
        Rule.TOO_LONG);
    fails(
        () -> new AutocompleteResponseBuilder().choice("long", "v".repeat(101)).build(),
        "data.choices[0].value",
        Rule.TOO_LONG);
  }

  @Test
  void modals() {
    Label label = new Label(Optional.empty(), "Your feedback", Optional.empty(), input("text"));
    ModalResponse modal =
        new ModalResponseBuilder("feedback", "Tell us more")
            .component(new TextDisplay(Optional.empty(), "Thanks!"))
            .component(label)
            .build();
    assertThat(modal.data())
        .isEqualTo(
            new InteractionCallbackModalData(
                "feedback",
                "Tell us more",
                List.of(new TextDisplay(Optional.empty(), "Thanks!"), label)));
    assertJson(
        modal,
        InteractionResponse.class,
        """
        {"type": 9, "data": {"custom_id": "feedback", "title": "Tell us more", "components": [
          {"type": 10, "content": "Thanks!"},
          {"type": 18, "label": "Your feedback", "component":
            {"type": 4, "custom_id": "text", "style": 2, "max_length": 500, "required": true}}]}}
        """);
  }

  @Test
  void modalLimits() {
    Component text = new TextDisplay(Optional.empty(), "t");
    fails(
        () -> new ModalResponseBuilder("m", "t".repeat(46)).component(text).build(),
        "data.title",
        Rule.TOO_LONG);
    fails(
        () -> new ModalResponseBuilder("", "Title").component(text).build(),
        "data.custom_id",
        Rule.TOO_SHORT);
    fails(() -> new ModalResponseBuilder("m", "Title").build(), "data.components", Rule.TOO_FEW);
    fails(
        () ->
            new ModalResponseBuilder("m", "Title").components(Collections.nCopies(6, text)).build(),
        "data.components",
        Rule.TOO_MANY);
    ActionRow row = new ActionRow(Optional.empty(), List.of(input("i".repeat(101))));
    fails(
        () -> new ModalResponseBuilder("m", "Title").component(row).build(),
        "data.components[0].components[0].custom_id",
        Rule.TOO_LONG);
  }

  @Test
  @SuppressWarnings("deprecation")
  void responsesWithoutSettings() {
    assertJson(InteractionResponses.pong(), InteractionResponse.class, "{\"type\": 1}");
    assertJson(
        InteractionResponses.deferredChannelMessageWithSource(false),
        InteractionResponse.class,
        "{\"type\": 5}");
    assertJson(
        InteractionResponses.deferredChannelMessageWithSource(true),
        InteractionResponse.class,
        "{\"type\": 5, \"data\": {\"flags\": 64}}");
    assertJson(
        InteractionResponses.deferredUpdateMessage(), InteractionResponse.class, "{\"type\": 6}");
    assertJson(InteractionResponses.premiumRequired(), InteractionResponse.class, "{\"type\": 10}");
    assertJson(InteractionResponses.launchActivity(), InteractionResponse.class, "{\"type\": 12}");
  }
}
