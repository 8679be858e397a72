/**
 * Checks of embeds against their per-field and total limits (resources/message, "Embed Limits").
 */
package dev.gloam.validate.embed;
