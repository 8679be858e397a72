package dev.gloam.benchmarks;

import discord4j.core.DiscordClient;
import discord4j.core.DiscordClientBuilder;
import discord4j.rest.request.RouterOptions;

/**
 * Points Discord4J 3.3.1 at the testkit: its REST base URL is the testkit's, which then tells it
 * the gateway URL, as Discord's {@code GET /gateway/bot} does. Both harnesses that run Discord4J
 * use it.
 */
final class Discord4jAtTestkit {
  private Discord4jAtTestkit() {}

  /**
   * Builds a Discord4J client whose requests go to the testkit.
   *
   * @param token the bot token the testkit accepts
   * @param restUrl the testkit's REST base URL
   * @return the client, with Discord4J's defaults otherwise
   */
  static DiscordClient client(String token, String restUrl) {
    return DiscordClientBuilder.create(token)
        .setExtraOptions(
            options ->
                new RouterOptions(
                    options.getAuthorizationScheme(),
                    options.getToken(),
                    options.getReactorResources(),
                    options.getExchangeStrategies(),
                    options.getResponseTransformers(),
                    options.getGlobalRateLimiter(),
                    options.getRequestQueueFactory(),
                    restUrl))
        .build();
  }
}
