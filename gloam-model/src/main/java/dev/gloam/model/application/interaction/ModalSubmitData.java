package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.message.component.ModalSubmitComponent;
import java.util.List;
import java.util.Optional;

/**
 * The data of a {@code MODAL_SUBMIT} interaction. Maps Discord's "Modal Submit Data Structure"
 * (interactions/receiving-and-responding).
 *
 * @param customId the developer-defined id of the modal
 * @param components the values the user submitted, in the modal's layout
 * @param resolved the users, members, roles, channels and attachments selected in the modal
 */
public record ModalSubmitData(
    String customId,
    List<ModalSubmitComponent> components,
    @JsonInclude(Include.NON_ABSENT) Optional<ResolvedData> resolved)
    implements InteractionData {}
