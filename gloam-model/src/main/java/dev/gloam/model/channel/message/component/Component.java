package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A message or modal component, told apart by its {@code type}. Maps Discord's "Component Object"
 * and the structures of every component type (components/reference).
 *
 * <p>One record per component type serves both directions: what an app sends when it creates a
 * message or opens a modal, and what Discord returns inside messages. Fields that only one
 * direction carries are optional. A type gloam does not know yet becomes an {@link
 * UnknownComponent}, which keeps the raw JSON and writes it back unchanged, also when it sits deep
 * inside a container or section.
 */
@JsonDeserialize(using = ComponentDeserializer.class)
public sealed interface Component
    permits ActionRow,
        Button,
        StringSelect,
        TextInput,
        UserSelect,
        RoleSelect,
        MentionableSelect,
        ChannelSelect,
        Section,
        TextDisplay,
        Thumbnail,
        MediaGallery,
        FileComponent,
        Separator,
        Container,
        Label,
        FileUpload,
        RadioGroup,
        CheckboxGroup,
        Checkbox,
        UnknownComponent {
  /**
   * Returns the component's type, written as the {@code type} field.
   *
   * @return the type
   */
  @JsonProperty("type")
  ComponentType type();

  /**
   * Returns the component's numeric identifier, unique within its message or modal. Apps may leave
   * it out; Discord then assigns one. Components of messages older than Components V2 carry {@code
   * 0}.
   *
   * @return the identifier, or empty when absent
   */
  Optional<Integer> id();
}
