package dev.gloam.model.application.interaction;

/**
 * The Activity instance a {@code LAUNCH_ACTIVITY} response launched. Maps Discord's "Interaction
 * Callback Activity Instance Resource" (interactions/receiving-and-responding).
 *
 * @param id the instance's id
 */
public record InteractionCallbackActivityInstance(String id) {}
