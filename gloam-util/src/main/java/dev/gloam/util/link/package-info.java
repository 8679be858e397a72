/**
 * Discord's links, read and written with typed ids: webhook URLs ({@link
 * dev.gloam.util.link.WebhookLink}, whose token never shows in {@code toString} or errors) and the
 * client's jump links to a guild, channel or message ({@link dev.gloam.util.link.JumpLink}). Bad
 * input raises a {@link dev.gloam.util.link.LinkException} with a kind; every parser also has a
 * {@code tryParse} that returns an empty {@code Optional}.
 */
package dev.gloam.util.link;
