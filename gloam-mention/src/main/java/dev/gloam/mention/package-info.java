/**
 * Discord's message markup for mentions, custom emojis, slash commands, timestamps and guild
 * navigation: {@link dev.gloam.mention.Mentions} writes it, {@link dev.gloam.mention.Mention#parse}
 * reads one whole mention, and {@link dev.gloam.mention.MentionScanner} finds every mention in a
 * text with its position. Maps the "Message Formatting" section of Discord's reference.
 *
 * <pre>{@code
 * String hello = "Welcome " + Mentions.user(userId) + ", see " + Mentions.channel(rulesId);
 * MentionScanner.scan(hello, UserMention.class).forEach(found -> greet(found.mention().id()));
 * }</pre>
 */
package dev.gloam.mention;
