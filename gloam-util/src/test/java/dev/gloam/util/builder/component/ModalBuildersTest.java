package dev.gloam.util.builder.component;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.CheckboxGroupOption;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Label;
import dev.gloam.model.channel.message.component.RadioGroupOption;
import dev.gloam.model.channel.message.component.TextInput;
import dev.gloam.model.channel.message.component.TextInputStyle;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Modal components: labels around inputs, and a modal's whole component list. */
class ModalBuildersTest {
  @Test
  void labelAroundATextInput() {
    TextInput input =
        TextInputBuilder.paragraph("reason")
            .placeholder("What happened?")
            .minLength(10)
            .maxLength(1000)
            .required(false)
            .value("It broke")
            .build();
    assertThat(input)
        .isEqualTo(
            new TextInput(
                Optional.empty(),
                "reason",
                TextInputStyle.PARAGRAPH,
                Optional.empty(),
                Optional.of(10),
                Optional.of(1000),
                Optional.of(false),
                Optional.of("It broke"),
                Optional.of("What happened?")));
    Label label = new LabelBuilder("Reason", input).description("Be specific").id(7).build();
    assertJson(
        label,
        Component.class,
        """
        {"type":18,"id":7,"label":"Reason","description":"Be specific","component":
          {"type":4,"custom_id":"reason","style":2,"min_length":10,"max_length":1000,
           "required":false,"value":"It broke","placeholder":"What happened?"}}
        """);
    assertThat(TextInputBuilder.singleLine("n").build().style()).isEqualTo(TextInputStyle.SHORT);
  }

  @Test
  void textInputLimits() {
    fails(() -> TextInputBuilder.singleLine("t").minLength(4001), "min_length", Rule.OUT_OF_RANGE);
    fails(() -> TextInputBuilder.singleLine("t").maxLength(0), "max_length", Rule.OUT_OF_RANGE);
    fails(() -> TextInputBuilder.singleLine("t").value("v".repeat(4001)), "value", Rule.TOO_LONG);
    fails(
        () -> TextInputBuilder.singleLine("t").placeholder("p".repeat(101)),
        "placeholder",
        Rule.TOO_LONG);
    fails(() -> TextInputBuilder.singleLine("t").label("l".repeat(46)), "label", Rule.TOO_LONG);
    fails(() -> new TextInputBuilder("t", null), "style", Rule.MISSING);
    fails(
        () -> TextInputBuilder.singleLine("t").minLength(5).maxLength(4).build(),
        "min_length",
        Rule.OUT_OF_RANGE);
  }

  @Test
  void labelAppliesTheRulesOfModals() {
    fails(
        () -> new LabelBuilder("l".repeat(46), TextInputBuilder.singleLine("t").build()),
        "label",
        Rule.TOO_LONG);
    fails(
        () -> new LabelBuilder("", TextInputBuilder.singleLine("t").build()),
        "label",
        Rule.TOO_SHORT);
    fails(() -> new LabelBuilder("l", null), "component", Rule.MISSING);
    fails(
        () ->
            new LabelBuilder("l", TextInputBuilder.singleLine("t").build())
                .description("d".repeat(101)),
        "description",
        Rule.TOO_LONG);
    fails(
        () -> new LabelBuilder("Pick", new UserSelectBuilder("u").disabled(true).build()).build(),
        "component.disabled",
        Rule.NOT_ALLOWED);
    fails(
        () -> new LabelBuilder("Pick", new RoleSelectBuilder("r").minValues(0).build()).build(),
        "component.min_values",
        Rule.NOT_ALLOWED);
    assertThat(
            new LabelBuilder(
                    "Pick", new RoleSelectBuilder("r").minValues(0).required(false).build())
                .build()
                .component())
        .isEqualTo(new RoleSelectBuilder("r").minValues(0).required(false).build());
    fails(
        () -> new LabelBuilder("No", ButtonBuilder.primary("b").build()).build(),
        "component",
        Rule.NOT_ALLOWED);
  }

  @Test
  void uploadsGroupsAndCheckboxes() {
    assertJson(
        new FileUploadBuilder("shots")
            .minValues(0)
            .maxValues(3)
            .required(false)
            .fileTypes("image", ".pdf")
            .build(),
        Component.class,
        """
        {"type":19,"custom_id":"shots","min_values":0,"max_values":3,"required":false,
         "file_types":["image",".pdf"]}
        """);
    assertJson(
        new RadioGroupBuilder("size")
            .option("s", "Small")
            .option(new RadioGroupOption("m", "Medium", Optional.empty(), Optional.of(true)))
            .option("l", "Large", "Roomy")
            .required(true)
            .build(),
        Component.class,
        """
        {"type":21,"custom_id":"size","required":true,"options":[
          {"value":"s","label":"Small"},{"value":"m","label":"Medium","default":true},
          {"value":"l","label":"Large","description":"Roomy"}]}
        """);
    assertJson(
        new CheckboxGroupBuilder("toppings")
            .option("cheese", "Cheese")
            .option(
                new CheckboxGroupOption("olives", "Olives", Optional.empty(), Optional.of(true)))
            .minValues(0)
            .maxValues(2)
            .required(false)
            .build(),
        Component.class,
        """
        {"type":22,"custom_id":"toppings","min_values":0,"max_values":2,"required":false,
         "options":[{"value":"cheese","label":"Cheese"},
                    {"value":"olives","label":"Olives","default":true}]}
        """);
    assertJson(
        new CheckboxBuilder("subscribe").defaultSelected(true).id(5).build(),
        Component.class,
        "{\"type\":23,\"id\":5,\"custom_id\":\"subscribe\",\"default\":true}");
  }

  @Test
  void uploadAndGroupLimits() {
    fails(() -> new FileUploadBuilder("f").maxValues(11), "max_values", Rule.OUT_OF_RANGE);
    fails(() -> new FileUploadBuilder("f").fileTypes("pdf"), "file_types[0]", Rule.MALFORMED);
    fails(
        () ->
            new FileUploadBuilder("f")
                .fileTypes(".a", ".b", ".c", ".d", ".e", ".f", ".g", ".h", ".i", ".j", ".k"),
        "file_types",
        Rule.TOO_MANY);
    fails(() -> new FileUploadBuilder("f").minValues(0).build(), "min_values", Rule.NOT_ALLOWED);
    fails(() -> new RadioGroupBuilder("r").option("a", "A").build(), "options", Rule.TOO_FEW);
    fails(
        () -> new RadioGroupBuilder("r").option("a", "A".repeat(101)),
        "options[0].label",
        Rule.TOO_LONG);
    fails(
        () -> new RadioGroupBuilder("r").option("a", "A", null),
        "options[0].description",
        Rule.MISSING);
    RadioGroupBuilder ten = new RadioGroupBuilder("r");
    for (int i = 0; i < 10; i++) {
      ten.option("v" + i, "L" + i);
    }
    fails(() -> ten.option("v", "L"), "options", Rule.TOO_MANY);
    fails(() -> new CheckboxGroupBuilder("c").build(), "options", Rule.TOO_FEW);
    fails(
        () -> new CheckboxGroupBuilder("c").option("a", "A").minValues(2).maxValues(1).build(),
        "min_values",
        Rule.OUT_OF_RANGE);
    fails(() -> new CheckboxGroupBuilder("c").maxValues(11), "max_values", Rule.OUT_OF_RANGE);
    fails(() -> new CheckboxBuilder("x".repeat(101)), "custom_id", Rule.TOO_LONG);
  }

  @Test
  void modalComponentList() {
    List<Component> components =
        new ModalComponentsBuilder()
            .text("Tell us about the bug.")
            .label("Summary", TextInputBuilder.singleLine("summary").maxLength(100).build())
            .label(
                "Screenshots",
                "Optional",
                new FileUploadBuilder("shots").minValues(0).required(false).build())
            .build();
    assertJson(
        components.get(2),
        Component.class,
        """
        {"type":18,"label":"Screenshots","description":"Optional","component":
          {"type":19,"custom_id":"shots","min_values":0,"required":false}}
        """);
    assertThat(components).hasSize(3);
    ActionRow legacy =
        new ActionRow(
            Optional.empty(), List.of(TextInputBuilder.singleLine("old").label("Old").build()));
    assertThat(new ModalComponentsBuilder().add(legacy).build()).containsExactly(legacy);
  }

  @Test
  void modalListLimits() {
    fails(() -> new ModalComponentsBuilder().build(), "components", Rule.TOO_FEW);
    ModalComponentsBuilder five = new ModalComponentsBuilder();
    for (int i = 0; i < 5; i++) {
      five.text("t" + i);
    }
    fails(() -> five.text("t"), "components", Rule.TOO_MANY);
    fails(
        () ->
            new ModalComponentsBuilder()
                .label("A", TextInputBuilder.singleLine("same").build())
                .label("B", TextInputBuilder.singleLine("same").build())
                .build(),
        "components[1].component.custom_id",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            new ModalComponentsBuilder()
                .text("ok")
                .label(
                    "Pick", new StringSelectBuilder("s").option("a", "a").disabled(true).build()),
        "components[1].component.disabled",
        Rule.NOT_ALLOWED);
    fails(
        () -> new ModalComponentsBuilder().add(new SeparatorBuilder().build()).build(),
        "components[0]",
        Rule.NOT_ALLOWED);
  }
}
