package dev.gloam.model.application.interaction;

/**
 * The modal of a {@code MODAL} response. Maps the "Modal" table of Discord's "Interaction Callback
 * Data Structure" (interactions/receiving-and-responding).
 *
 * @param customId the developer-defined id of the modal, 1 to 100 characters
 * @param title the modal's title, up to 45 characters
 */
public record InteractionCallbackModalData(String customId, String title) {}
