/**
 * Embeds: the rich content blocks of a message, and their parts. Maps the embed objects of
 * Discord's resources/message section.
 */
package dev.gloam.model.channel.message.embed;
