package dev.gloam.util.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.util.link.LinkException.Kind;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook URLs read and written as Discord's webhook {@code url} field has them. */
class WebhookLinkTest {
  private static final String TOKEN =
      "3d89bb7572e0fb30d8128367b3b1b44fecd1726de135cbe28a41f8b2f777c372ba2939e72279b94526ff";
  private static final Id<WebhookMarker> ID = Id.of(223_704_706_495_545_344L);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://discord.com/api/webhooks/223704706495545344/" + TOKEN,
        "https://discordapp.com/api/webhooks/223704706495545344/" + TOKEN,
        "https://canary.discord.com/api/webhooks/223704706495545344/" + TOKEN,
        "https://ptb.discord.com/api/webhooks/223704706495545344/" + TOKEN,
        "https://canary.discordapp.com/api/webhooks/223704706495545344/" + TOKEN,
        "https://discord.com/api/v10/webhooks/223704706495545344/" + TOKEN,
        "https://discord.com/api/v9/webhooks/223704706495545344/" + TOKEN,
        "https://discord.com/api/webhooks/223704706495545344/" + TOKEN + "/",
        "https://discord.com/api/webhooks/223704706495545344/" + TOKEN + "?wait=true",
        "https://discord.com/api/webhooks/223704706495545344/" + TOKEN + "/?thread_id=1234",
        "https://discord.com/api/webhooks/223704706495545344/" + TOKEN + "#top",
        "HTTPS://Discord.COM/api/webhooks/223704706495545344/" + TOKEN,
      })
  void readsEveryFormOfAWebhookUrl(String url) {
    assertThat(WebhookLink.parse(url)).isEqualTo(WebhookLink.of(ID, TOKEN));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://discord.com/api/webhooks/223704706495545344",
        "https://discord.com/api/webhooks/223704706495545344/",
        "https://ptb.discord.com/api/v10/webhooks/223704706495545344?wait=true",
      })
  void readsAUrlWithoutToken(String url) {
    WebhookLink link = WebhookLink.parse(url);
    assertThat(link.id()).isEqualTo(ID);
    assertThat(link.token()).isEmpty();
  }

  @Test
  void writesTheUrlWithTheTokenOnlyWhenAskedByName() {
    WebhookLink link = WebhookLink.of(ID, TOKEN);
    assertThat(link.toUrl()).isEqualTo("https://discord.com/api/webhooks/223704706495545344");
    assertThat(link.toUrlWithToken())
        .isEqualTo("https://discord.com/api/webhooks/223704706495545344/" + TOKEN);
    assertThat(WebhookLink.of(ID).toUrlWithToken()).isEqualTo(WebhookLink.of(ID).toUrl());
  }

  @Test
  void toStringNeverShowsTheToken() {
    assertThat(WebhookLink.of(ID, TOKEN))
        .hasToString("WebhookLink[id=223704706495545344, token=<hidden>]");
    assertThat(WebhookLink.of(ID)).hasToString("WebhookLink[id=223704706495545344, token=<none>]");
  }

  @Test
  void roundTripsThroughTheUrl() {
    Random random = new Random(8);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.";
    for (int i = 0; i < 1_000; i++) {
      Id<WebhookMarker> id = Id.of(random.nextLong() | 1);
      StringBuilder token = new StringBuilder();
      for (int j = random.nextInt(1, 100); j > 0; j--) {
        token.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      WebhookLink link = WebhookLink.of(id, token.toString());
      assertThat(WebhookLink.parse(link.toUrlWithToken())).isEqualTo(link);
      assertThat(WebhookLink.parse(link.toUrl())).isEqualTo(WebhookLink.of(id));
    }
    WebhookLink largest = WebhookLink.of(Id.of(-1L), TOKEN);
    assertThat(largest.toUrl()).endsWith("/18446744073709551615");
    assertThat(WebhookLink.parse(largest.toUrlWithToken())).isEqualTo(largest);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://discord.com/api/webhooks/223704706495545344/{t}      | SCHEME",
        "discord.com/api/webhooks/223704706495545344/{t}             | SCHEME",
        "ftp://discord.com/api/webhooks/223704706495545344/{t}       | SCHEME",
        "https://example.com/api/webhooks/223704706495545344/{t}     | HOST",
        "https://discord.gg/api/webhooks/223704706495545344/{t}      | HOST",
        "https://www.discord.com/api/webhooks/223704706495545344/{t} | HOST",
        "https://evil.discord.com.example/api/webhooks/1/{t}         | HOST",
        "https://discord.com:443/api/webhooks/223704706495545344/{t} | HOST",
        "https://{t}@discord.com/api/webhooks/223704706495545344/x   | HOST",
        "https:///api/webhooks/223704706495545344/{t}                | HOST",
        "https://discord.com/webhooks/223704706495545344/{t}         | PATH",
        "https://discord.com/api/hooks/223704706495545344/{t}        | PATH",
        "https://discord.com/api/v10/v10/webhooks/1/{t}              | PATH",
        "https://discord.com/api/webhooks                            | PATH",
        "https://discord.com/api/webhooks/                           | PATH",
        "https://discord.com/api/webhooks/223704706495545344/{t}/slack | PATH",
        "https://discord.com/api/webhooks/223704706495545344/{t}/github | PATH",
        "https://discord.com/api/webhooks/223704706495545344/{t}/messages/1 | PATH",
        "https://discord.com/api/webhooks/223704706495545344//{t}    | PATH",
        "https://discord.com/api/webhooks/223704706495545344/{t}//   | PATH",
        "https://discord.com/api/webhooks/{t}                        | ID",
        "https://discord.com/api/webhooks/{t}/223704706495545344     | ID",
        "https://discord.com/api/webhooks/0/{t}                      | ID",
        "https://discord.com/api/webhooks/0223704706495545344/{t}    | ID",
        "https://discord.com/api/webhooks/+223704706495545344/{t}    | ID",
        "https://discord.com/api/webhooks/-223704706495545344/{t}    | ID",
        "https://discord.com/api/webhooks/18446744073709551616/{t}   | ID",
        "https://discord.com/api/webhooks/123456789012345678901/{t}  | ID",
        "https://discord.com/api/webhooks/２２３/{t}                   | ID",
        "https://discord.com/api/webhooks/223704706495545344/{t}%20  | TOKEN",
        "https://discord.com/api/webhooks/223704706495545344/{t}~x   | TOKEN",
      })
  void refusesMalformedUrlsWithoutEchoingTheToken(String template, Kind kind) {
    String url = template.replace("{t}", TOKEN);
    assertThatThrownBy(() -> WebhookLink.parse(url))
        .isInstanceOfSatisfying(
            LinkException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.getMessage())
                  .doesNotContain(TOKEN)
                  .doesNotContain(TOKEN.substring(0, 8));
              assertThat(e).hasNoCause();
            });
    assertThat(WebhookLink.tryParse(url)).isEmpty();
  }

  @Test
  void refusesABadTokenWithoutEchoingIt() {
    assertThatThrownBy(() -> WebhookLink.of(ID, ""))
        .isInstanceOfSatisfying(
            LinkException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TOKEN))
        .hasMessage("the webhook token is empty");
    assertThatThrownBy(() -> WebhookLink.of(ID, "secret/part"))
        .isInstanceOf(LinkException.class)
        .hasMessageEndingWith("at position 6")
        .message()
        .doesNotContain("secret");
    assertThatThrownBy(() -> new WebhookLink(ID, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new WebhookLink(null, Optional.empty()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void tryParseFindsAValidUrl() {
    assertThat(WebhookLink.tryParse("https://discord.com/api/webhooks/5/abc"))
        .contains(WebhookLink.of(Id.of(5), "abc"));
    assertThat(WebhookLink.tryParse("not a url")).isEmpty();
  }
}
