/**
 * The parts of forum and media channels: tags, the default reaction, sort orders and layouts. Maps
 * the forum-related objects of Discord's resources/channel section.
 */
package dev.gloam.model.channel.forum;
