package dev.gloam.http.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.http.request.AttachmentFile;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import dev.gloam.validate.ValidationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessageRequestsTest {
  private OfflineDiscord discord;
  private Client client;
  private Id<ChannelMarker> channel;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
    client = Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
    channel = Id.of(discord.channelId());
  }

  @AfterEach
  void stop() {
    client.close();
    discord.close();
  }

  @Test
  void filesArriveByteForByteWithTheirDescriptions() throws Exception {
    byte[] png = new byte[256];
    for (int i = 0; i < png.length; i++) {
      png[i] = (byte) i;
    }
    byte[] text = "second file".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Message sent =
        client
            .createMessage(channel)
            .attachments(
                AttachmentFile.of("all-bytes.bin", png).description("every byte value"),
                AttachmentFile.of("note.txt", text))
            .send()
            .model();

    assertThat(sent.attachments()).hasSize(2);
    assertThat(sent.attachments().get(0).filename()).isEqualTo("all-bytes.bin");
    assertThat(sent.attachments().get(0).description()).contains("every byte value");
    try (HttpClient http = HttpClient.newHttpClient()) {
      assertThat(download(http, sent.attachments().get(0).url())).isEqualTo(png);
      assertThat(download(http, sent.attachments().get(1).url())).isEqualTo(text);
    }
  }

  private static byte[] download(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray())
        .body();
  }

  @Test
  void patchWithNullClearsContentAndEmbeds() {
    Message sent =
        client
            .createMessage(channel)
            .content("text")
            .embeds(embed("title"))
            .attachments(AttachmentFile.of("keep.txt", new byte[] {1, 2}))
            .send()
            .model();

    Message edited =
        client
            .updateMessage(channel, sent.id())
            .content(null)
            .embeds((List<Embed>) null)
            .send()
            .model();

    assertThat(edited.content()).isEmpty();
    assertThat(edited.embeds()).isEmpty();
    assertThat(client.message(channel, sent.id()).send().model().embeds()).isEmpty();
  }

  @Test
  void anEmptyMessageFailsBeforeSending() {
    int before = discord.messages(discord.channelId()).size();

    assertThatThrownBy(() -> client.createMessage(channel).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.VALIDATION);
              assertThat(e.getMessage()).contains("content");
            });
    assertThat(discord.messages(discord.channelId())).hasSize(before);
  }

  @Test
  void tooLongContentNamesTheFieldAndTheLimit() {
    assertThatThrownBy(() -> client.createMessage(channel).content("x".repeat(2001)).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.VALIDATION);
              assertThat(e.getCause()).isInstanceOf(ValidationException.class);
              ValidationException cause = (ValidationException) e.getCause();
              assertThat(cause.field()).isEqualTo("content");
              assertThat(cause.limit()).isEqualTo("2000");
            });
  }

  @Test
  void componentsV2MessagesCarryTheFlagAndRefuseContent() {
    Message sent =
        client
            .createMessage(channel)
            .flags(MessageFlags.IS_COMPONENTS_V2)
            .components(new TextDisplay(Optional.empty(), "hello **world**"))
            .send()
            .model();
    assertThat(sent.flags().orElseThrow().contains(MessageFlags.IS_COMPONENTS_V2)).isTrue();

    assertThatThrownBy(
            () ->
                client
                    .createMessage(channel)
                    .flags(MessageFlags.IS_COMPONENTS_V2)
                    .content("not allowed")
                    .components(new TextDisplay(Optional.empty(), "x"))
                    .send())
        .hasMessageContaining("IS_COMPONENTS_V2");
  }

  static Embed embed(String title) {
    return new Embed(
        Optional.of(title),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
