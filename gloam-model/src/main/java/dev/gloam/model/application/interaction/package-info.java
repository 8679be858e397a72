/**
 * Interactions and the responses to them: commands invoked, components used, modals submitted,
 * autocomplete, and interaction callbacks. Maps Discord's interactions/receiving-and-responding
 * section.
 */
package dev.gloam.model.application.interaction;
