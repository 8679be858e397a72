package dev.gloam.model.guild.scheduledevent;

import java.util.Map;

/**
 * How many users subscribed to a scheduled event and to some of its exceptions. Maps the OpenAPI
 * description's {@code ScheduledEventUserCountResponse}, the answer of {@code GET
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/users/counts}; Discord's prose
 * docs do not describe it yet.
 *
 * @param guildScheduledEventCount the number of users subscribed to the event
 * @param guildScheduledEventExceptionCounts the number of users per exception that was asked about,
 *     keyed by the exception's id as Discord writes it
 */
public record GuildScheduledEventUserCounts(
    int guildScheduledEventCount, Map<String, Integer> guildScheduledEventExceptionCounts) {}
