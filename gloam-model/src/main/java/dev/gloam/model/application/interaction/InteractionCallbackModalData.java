package dev.gloam.model.application.interaction;

import dev.gloam.model.channel.message.component.Component;
import java.util.List;

/**
 * The modal of a {@code MODAL} response. Maps the "Modal" table of Discord's "Interaction Callback
 * Data Structure" (interactions/receiving-and-responding).
 *
 * @param customId the developer-defined id of the modal, 1 to 100 characters
 * @param title the modal's title, up to 45 characters
 * @param components the modal's content, 1 to 5 components: labels, text displays or (legacy)
 *     action rows
 */
public record InteractionCallbackModalData(
    String customId, String title, List<Component> components) {}
