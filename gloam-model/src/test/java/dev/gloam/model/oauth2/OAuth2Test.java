package dev.gloam.model.oauth2;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.EmbeddedApplication;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.user.UserFlags;
import dev.gloam.model.value.ImageHash;
import dev.gloam.model.webhook.WebhookType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OAuth2Test {
  @Test
  void authorizationInformationWithAnUnknownScope() {
    AuthorizationInformation info =
        roundTrip(payload("authorization_information.json"), AuthorizationInformation.class);
    assertThat(info.scopes())
        .containsExactly(
            OAuth2Scope.GUILDS_JOIN, OAuth2Scope.IDENTIFY, OAuth2Scope.of("sdk.social_layer"));
    assertThat(info.scopes().get(2).isKnown()).isFalse();
    assertThat(info.expires()).isEqualTo(Instant.parse("2021-01-23T02:33:17.017Z"));
    assertThat(info.user().orElseThrow().publicFlags()).contains(UserFlags.VERIFIED_DEVELOPER);
    EmbeddedApplication app = info.application();
    assertThat(app.id()).isEqualTo(Id.of(159799960412356608L));
    assertThat(app.name()).isEqualTo("AIRHORN SOLUTIONS");
    assertThat(app.icon()).contains(ImageHash.parse("f03590d3eb764081d154a66340ea7d6d"));
    assertThat(app.description()).isEmpty();
    assertThat(app.botPublic()).contains(true);
    assertThat(app.botRequireCodeGrant()).contains(false);
    assertThat(app.verifyKey()).hasValueSatisfying(key -> assertThat(key).startsWith("c8cde6a3"));
    assertThat(app.flags()).isEmpty();
    assertThat(written(info).get("application").has("hook")).isFalse();
    assertThat(written(info).get("scopes").get(2).asString()).isEqualTo("sdk.social_layer");

    String withoutUser =
        "{\"application\":{\"id\":\"18446744073709551615\",\"name\":\"Bot\",\"icon\":null,"
            + "\"description\":\"A bot\"},"
            + "\"scopes\":[\"bot\"],\"expires\":\"2021-01-23T02:33:17.017Z\"}";
    AuthorizationInformation bot = roundTrip(withoutUser, AuthorizationInformation.class);
    assertThat(bot.user()).isEmpty();
    assertThat(ModelJson.write(bot)).isEqualTo(withoutUser);
  }

  @Test
  void scopeNamesMatchDiscords() {
    assertThat(OAuth2Scope.APPLICATIONS_COMMANDS_PERMISSIONS_UPDATE.value())
        .isEqualTo("applications.commands.permissions.update");
    assertThat(OAuth2Scope.DM_CHANNELS_READ.value()).isEqualTo("dm_channels.read");
    assertThat(OAuth2Scope.of("webhook.incoming")).isSameAs(OAuth2Scope.WEBHOOK_INCOMING);
  }

  @Test
  void webhookTokenResponse() {
    AccessTokenResponse token =
        roundTrip(payload("access_token_webhook.json"), AccessTokenResponse.class);
    assertThat(token.tokenType()).isEqualTo("Bearer");
    assertThat(token.expiresIn()).isEqualTo(604800);
    assertThat(token.refreshToken()).contains("PvPL7ELyMDc1836457XCDh1Y8jPbRm");
    assertThat(token.scopes()).containsExactly(OAuth2Scope.WEBHOOK_INCOMING, OAuth2Scope.IDENTIFY);
    assertThat(token.webhook().orElseThrow().type()).isSameAs(WebhookType.INCOMING);
    assertThat(token.webhook().orElseThrow().id()).isEqualTo(Id.parse("347114750880120863"));
    assertThat(token.toString())
        .doesNotContain(token.accessToken())
        .doesNotContain(token.refreshToken().orElseThrow())
        .doesNotContain(token.webhook().orElseThrow().token().orElseThrow());
  }

  @Test
  void botAuthorizationTokenCarriesTheGuild() {
    AccessTokenResponse token =
        roundTrip(payload("access_token_bot.json"), AccessTokenResponse.class);
    assertThat(token.scopes()).containsExactly(OAuth2Scope.BOT);
    assertThat(token.guild().orElseThrow().id()).isEqualTo(Id.parse("2909267986347357250"));
    assertThat(token.guild().orElseThrow().name()).isEqualTo("SomeTest");
    assertThat(token.webhook()).isEmpty();
  }

  @Test
  void clientCredentialsTokenHasNoRefreshToken() {
    String json =
        "{\"access_token\":\"6qrZcUqja7812RVdnEKjpzOL4CvHBFG\",\"token_type\":\"Bearer\","
            + "\"expires_in\":604800,\"scope\":\"identify connections\"}";
    AccessTokenResponse token = roundTrip(json, AccessTokenResponse.class);
    assertThat(token.refreshToken()).isEmpty();
    assertThat(token.scopes()).containsExactly(OAuth2Scope.IDENTIFY, OAuth2Scope.CONNECTIONS);
    assertThat(ModelJson.write(token)).isEqualTo(json);
  }
}
