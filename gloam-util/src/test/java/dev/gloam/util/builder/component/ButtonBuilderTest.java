package dev.gloam.util.builder.component;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.id.Id;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Buttons of every style with the fields each style needs and refuses, and rows of them. */
class ButtonBuilderTest {
  @Test
  void interactiveStylesCarryTheirCustomId() {
    Button button =
        ButtonBuilder.primary("click_one")
            .label("Click me!")
            .emoji(PartialEmoji.unicode("🔥"))
            .disabled(true)
            .id(3)
            .build();
    assertThat(button)
        .isEqualTo(
            new Button(
                Optional.of(3),
                ButtonStyle.PRIMARY,
                Optional.of("Click me!"),
                Optional.of(PartialEmoji.unicode("🔥")),
                Optional.of("click_one"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(true)));
    assertJson(
        button,
        Component.class,
        """
        {"type":2,"id":3,"style":1,"label":"Click me!","emoji":{"id":null,"name":"🔥"},
         "custom_id":"click_one","disabled":true}
        """);
    assertThat(ButtonBuilder.secondary("s").build().style()).isEqualTo(ButtonStyle.SECONDARY);
    assertThat(ButtonBuilder.success("s").build().style()).isEqualTo(ButtonStyle.SUCCESS);
    assertThat(ButtonBuilder.danger("s").build().style()).isEqualTo(ButtonStyle.DANGER);
  }

  @Test
  void linkAndPremiumButtonsCarryTheirOwnField() {
    assertJson(
        ButtonBuilder.link("https://discord.com/developers/docs")
            .label("Docs")
            .emoji(PartialEmoji.custom(Id.of(41771983429993937L), "gloam"))
            .build(),
        Component.class,
        """
        {"type":2,"style":5,"label":"Docs","url":"https://discord.com/developers/docs",
         "emoji":{"id":"41771983429993937","name":"gloam"}}
        """);
    assertJson(
        ButtonBuilder.premium(Id.of(1180218955160375406L)).build(),
        Component.class,
        "{\"type\":2,\"style\":6,\"sku_id\":\"1180218955160375406\"}");
    assertThat(PartialEmoji.animated(Id.of(1), "party").animated()).contains(true);
  }

  @Test
  void refusesWhatAStyleDoesNotTake() {
    fails(() -> ButtonBuilder.primary(""), "custom_id", Rule.TOO_SHORT);
    fails(() -> ButtonBuilder.danger("x".repeat(101)), "custom_id", Rule.TOO_LONG);
    fails(() -> ButtonBuilder.success(null), "custom_id", Rule.MISSING);
    fails(() -> ButtonBuilder.link(null), "url", Rule.MISSING);
    fails(() -> ButtonBuilder.link("https://e.com/" + "x".repeat(500)), "url", Rule.TOO_LONG);
    fails(() -> ButtonBuilder.premium(null), "sku_id", Rule.MISSING);
    fails(() -> ButtonBuilder.premium(Id.of(1)).label("Buy"), "label", Rule.NOT_ALLOWED);
    fails(
        () -> ButtonBuilder.premium(Id.of(1)).emoji(PartialEmoji.unicode("💎")),
        "emoji",
        Rule.NOT_ALLOWED);
    fails(() -> ButtonBuilder.primary("p").label("l".repeat(81)), "label", Rule.TOO_LONG);
    fails(() -> PartialEmoji.unicode(""), "emoji.name", Rule.TOO_SHORT);
    fails(() -> PartialEmoji.custom(null, "x"), "emoji.id", Rule.MISSING);
  }

  @Test
  void rowsHoldFiveButtonsOrOneSelect() {
    ActionRow row =
        new ActionRowBuilder()
            .add(ButtonBuilder.success("yes").label("Yes").build())
            .add(ButtonBuilder.danger("no").label("No").build())
            .id(1)
            .build();
    assertJson(
        row,
        Component.class,
        """
        {"type":1,"id":1,"components":[
          {"type":2,"style":3,"label":"Yes","custom_id":"yes"},
          {"type":2,"style":4,"label":"No","custom_id":"no"}]}
        """);
    ActionRowBuilder five = new ActionRowBuilder();
    for (int i = 0; i < 5; i++) {
      five.add(ButtonBuilder.primary("b" + i).build());
    }
    assertThat(five.build().components()).hasSize(5);
    fails(() -> five.add(ButtonBuilder.primary("b5").build()), "components", Rule.TOO_MANY);
    fails(() -> new ActionRowBuilder().build(), "components", Rule.TOO_FEW);
    fails(
        () ->
            ActionRowBuilder.of(
                ButtonBuilder.primary("b").build(),
                new StringSelectBuilder("s").option("a", "a").build()),
        "components",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            ActionRowBuilder.of(
                ButtonBuilder.primary("same").build(), ButtonBuilder.primary("same").build()),
        "components[1].custom_id",
        Rule.NOT_ALLOWED);
    fails(
        () -> ActionRowBuilder.of(TextDisplayBuilder.of("no")), "components[0]", Rule.NOT_ALLOWED);
    assertThat(ActionRowBuilder.of(new UserSelectBuilder("u").build()).components())
        .isEqualTo(List.of(new UserSelectBuilder("u").build()));
  }
}
