package dev.gloam.model.channel.message.component;

import dev.gloam.model.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;

/** Reads a {@link ModalSubmitComponent} by its {@code type} field. */
final class ModalSubmitComponentDeserializer extends UnionDeserializer<ModalSubmitComponent> {
  ModalSubmitComponentDeserializer() {
    super(ModalSubmitComponent.class, "type");
  }

  @Override
  protected Class<? extends ModalSubmitComponent> variant(JsonNode value) {
    if (!value.isIntegralNumber()) {
      return null;
    }
    return switch (value.asInt(0)) {
      case 1 -> ModalSubmitActionRow.class;
      case 3 -> ModalSubmitStringSelect.class;
      case 4 -> ModalSubmitTextInput.class;
      case 5 -> ModalSubmitUserSelect.class;
      case 6 -> ModalSubmitRoleSelect.class;
      case 7 -> ModalSubmitMentionableSelect.class;
      case 8 -> ModalSubmitChannelSelect.class;
      case 10 -> ModalSubmitTextDisplay.class;
      case 18 -> ModalSubmitLabel.class;
      case 19 -> ModalSubmitFileUpload.class;
      case 21 -> ModalSubmitRadioGroup.class;
      case 22 -> ModalSubmitCheckboxGroup.class;
      case 23 -> ModalSubmitCheckbox.class;
      default -> null;
    };
  }

  @Override
  protected ModalSubmitComponent unknown(JsonNode raw) {
    return new UnknownModalSubmitComponent(raw);
  }
}
