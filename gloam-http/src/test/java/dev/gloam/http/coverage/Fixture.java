package dev.gloam.http.coverage;

import dev.gloam.http.Client;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.testkit.OfflineDiscord;

/**
 * What every {@link RouteCalls} works with: an offline Discord without rate limits, a client that
 * talks to it, and the ids of the world it starts with (one guild with a text channel, the bot and
 * one human member).
 *
 * @param discord the offline Discord
 * @param client the client under test
 */
record Fixture(OfflineDiscord discord, Client client) {
  Id<GuildMarker> guildId() {
    return Id.of(discord.guildId());
  }

  Id<ChannelMarker> channelId() {
    return Id.of(discord.channelId());
  }

  Id<UserMarker> botUserId() {
    return Id.of(discord.botUserId());
  }

  Id<UserMarker> humanUserId() {
    return Id.of(discord.humanUserId());
  }

  Id<ApplicationMarker> applicationId() {
    return Id.of(discord.applicationId());
  }
}
