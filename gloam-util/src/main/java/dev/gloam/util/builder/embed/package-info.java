/**
 * Builders of embeds (resources/message, "Embed Object"): {@link
 * dev.gloam.util.builder.embed.EmbedBuilder} for one embed, {@link
 * dev.gloam.util.builder.embed.Embeds} for the list of a message with its 6000-character total, and
 * {@link dev.gloam.util.builder.embed.ImageSource} for pictures by URL or by uploaded file.
 */
package dev.gloam.util.builder.embed;
