package dev.gloam.util.builder.component;

import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message's whole component list, classic or Components V2, and the flag V2 needs. */
class MessageComponentsBuilderTest {
  private static ActionRow row(String... customIds) {
    ActionRowBuilder row = new ActionRowBuilder();
    for (String customId : customIds) {
      row.add(ButtonBuilder.primary(customId).build());
    }
    return row.build();
  }

  @Test
  void classicMessagesTakeFiveActionRows() {
    MessageComponentsBuilder builder = MessageComponentsBuilder.classic();
    for (int i = 0; i < 5; i++) {
      builder.add(row("r" + i));
    }
    List<Component> components = builder.build();
    assertThat(components).hasSize(5);
    assertThat(builder.flags()).isEqualTo(MessageFlags.NONE);
    assertThat(ComponentsV2.requiredFlags(components)).isEqualTo(MessageFlags.NONE);
    fails(() -> builder.add(row("r5")), "components", Rule.TOO_MANY);
    fails(
        () -> MessageComponentsBuilder.classic().add(TextDisplayBuilder.of("hi")),
        "components[0]",
        Rule.NOT_ALLOWED);
    fails(
        () -> MessageComponentsBuilder.classic().add(row("a", "b")).add(row("c", "a")).build(),
        "components[1].components[1].custom_id",
        Rule.NOT_ALLOWED);
  }

  @Test
  void componentsV2MessagesNeedTheFlag() {
    MessageComponentsBuilder builder =
        MessageComponentsBuilder.componentsV2()
            .add(TextDisplayBuilder.of("## Vote"))
            .add(row("yes", "no"));
    List<Component> components = builder.build();
    assertThat(builder.flags()).isEqualTo(MessageFlags.IS_COMPONENTS_V2);
    assertThat(ComponentsV2.isRequired(components)).isTrue();
    assertThat(ComponentsV2.requiredFlags(components)).isEqualTo(MessageFlags.IS_COMPONENTS_V2);
    assertThat(ComponentsV2.isRequired(List.of(row("x")))).isFalse();
    assertThat(ModelJson.mapper().readTree(ModelJson.write(components)))
        .isEqualTo(
            ModelJson.mapper()
                .readTree(
                    """
                    [{"type":10,"content":"## Vote"},
                     {"type":1,"components":[{"type":2,"style":1,"custom_id":"yes"},
                                             {"type":2,"style":1,"custom_id":"no"}]}]
                    """));
    assertThat(ModelJson.write(MessageFlags.IS_COMPONENTS_V2)).isEqualTo("32768");
  }

  @Test
  void componentsV2TotalsAcrossTheMessage() {
    MessageComponentsBuilder forty = MessageComponentsBuilder.componentsV2();
    for (int i = 0; i < 40; i++) {
      forty.add(TextDisplayBuilder.of("t"));
    }
    assertThat(forty.build()).hasSize(40);
    forty.add(new SeparatorBuilder().build());
    fails(forty::build, "components", Rule.TOO_MANY);
    fails(
        () ->
            MessageComponentsBuilder.componentsV2()
                .add(TextDisplayBuilder.of("x".repeat(2000)))
                .add(new ContainerBuilder().add(TextDisplayBuilder.of("y".repeat(2001))).build())
                .build(),
        "components",
        Rule.TOO_LONG);
    fails(
        () ->
            MessageComponentsBuilder.componentsV2()
                .add(new TextDisplayBuilder("a").id(1).build())
                .add(new SeparatorBuilder().id(1).build())
                .build(),
        "components[1].id",
        Rule.NOT_ALLOWED);
    fails(
        () -> MessageComponentsBuilder.componentsV2().add(new CheckboxBuilder("c").build()).build(),
        "components[0]",
        Rule.NOT_ALLOWED);
    fails(() -> MessageComponentsBuilder.componentsV2().add(null), "components[0]", Rule.MISSING);
    fails(() -> ComponentsV2.isRequired(null), "components", Rule.MISSING);
  }
}
