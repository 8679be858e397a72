package dev.gloam.http.support;

import dev.gloam.http.Client;
import dev.gloam.testkit.OfflineDiscord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of test classes that send requests to an offline Discord with its default world and rate
 * limits: one offline Discord and one client per test class, started before its first test and
 * closed after its last.
 */
public abstract class AgainstOfflineDiscord {
  /** The offline Discord of the running test class. */
  protected static OfflineDiscord discord;

  /** A client with the offline Discord's bot token and base URL. */
  protected static Client client;

  /** For subclasses. */
  protected AgainstOfflineDiscord() {}

  @BeforeAll
  static void startOfflineDiscord() {
    discord = OfflineDiscord.start();
    client = Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
  }

  @AfterAll
  static void stopOfflineDiscord() {
    client.close();
    discord.close();
  }
}
