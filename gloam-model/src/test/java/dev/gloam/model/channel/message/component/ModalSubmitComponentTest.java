package dev.gloam.model.channel.message.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ModalSubmitComponentTest {
  /** The part of a modal submit interaction's data that holds the submitted components. */
  record ModalSubmitData(String customId, List<ModalSubmitComponent> components) {}

  private static ModalSubmitComponent inner(List<ModalSubmitComponent> components, int index) {
    return ((ModalSubmitLabel) components.get(index)).component();
  }

  @Test
  void readsEverySubmittedValue() {
    String json = ComponentTest.payload("modal_submit.json");
    ModalSubmitData data = ModelJson.read(json, ModalSubmitData.class);
    assertThat(data.customId()).isEqualTo("bug_modal");
    List<ModalSubmitComponent> components = data.components();
    assertThat(components).hasSize(13);

    assertThat(components.get(0)).isEqualTo(new ModalSubmitTextDisplay(1));
    assertThat(((ModalSubmitLabel) components.get(1)).id()).isEqualTo(2);
    assertThat(inner(components, 1))
        .isEqualTo(new ModalSubmitStringSelect(3, "bug_string_select", List.of("ant")));
    assertThat(inner(components, 2))
        .isEqualTo(new ModalSubmitTextInput(5, "bug_explanation", "Because"));
    ModalSubmitUserSelect users = (ModalSubmitUserSelect) inner(components, 3);
    assertThat(users.values()).containsExactly(Id.parse("18446744073709551615"));
    assertThat(users.resolved().orElseThrow().users().orElseThrow())
        .extractingByKey("18446744073709551615")
        .satisfies(user -> assertThat(user.username()).isEqualTo("finder"));
    assertThat(((ModalSubmitRoleSelect) inner(components, 4)).resolved()).isEmpty();
    assertThat(((ModalSubmitRoleSelect) inner(components, 4)).values())
        .containsExactly(Id.parse("41771983423143936"));
    assertThat(((ModalSubmitMentionableSelect) inner(components, 5)).values()).hasSize(2);
    assertThat(((ModalSubmitChannelSelect) inner(components, 6)).values())
        .containsExactly(Id.parse("1357409927680889032"));
    assertThat(((ModalSubmitFileUpload) inner(components, 7)).values())
        .containsExactly(Id.parse("1111111111111111111"));
    assertThat(inner(components, 8))
        .isEqualTo(new ModalSubmitRadioGroup(17, "severity", Optional.empty()));
    assertThat(inner(components, 9))
        .isEqualTo(new ModalSubmitCheckboxGroup(19, "platforms", List.of()));
    assertThat(inner(components, 10)).isEqualTo(new ModalSubmitCheckbox(21, "contact", true));
    assertThat(components.get(11))
        .isEqualTo(
            new ModalSubmitActionRow(
                Optional.of(22), List.of(new ModalSubmitTextInput(23, "legacy_input", "typed"))));

    ModalSubmitComponent unknown = inner(components, 12);
    assertThat(unknown).isInstanceOf(UnknownModalSubmitComponent.class);
    assertThat(unknown.type().value()).isEqualTo(77);
    assertThat(components)
        .map(ModalSubmitComponent::type)
        .startsWith(ComponentType.TEXT_DISPLAY, ComponentType.LABEL);
  }

  @Test
  void submittedValuesAreWrittenBackExactly() {
    String json = ComponentTest.payload("modal_submit.json");
    ModalSubmitData data = ModelJson.read(json, ModalSubmitData.class);
    String written = ModelJson.write(data);
    assertThat(ModelJson.read(written, ModalSubmitData.class)).isEqualTo(data);
    JsonNode source = ModelJson.mapper().readTree(json);
    JsonNode rewritten = ModelJson.mapper().readTree(written);
    assertThat(rewritten).isEqualTo(source);
    JsonNode radio = rewritten.get("components").get(8).get("component");
    assertThat(radio.has("value")).isTrue();
    assertThat(radio.get("value").isNull()).isTrue();
  }

  @Test
  void aChosenRadioOptionIsReadAndWritten() {
    String json = "{\"type\":21,\"id\":2,\"custom_id\":\"class_radio\",\"value\":\"warrior\"}";
    ModalSubmitComponent radio = ModelJson.read(json, ModalSubmitComponent.class);
    assertThat(radio)
        .isEqualTo(new ModalSubmitRadioGroup(2, "class_radio", Optional.of("warrior")));
    assertThat(ModelJson.mapper().readTree(ModelJson.write(radio)))
        .isEqualTo(ModelJson.mapper().readTree(json));
  }
}
