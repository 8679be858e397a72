package dev.gloam.validate.component;

import static dev.gloam.validate.message.MessageChecksTest.fails;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Container;
import dev.gloam.model.channel.message.component.Label;
import dev.gloam.model.channel.message.component.MediaGallery;
import dev.gloam.model.channel.message.component.MediaGalleryItem;
import dev.gloam.model.channel.message.component.Section;
import dev.gloam.model.channel.message.component.SelectOption;
import dev.gloam.model.channel.message.component.StringSelect;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.channel.message.component.TextInput;
import dev.gloam.model.channel.message.component.TextInputStyle;
import dev.gloam.model.channel.message.component.UnfurledMediaItem;
import dev.gloam.validate.ValidationException.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentChecksTest {
  private static Button button(String customId, String label) {
    return new Button(
        Optional.empty(),
        ButtonStyle.PRIMARY,
        Optional.ofNullable(label),
        Optional.empty(),
        Optional.ofNullable(customId),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static ActionRow row(Component... children) {
    return new ActionRow(Optional.empty(), List.of(children));
  }

  private static TextDisplay text(String content) {
    return new TextDisplay(Optional.empty(), content);
  }

  private static StringSelect select(int options, String placeholder) {
    return new StringSelect(
        Optional.empty(),
        "s",
        Collections.nCopies(
            options,
            new SelectOption("l", "v", Optional.empty(), Optional.empty(), Optional.empty())),
        Optional.ofNullable(placeholder),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static void classicOk(Component... components) {
    assertThatCode(() -> ComponentChecks.messageComponents(List.of(components), false))
        .doesNotThrowAnyException();
  }

  private static void v2Ok(List<Component> components) {
    assertThatCode(() -> ComponentChecks.messageComponents(components, true))
        .doesNotThrowAnyException();
  }

  @Test
  void classicRows() {
    List<Component> rows = new ArrayList<>();
    for (int r = 0; r < 6; r++) {
      rows.add(
          row(
              button(r + "a", "A"),
              button(r + "b", "B"),
              button(r + "c", "C"),
              button(r + "d", "D"),
              button(r + "e", "E")));
    }
    classicOk(rows.subList(0, 5).toArray(Component[]::new));
    fails(() -> ComponentChecks.messageComponents(rows, false), "components", Rule.TOO_MANY);
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(
                    row(
                        button("a", "A"),
                        button("b", "B"),
                        button("c", "C"),
                        button("d", "D"),
                        button("e", "E"),
                        button("f", "F"))),
                false),
        "components[0].components",
        Rule.TOO_MANY);
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(row(button("a", "A"), select(1, null))), false),
        "components[0].components",
        Rule.NOT_ALLOWED);
    fails(
        () -> ComponentChecks.messageComponents(List.of(text("hi")), false),
        "components[0]",
        Rule.NOT_ALLOWED);
  }

  @Test
  void buttonsAndSelects() {
    classicOk(row(button("x".repeat(100), "l".repeat(80))));
    fails(
        () -> ComponentChecks.messageComponents(List.of(row(button("x".repeat(101), "l"))), false),
        "components[0].components[0].custom_id",
        Rule.TOO_LONG);
    fails(
        () -> ComponentChecks.messageComponents(List.of(row(button("", "l"))), false),
        "components[0].components[0].custom_id",
        Rule.TOO_SHORT);
    fails(
        () -> ComponentChecks.messageComponents(List.of(row(button("x", "l".repeat(81)))), false),
        "components[0].components[0].label",
        Rule.TOO_LONG);
    classicOk(row(select(25, "p".repeat(150))));
    fails(
        () -> ComponentChecks.messageComponents(List.of(row(select(26, null))), false),
        "components[0].components[0].options",
        Rule.TOO_MANY);
    fails(
        () -> ComponentChecks.messageComponents(List.of(row(select(0, null))), false),
        "components[0].components[0].options",
        Rule.TOO_FEW);
    fails(
        () -> ComponentChecks.messageComponents(List.of(row(select(1, "p".repeat(151)))), false),
        "components[0].components[0].placeholder",
        Rule.TOO_LONG);
  }

  @Test
  void componentsV2Totals() {
    v2Ok(Collections.nCopies(40, text("t")));
    fails(
        () -> ComponentChecks.messageComponents(Collections.nCopies(41, text("t")), true),
        "components",
        Rule.TOO_MANY);
    v2Ok(List.of(text("x".repeat(2000)), text("y".repeat(2000))));
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(text("x".repeat(2000)), text("y".repeat(2001))), true),
        "components",
        Rule.TOO_LONG);
  }

  @Test
  void sectionsGalleriesAndContainers() {
    Section three =
        new Section(Optional.empty(), List.of(text("a"), text("b"), text("c")), button("go", "Go"));
    v2Ok(List.of(three));
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(
                    new Section(
                        Optional.empty(),
                        List.of(text("a"), text("b"), text("c"), text("d")),
                        button("go", "Go"))),
                true),
        "components[0].components",
        Rule.TOO_MANY);
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(new Section(Optional.empty(), List.of(text("a")), text("no"))), true),
        "components[0].accessory",
        Rule.NOT_ALLOWED);
    MediaGalleryItem item =
        new MediaGalleryItem(
            new UnfurledMediaItem(
                "https://example.com/a.png",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            Optional.empty(),
            Optional.empty());
    v2Ok(List.of(new MediaGallery(Optional.empty(), Collections.nCopies(10, item))));
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(new MediaGallery(Optional.empty(), Collections.nCopies(11, item))), true),
        "components[0].items",
        Rule.TOO_MANY);
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(new MediaGallery(Optional.empty(), List.of())), true),
        "components[0].items",
        Rule.TOO_FEW);
    v2Ok(
        List.of(
            new Container(
                Optional.empty(), List.of(text("a"), three), Optional.empty(), Optional.empty())));
    fails(
        () ->
            ComponentChecks.messageComponents(
                List.of(
                    new Container(
                        Optional.empty(),
                        List.of(
                            new Container(
                                Optional.empty(), List.of(), Optional.empty(), Optional.empty())),
                        Optional.empty(),
                        Optional.empty())),
                true),
        "components[0].components[0]",
        Rule.NOT_ALLOWED);
  }

  private static int inputs;

  private static Label input(String label, String value) {
    inputs++;
    return new Label(
        Optional.empty(),
        label,
        Optional.empty(),
        new TextInput(
            Optional.empty(),
            "in" + inputs,
            TextInputStyle.SHORT,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.ofNullable(value),
            Optional.empty()));
  }

  @Test
  void modals() {
    List<Component> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(input("l", null));
    }
    assertThatCode(() -> ComponentChecks.modal("m", "t".repeat(45), five))
        .doesNotThrowAnyException();
    fails(() -> ComponentChecks.modal("m", "t".repeat(46), five), "data.title", Rule.TOO_LONG);
    five.add(input("l", null));
    fails(() -> ComponentChecks.modal("m", "t", five), "data.components", Rule.TOO_MANY);
    fails(() -> ComponentChecks.modal("m", "t", List.of()), "data.components", Rule.TOO_FEW);
    assertThatCode(
            () -> ComponentChecks.modal("m", "t", List.of(input("l".repeat(45), "v".repeat(4000)))))
        .doesNotThrowAnyException();
    fails(
        () -> ComponentChecks.modal("m", "t", List.of(input("l".repeat(46), null))),
        "data.components[0].label",
        Rule.TOO_LONG);
    fails(
        () -> ComponentChecks.modal("m", "t", List.of(input("l", "v".repeat(4001)))),
        "data.components[0].component.value",
        Rule.TOO_LONG);
  }
}
