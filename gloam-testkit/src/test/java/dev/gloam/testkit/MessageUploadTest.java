package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Create and edit message with multipart/form-data: files become attachments served back. */
class MessageUploadTest extends MessageFamilyTestBase {

  static final String BOUNDARY = "gloam-boundary-42";

  HttpResponse<String> multipart(String method, String path, String payloadJson, String... files) {
    StringBuilder body = new StringBuilder();
    body.append("--").append(BOUNDARY).append("\r\n");
    body.append("Content-Disposition: form-data; name=\"payload_json\"\r\n");
    body.append("Content-Type: application/json\r\n\r\n");
    body.append(payloadJson).append("\r\n");
    for (int i = 0; i + 1 < files.length; i += 2) {
      body.append("--").append(BOUNDARY).append("\r\n");
      body.append("Content-Disposition: form-data; name=\"files[")
          .append(i / 2)
          .append("]\"; filename=\"")
          .append(files[i])
          .append("\"\r\n");
      body.append("Content-Type: application/octet-stream\r\n\r\n");
      body.append(files[i + 1]).append("\r\n");
    }
    body.append("--").append(BOUNDARY).append("--\r\n");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bot " + discord.botToken())
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return send(request);
  }

  static HttpResponse<String> send(HttpRequest request) {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void filesBecomeAttachmentsWhoseUrlsServeTheirContent() {
    String path = channelPath() + "/messages";
    JsonNode message;
    try (GatewayClient client = gateway(GUILDS | GUILD_MESSAGES)) {
      HttpResponse<String> response =
          multipart(
              "POST",
              path,
              "{\"content\":\"files\",\"attachments\":[{\"id\":0,\"description\":\"notes\"},"
                  + "{\"id\":1,\"filename\":\"renamed.json\",\"is_spoiler\":true}]}",
              "notes.txt",
              "héllo wörld",
              "data.json",
              "{\"a\":1}");
      message = ResponseSchemas.assertValid("POST", path, response);
      JsonNode event = client.nextDispatch("MESSAGE_CREATE").path("d");
      assertThat(event.path("attachments").size()).isEqualTo(2);
    }
    JsonNode attachments = message.path("attachments");
    assertThat(attachments.size()).isEqualTo(2);
    JsonNode notes = attachments.get(0);
    assertThat(notes.path("filename").asString()).isEqualTo("notes.txt");
    assertThat(notes.path("description").asString()).isEqualTo("notes");
    assertThat(notes.path("content_type").asString()).startsWith("text/plain");
    assertThat(notes.path("size").asInt())
        .isEqualTo("héllo wörld".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertThat(notes.path("proxy_url").asString()).isEqualTo(notes.path("url").asString());
    JsonNode renamed = attachments.get(1);
    assertThat(renamed.path("filename").asString()).isEqualTo("renamed.json");
    assertThat(renamed.path("content_type").asString()).isEqualTo("application/json");
    assertThat(renamed.path("flags").asInt()).isEqualTo(8);

    HttpResponse<String> file =
        send(HttpRequest.newBuilder(URI.create(notes.path("url").asString())).GET().build());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo("héllo wörld");
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));

    // An edit keeps the attachments it lists and appends new files.
    String messagePath = path + "/" + message.path("id").asString();
    HttpResponse<String> edited =
        multipart(
            "PATCH",
            messagePath,
            "{\"attachments\":[{\"id\":\"" + renamed.path("id").asString() + "\"},{\"id\":0}]}",
            "more.txt",
            "more");
    JsonNode after = ResponseSchemas.assertValid("PATCH", messagePath, edited);
    assertThat(after.path("attachments").findValuesAsString("filename"))
        .containsExactly("renamed.json", "more.txt");
    assertThat(
            RestClient.json(bot.get(messagePath))
                .path("attachments")
                .findValuesAsString("filename"))
        .containsExactly("renamed.json", "more.txt");
  }

  @Test
  void binaryFilesKeepEveryByte() {
    byte[] file = new byte[512];
    for (int i = 0; i < file.length; i++) {
      file[i] = (byte) (i * 7);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n"
                + "{\"content\":\"bytes ✓\"}\r\n--"
                + BOUNDARY
                + "\r\n"
                + "Content-Disposition: form-data; name=\"files[0]\"; filename=\"noise.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String path = channelPath() + "/messages";
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bot " + discord.botToken())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    JsonNode message = ResponseSchemas.assertValid("POST", path, created);
    assertThat(message.path("content").asString()).isEqualTo("bytes ✓");
    JsonNode attachment = message.path("attachments").get(0);
    assertThat(attachment.path("size").asInt()).isEqualTo(file.length);
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<byte[]> served =
          http.send(
              HttpRequest.newBuilder(URI.create(attachment.path("url").asString())).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.body()).isEqualTo(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void uploadingNeedsAttachFiles() {
    botMayOnly(Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES);
    HttpResponse<String> refused =
        multipart("POST", channelPath() + "/messages", "{}", "a.txt", "a");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(RestClient.json(refused).path("code").asInt()).isEqualTo(50013);
    HttpResponse<String> missing =
        send(
            HttpRequest.newBuilder(
                    URI.create(discord.restUrl().resolve("/attachments/1/2/none.txt").toString()))
                .GET()
                .build());
    assertThat(missing.statusCode()).isEqualTo(404);
  }
}
