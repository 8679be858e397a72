package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A guild of 100,000 members: built quickly, listed sparingly, paged through in chunks. */
class LargeGuildTest {

  static final long GUILDS = 1;
  static final long GUILD_MEMBERS = 1 << 1;
  static final long GUILD_PRESENCES = 1 << 8;

  static OfflineDiscord discord;
  static CreatedGuild big;

  @BeforeAll
  static void build() {
    discord = OfflineDiscord.start();
    // The owner and the bot make it 100,000.
    big = discord.newGuild("big guild").textChannel("general").members(99_998).create();
  }

  @AfterAll
  static void stop() {
    discord.close();
  }

  @Test
  void theGuildHasEveryMemberOnce() {
    assertThat(big.memberCount()).isEqualTo(100_000);
    assertThat(Arrays.stream(big.memberIds()).distinct().count()).isEqualTo(100_000);
    assertThat(discord.world().guild(big.id()).orElseThrow().memberCount()).isEqualTo(100_000);
    long last = big.memberIds()[99_999];
    assertThat(discord.world().user(last).orElseThrow().username()).startsWith("member");
  }

  @Test
  void guildCreateListsOnlyTheBotAndRequestGuildMembersPagesThroughEveryone() {
    // Plain JSON: 45 MB of members through a compressor would test the compressor, not paging.
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), Compression.NONE)) {
      client.next();
      client.identify(discord.botToken(), GUILDS | GUILD_MEMBERS | GUILD_PRESENCES);
      client.nextDispatch("READY");
      client.nextDispatch("GUILD_CREATE");
      JsonNode create = client.nextDispatch("GUILD_CREATE").path("d");
      assertThat(create.path("id").asString()).isEqualTo(Long.toString(big.id()));
      assertThat(create.path("large").asBoolean()).isTrue();
      assertThat(create.path("member_count").asInt()).isEqualTo(100_000);
      // Offline members of a large guild are left out: only the bot is listed.
      assertThat(create.path("members")).hasSize(1);
      assertThat(create.path("members").get(0).path("user").path("id").asString())
          .isEqualTo(Long.toString(discord.botUserId()));

      client.send(
          """
          {"op":8,"d":{"guild_id":"%d","query":"","limit":0,"nonce":"everyone"}}\
          """
              .formatted(big.id()));
      Set<String> seen = new HashSet<>();
      int members = 0;
      for (int index = 0; index < 100; index++) {
        JsonNode chunk = client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d");
        assertThat(chunk.path("chunk_index").asInt()).isEqualTo(index);
        assertThat(chunk.path("chunk_count").asInt()).isEqualTo(100);
        assertThat(chunk.path("nonce").asString()).isEqualTo("everyone");
        assertThat(chunk.path("guild_id").asString()).isEqualTo(Long.toString(big.id()));
        assertThat(chunk.path("members")).hasSize(1000);
        for (JsonNode member : chunk.path("members")) {
          seen.add(member.path("user").path("id").asString());
          members++;
        }
      }
      assertThat(members).isEqualTo(100_000);
      assertThat(seen)
          .isEqualTo(
              Arrays.stream(big.memberIds()).mapToObj(Long::toString).collect(Collectors.toSet()));

      // By ids: a hundred of them, answered from the guild's map.
      long[] ids = Arrays.copyOfRange(big.memberIds(), 50_000, 50_100);
      String list =
          Arrays.stream(ids).mapToObj(id -> "\"" + id + "\"").collect(Collectors.joining(","));
      client.send(
          """
          {"op":8,"d":{"guild_id":"%d","user_ids":[%s]}}\
          """
              .formatted(big.id(), list));
      JsonNode byIds = client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d");
      assertThat(byIds.path("chunk_count").asInt()).isEqualTo(1);
      assertThat(byIds.path("members").findValuesAsString("id"))
          .containsExactlyElementsOf(Arrays.stream(ids).mapToObj(Long::toString).toList());
      assertThat(byIds.has("not_found")).isFalse();
    }
  }

  @Test
  void manyMoreMembersCanJoinAnExistingGuild() {
    CreatedGuild grown = discord.newGuild("grown").create();
    long[] added = discord.addMembersWithoutEvents(grown.id(), 20_000);
    assertThat(added).hasSize(20_000).doesNotHaveDuplicates();
    assertThat(discord.world().guild(grown.id()).orElseThrow().memberCount()).isEqualTo(20_002);
  }
}
