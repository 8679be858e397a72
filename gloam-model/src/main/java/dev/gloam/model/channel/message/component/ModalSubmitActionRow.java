package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for an action row of a legacy modal: the submitted values of the text
 * inputs inside it. Discord documents no response structure of its own for action rows; this
 * mirrors the {@link ActionRow} around {@link ModalSubmitTextInput} values.
 *
 * @param id the row's identifier within the modal, when sent
 * @param components the submitted components of the row
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitActionRow(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id, List<ModalSubmitComponent> components)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.ACTION_ROW;
  }
}
