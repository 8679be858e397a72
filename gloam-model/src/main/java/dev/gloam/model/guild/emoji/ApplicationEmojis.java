package dev.gloam.model.guild.emoji;

import java.util.List;

/**
 * The emojis an application owns. Maps the response of Discord's "List Application Emojis"
 * (resources/emoji), which wraps the list in an {@code items} key.
 *
 * @param items the application's emojis, each with the user who uploaded it
 */
public record ApplicationEmojis(List<Emoji> items) {}
