package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Get Guild Integrations and Delete Guild Integration, from the guild's state. */
class IntegrationRoutesTest {

  /** GUILDS, GUILD_MODERATION, GUILD_INTEGRATIONS. */
  static final long INTENTS = 1 | 1 << 2 | 1 << 4;

  OfflineDiscord discord;
  RestClient bot;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
  }

  @AfterEach
  void stop() {
    bot.close();
    discord.close();
  }

  static JsonNode dispatch(GatewayClient gateway, String type) {
    return gateway.awaitDispatch(type, 50);
  }

  @Test
  void theBotsIntegrationIsListedAndDeletingItRemovesTheBot() {
    String list = "/guilds/" + discord.guildId() + "/integrations";
    JsonNode integrations = ResponseSchemas.assertValid("GET", list, bot.get(list));
    assertThat(integrations).hasSize(1);
    JsonNode own = integrations.get(0);
    String applicationId = Long.toString(discord.applicationId());
    assertThat(own.path("id").asString()).isEqualTo(applicationId);
    assertThat(own.path("type").asString()).isEqualTo("discord");
    assertThat(own.path("application").path("bot").path("id").asString())
        .isEqualTo(Long.toString(discord.botUserId()));
    assertThat(own.path("user").path("id").asString())
        .isEqualTo(Long.toString(discord.humanUserId()));

    HttpResponse<String> unknown = bot.send("DELETE", list + "/123", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(RestClient.json(unknown).path("code").asInt()).isEqualTo(10005);

    try (GatewayClient gateway = GatewayClient.connect(discord.gatewayUrl(), false)) {
      gateway.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      assertThat(bot.send("DELETE", list + "/" + applicationId, null).statusCode()).isEqualTo(204);
      JsonNode audit = dispatch(gateway, "GUILD_AUDIT_LOG_ENTRY_CREATE");
      assertThat(audit.path("action_type").asInt()).isEqualTo(82);
      assertThat(dispatch(gateway, "INTEGRATION_DELETE").path("application_id").asString())
          .isEqualTo(applicationId);
      assertThat(dispatch(gateway, "GUILD_DELETE").path("id").asString())
          .isEqualTo(Long.toString(discord.guildId()));
    }
    HttpResponse<String> gone = bot.get("/guilds/" + discord.guildId());
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(RestClient.json(gone).path("code").asInt()).isEqualTo(10004);
  }

  @Test
  void listingNeedsManageGuild() {
    discord.setBotPermissions(discord.guildId(), Permission.of(Permission.VIEW_CHANNEL));
    HttpResponse<String> refused = bot.get("/guilds/" + discord.guildId() + "/integrations");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(RestClient.json(refused).path("code").asInt()).isEqualTo(50013);
  }
}
