package dev.gloam.validate.component;

import static dev.gloam.validate.message.MessageChecksTest.fails;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.channel.message.component.CheckboxGroup;
import dev.gloam.model.channel.message.component.CheckboxGroupOption;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Container;
import dev.gloam.model.channel.message.component.FileComponent;
import dev.gloam.model.channel.message.component.FileUpload;
import dev.gloam.model.channel.message.component.Label;
import dev.gloam.model.channel.message.component.RadioGroup;
import dev.gloam.model.channel.message.component.RadioGroupOption;
import dev.gloam.model.channel.message.component.SelectDefaultValue;
import dev.gloam.model.channel.message.component.SelectDefaultValueType;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.channel.message.component.TextInput;
import dev.gloam.model.channel.message.component.TextInputStyle;
import dev.gloam.model.channel.message.component.UnfurledMediaItem;
import dev.gloam.model.channel.message.component.UserSelect;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of components/reference beyond lengths: styles, uniqueness, ranges, modal rules. */
class ComponentRulesTest {
  private static Button button(
      ButtonStyle style, String customId, String label, String url, Long skuId) {
    return new Button(
        Optional.empty(),
        style,
        Optional.ofNullable(label),
        Optional.empty(),
        Optional.ofNullable(customId),
        Optional.ofNullable(skuId).map(Id::of),
        Optional.ofNullable(url),
        Optional.empty());
  }

  private static Button primary(String customId) {
    return button(ButtonStyle.PRIMARY, customId, "Go", null, null);
  }

  private static ActionRow row(Component... children) {
    return new ActionRow(Optional.empty(), List.of(children));
  }

  private static void classicFails(Component only, String field, Rule rule) {
    fails(() -> ComponentChecks.messageComponents(List.of(row(only)), false), field, rule);
  }

  private static void classicOk(Component... rows) {
    assertThatCode(() -> ComponentChecks.messageComponents(List.of(rows), false))
        .doesNotThrowAnyException();
  }

  @Test
  void buttonStylesRequireAndForbidFields() {
    String at = "components[0].components[0]";
    classicOk(
        row(
            button(ButtonStyle.LINK, null, "Docs", "https://discord.com", null),
            button(ButtonStyle.PREMIUM, null, null, null, 1L),
            primary("p")));
    classicFails(button(ButtonStyle.LINK, null, "Docs", null, null), at + ".url", Rule.MISSING);
    classicFails(
        button(ButtonStyle.LINK, "x", "Docs", "https://discord.com", null),
        at + ".custom_id",
        Rule.NOT_ALLOWED);
    classicFails(button(ButtonStyle.PREMIUM, null, null, null, null), at + ".sku_id", Rule.MISSING);
    classicFails(
        button(ButtonStyle.PREMIUM, null, "Buy", null, 1L), at + ".label", Rule.NOT_ALLOWED);
    classicFails(
        button(ButtonStyle.PREMIUM, "x", null, null, 1L), at + ".custom_id", Rule.NOT_ALLOWED);
    classicFails(
        button(ButtonStyle.DANGER, "x", "No", "https://discord.com", null),
        at + ".url",
        Rule.NOT_ALLOWED);
    classicFails(
        button(ButtonStyle.SUCCESS, "x", "No", null, 1L), at + ".sku_id", Rule.NOT_ALLOWED);
    classicFails(
        button(ButtonStyle.SECONDARY, null, "No", null, null), at + ".custom_id", Rule.MISSING);
    Button premiumWithEmoji =
        new Button(
            Optional.empty(),
            ButtonStyle.PREMIUM,
            Optional.empty(),
            Optional.of(
                new Emoji(
                    Optional.empty(),
                    Optional.of("x"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())),
            Optional.empty(),
            Optional.of(Id.of(1)),
            Optional.empty(),
            Optional.empty());
    classicFails(premiumWithEmoji, at + ".emoji", Rule.NOT_ALLOWED);
  }

  @Test
  void customIdsAndIdsAreUniqueAcrossTheMessage() {
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(row(primary("a"), primary("b")), row(primary("c"), primary("b"))), false),
        "components[1].components[1].custom_id",
        Rule.NOT_ALLOWED);
    TextDisplay seven = new TextDisplay(Optional.of(7), "t");
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(
                    seven,
                    new Container(
                        Optional.empty(), List.of(seven), Optional.empty(), Optional.empty())),
                true),
        "components[1].components[0].id",
        Rule.NOT_ALLOWED);
    TextDisplay zero = new TextDisplay(Optional.of(0), "t");
    assertThatCode(() -> ComponentChecks.messageComponents(List.of(zero, zero), true))
        .as("an id of 0 is replaced by Discord, so it may repeat")
        .doesNotThrowAnyException();
  }

  private static UserSelect users(
      Integer min, Integer max, List<SelectDefaultValue> defaults, Boolean required) {
    return new UserSelect(
        Optional.empty(),
        "users",
        Optional.empty(),
        Optional.ofNullable(defaults),
        Optional.ofNullable(min),
        Optional.ofNullable(max),
        Optional.ofNullable(required),
        Optional.empty());
  }

  @Test
  void selectRangesAndDefaultValues() {
    String at = "components[0].components[0]";
    SelectDefaultValue user = new SelectDefaultValue(Id.of(1), SelectDefaultValueType.USER);
    SelectDefaultValue role = new SelectDefaultValue(Id.of(2), SelectDefaultValueType.ROLE);
    classicOk(row(users(0, 2, List.of(user, user), null)));
    classicFails(users(3, 2, null, null), at + ".min_values", Rule.OUT_OF_RANGE);
    classicFails(
        users(null, null, List.of(user, user), null), at + ".default_values", Rule.TOO_MANY);
    classicFails(users(2, 3, List.of(user), null), at + ".default_values", Rule.TOO_FEW);
    classicFails(
        users(1, 2, List.of(role), null), at + ".default_values[0].type", Rule.NOT_ALLOWED);
  }

  private static Label label(Component child) {
    return new Label(Optional.empty(), "Question", Optional.empty(), child);
  }

  private static void modalFails(Component child, String field, Rule rule) {
    fails(() -> ComponentChecks.modal("m", "Title", List.of(label(child))), field, rule);
  }

  private static void modalOk(Component... children) {
    assertThatCode(
            () ->
                ComponentChecks.modal(
                    "m",
                    "Title",
                    List.of(children).stream().map(c -> (Component) label(c)).toList()))
        .doesNotThrowAnyException();
  }

  @Test
  void modalRules() {
    String at = "data.components[0].component";
    modalOk(users(0, 1, null, false));
    modalFails(users(0, 1, null, null), at + ".min_values", Rule.NOT_ALLOWED);
    modalFails(
        new UserSelect(
            Optional.empty(),
            "u",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(false)),
        at + ".disabled",
        Rule.NOT_ALLOWED);
    modalFails(
        new FileUpload(
            Optional.empty(),
            "f",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Collections.nCopies(11, ".png"))),
        at + ".file_types",
        Rule.TOO_MANY);
    modalFails(
        new FileUpload(
            Optional.empty(),
            "f",
            Optional.of(5),
            Optional.of(11),
            Optional.empty(),
            Optional.empty()),
        at + ".max_values",
        Rule.OUT_OF_RANGE);
    modalOk(
        new FileUpload(
            Optional.empty(),
            "f",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of("image", ".PDF", ".tar"))));
    modalFails(
        new FileUpload(
            Optional.empty(),
            "f",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of("image", "pdf"))),
        at + ".file_types[1]",
        Rule.MALFORMED);
    RadioGroupOption a = new RadioGroupOption("a", "A", Optional.empty(), Optional.empty());
    modalOk(new RadioGroup(Optional.empty(), "r", List.of(a, a), Optional.empty()));
    modalFails(
        new RadioGroup(Optional.empty(), "r", List.of(a), Optional.empty()),
        at + ".options",
        Rule.TOO_FEW);
    modalFails(
        new RadioGroup(
            Optional.empty(),
            "r",
            List.of(
                a, new RadioGroupOption("b", "B".repeat(101), Optional.empty(), Optional.empty())),
            Optional.empty()),
        at + ".options[1].label",
        Rule.TOO_LONG);
    CheckboxGroupOption c = new CheckboxGroupOption("c", "C", Optional.empty(), Optional.empty());
    modalFails(
        new CheckboxGroup(
            Optional.empty(), "g", List.of(c), Optional.of(3), Optional.of(2), Optional.empty()),
        at + ".min_values",
        Rule.OUT_OF_RANGE);
    modalFails(
        new TextInput(
            Optional.empty(),
            "t",
            TextInputStyle.SHORT,
            Optional.empty(),
            Optional.of(10),
            Optional.of(5),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        at + ".min_length",
        Rule.OUT_OF_RANGE);
    fails(
        () ->
            ComponentChecks.modal(
                "m",
                "Title",
                List.of(
                    label(users(null, null, null, null)), label(users(null, null, null, null)))),
        "data.components[1].component.custom_id",
        Rule.NOT_ALLOWED);
  }

  private static UnfurledMediaItem media(String url) {
    return new UnfurledMediaItem(
        url,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void filesTakeAttachmentsAndContainersTakeRgb() {
    FileComponent attached =
        new FileComponent(
            Optional.empty(),
            media("attachment://game.zip"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThatCode(() -> ComponentChecks.messageComponents(List.of(attached), true))
        .doesNotThrowAnyException();
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(
                    new FileComponent(
                        Optional.empty(),
                        media("https://example.com/game.zip"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())),
                true),
        "components[0].file.url",
        Rule.MALFORMED);
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(
                    new Container(
                        Optional.empty(),
                        List.of(attached),
                        Optional.of(0x1000000),
                        Optional.empty())),
                true),
        "components[0].accent_color",
        Rule.OUT_OF_RANGE);
  }
}
