package dev.gloam.model.guild.widget;

/**
 * What a widget member is doing. Maps Discord's {@code WidgetActivity} (OpenAPI description).
 *
 * @param name the name of the activity, such as a game
 */
public record WidgetActivity(String name) {}
