package dev.gloam.model.channel.message.component;

import dev.gloam.model.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;

/** Reads a {@link Component} by its {@code type} field. */
final class ComponentDeserializer extends UnionDeserializer<Component> {
  ComponentDeserializer() {
    super(Component.class, "type");
  }

  @Override
  protected Class<? extends Component> variant(JsonNode value) {
    if (!value.isIntegralNumber()) {
      return null;
    }
    return switch (value.asInt(0)) {
      case 1 -> ActionRow.class;
      case 2 -> Button.class;
      case 3 -> StringSelect.class;
      case 4 -> TextInput.class;
      case 5 -> UserSelect.class;
      case 6 -> RoleSelect.class;
      case 7 -> MentionableSelect.class;
      case 8 -> ChannelSelect.class;
      case 9 -> Section.class;
      case 10 -> TextDisplay.class;
      case 11 -> Thumbnail.class;
      case 12 -> MediaGallery.class;
      case 13 -> FileComponent.class;
      case 14 -> Separator.class;
      case 17 -> Container.class;
      case 18 -> Label.class;
      case 19 -> FileUpload.class;
      case 21 -> RadioGroup.class;
      case 22 -> CheckboxGroup.class;
      case 23 -> Checkbox.class;
      default -> null;
    };
  }

  @Override
  protected Component unknown(JsonNode raw) {
    return new UnknownComponent(raw);
  }
}
