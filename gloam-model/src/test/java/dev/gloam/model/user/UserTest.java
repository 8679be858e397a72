package dev.gloam.model.user;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.tree;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.guild.integration.IntegrationType;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.locale.DiscordLocale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class UserTest {
  @Test
  void currentUserWithEveryField() {
    String json = payload("current_user.json");
    User user = roundTrip(json, User.class);
    assertThat(Long.toUnsignedString(user.id().value())).isEqualTo("18446744073709551615");
    assertThat(user.displayName()).isEqualTo("Nelly");
    assertThat(user.isBot()).isFalse();
    assertThat(user.system()).contains(false);
    assertThat(user.mfaEnabled()).contains(true);
    assertThat(user.banner().orElseThrow().isAnimated()).isTrue();
    assertThat(user.accentColor()).contains(0xFF0000);
    assertThat(user.locale()).contains(DiscordLocale.ENGLISH_US);
    assertThat(user.verified()).contains(true);
    assertThat(user.email()).contains("nelly@discord.com");
    assertThat(user.premiumType()).contains(PremiumType.NITRO);
    assertThat(user.publicFlags()).contains(UserFlags.HYPESQUAD_ONLINE_HOUSE_1);

    UserFlags flags = user.flags().orElseThrow();
    assertThat(flags.contains(UserFlags.VERIFIED_BOT.with(UserFlags.HYPESQUAD_ONLINE_HOUSE_1)))
        .isTrue();
    assertThat(flags.toString())
        .isEqualTo("UserFlags[HYPESQUAD_ONLINE_HOUSE_1, VERIFIED_BOT, 0x20000000000]");

    AvatarDecorationData decoration = user.avatarDecorationData().orElseThrow();
    assertThat(decoration.asset().toString()).isEqualTo("a_fed43ab12698df65902ba06727e20c0e");
    assertThat(decoration.skuId()).isEqualTo(Id.parse("1144058844004233369"));

    Nameplate nameplate = user.collectibles().orElseThrow().nameplate().orElseThrow();
    assertThat(nameplate.palette()).isSameAs(NameplatePalette.COBALT);
    assertThat(nameplate.asset()).isEqualTo("nameplates/nameplates/twilight/");
    assertThat(nameplate.label()).isEmpty();

    UserPrimaryGuild primary = user.primaryGuild().orElseThrow();
    assertThat(primary.identityGuildId()).contains(Id.parse("1234647491267808778"));
    assertThat(primary.identityEnabled()).contains(true);
    assertThat(primary.tag()).contains("DISC");

    ObjectNode expected = (ObjectNode) tree(json);
    expected.remove("x_future_field");
    assertThat(written(user)).isEqualTo(expected);
  }

  @Test
  void partialUserWithNullsAndUnknownValues() {
    String json =
        "{\"id\":\"80351110224678912\",\"username\":\"nelly\",\"discriminator\":\"0\","
            + "\"global_name\":null,\"avatar\":null,\"premium_type\":7,"
            + "\"avatar_decoration_data\":null,\"collectibles\":{},"
            + "\"primary_guild\":{\"identity_guild_id\":null,\"identity_enabled\":null,"
            + "\"tag\":null,\"badge\":null}}";
    User user = roundTrip(json, User.class);
    assertThat(user.premiumType().orElseThrow().isKnown()).isFalse();
    assertThat(user.avatarDecorationData()).isEmpty();
    assertThat(user.collectibles()).contains(new Collectibles(Optional.empty()));
    assertThat(user.primaryGuild())
        .contains(
            new UserPrimaryGuild(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(user.displayName()).isEqualTo("nelly");
    // avatar_decoration_data may be absent or null: gloam writes it as absent.
    assertThat(ModelJson.write(user))
        .isEqualTo(json.replace("\"avatar_decoration_data\":null,", ""));
  }

  @Test
  void unknownNameplatePaletteIsKept() {
    String json =
        "{\"sku_id\":\"1\",\"asset\":\"nameplates/x/\",\"label\":\"\",\"palette\":\"ultraviolet\"}";
    Nameplate nameplate = roundTrip(json, Nameplate.class);
    assertThat(nameplate.palette().isKnown()).isFalse();
    assertThat(nameplate.palette().value()).isEqualTo("ultraviolet");
    assertThat(ModelJson.write(nameplate)).isEqualTo(json);
    assertThat(NameplatePalette.of("bubble_gum")).isSameAs(NameplatePalette.BUBBLE_GUM);
  }

  @Test
  void connectionsWithKnownAndUnknownServices() {
    String json = payload("connections.json");
    List<Connection> connections = List.of(roundTrip(json, Connection[].class));
    assertThat(connections).hasSize(3);
    Connection github = connections.get(0);
    assertThat(github.type()).isSameAs(ConnectionService.GITHUB);
    assertThat(github.revoked()).contains(false);
    assertThat(github.visibility()).isSameAs(ConnectionVisibility.EVERYONE);
    assertThat(github.showActivity()).isTrue();
    ConnectionIntegration integration = github.integrations().orElseThrow().get(0);
    assertThat(integration.id()).isEqualTo("12345-integration");
    assertThat(integration.type()).isEqualTo(IntegrationType.TWITCH);
    assertThat(integration.account().name()).isEqualTo("nellygh");
    assertThat(integration.guild().orElseThrow().id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(integration.guild().orElseThrow().icon()).isEmpty();
    assertThat(written(connections).get(0).get("integrations"))
        .isEqualTo(tree(json).get(0).get("integrations"));
    Connection steam = connections.get(1);
    assertThat(steam.type()).isSameAs(ConnectionService.STEAM);
    assertThat(steam.revoked()).isEmpty();
    assertThat(steam.integrations()).isEmpty();
    assertThat(steam.twoWayLink()).isTrue();
    assertThat(steam.visibility()).isSameAs(ConnectionVisibility.NONE);
    Connection other = connections.get(2);
    assertThat(other.type().isKnown()).isFalse();
    assertThat(other.visibility().value()).isEqualTo(5);
    assertThat(ConnectionService.of("amazon-music")).isSameAs(ConnectionService.AMAZON_MUSIC);

    tools.jackson.databind.JsonNode out = ModelJson.mapper().readTree(ModelJson.write(connections));
    assertThat(out.get(2).get("type").asString()).isEqualTo("fediverse");
    assertThat(out.get(2).get("visibility").asInt()).isEqualTo(5);
    assertThat(out.get(1).has("revoked")).isFalse();
  }

  @Test
  void applicationRoleConnection() {
    String json =
        "{\"platform_name\":\"Example Game\",\"platform_username\":\"nelly#1\","
            + "\"metadata\":{\"matches_won\":\"12\",\"verified\":\"1\"}}";
    ApplicationRoleConnection connection = roundTrip(json, ApplicationRoleConnection.class);
    assertThat(connection.platformName()).contains("Example Game");
    assertThat(connection.platformUsername()).contains("nelly#1");
    assertThat(connection.metadata()).isEqualTo(Map.of("matches_won", "12", "verified", "1"));
    assertThat(written(connection)).isEqualTo(tree(json));

    String empty = "{\"platform_name\":null,\"metadata\":{}}";
    ApplicationRoleConnection none = roundTrip(empty, ApplicationRoleConnection.class);
    assertThat(none.platformName()).isEmpty();
    assertThat(none.platformUsername()).isEmpty();
    assertThat(ModelJson.write(none)).isEqualTo(empty);
  }
}
