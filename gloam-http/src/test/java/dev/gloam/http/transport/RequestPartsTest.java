package dev.gloam.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Multipart;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The multipart encoding and how bodies describe themselves. */
class RequestPartsTest {
  @Test
  void multipartHasEveryPartBetweenBoundaries() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    RequestBody body =
        new Multipart()
            .text("payload_json", "{\"content\":\"hi\"}")
            .file("files[0]", AttachmentFile.of("a \"b\".png", png).contentType("image/png"))
            .build();
    assertThat(body).isInstanceOf(RequestBody.Multipart.class);
    String boundary = ((RequestBody.Multipart) body).boundary();
    assertThat(body.contentType()).isEqualTo("multipart/form-data; boundary=" + boundary);
    String text = new String(body.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(text)
        .startsWith("--" + boundary + "\r\n")
        .contains("Content-Disposition: form-data; name=\"payload_json\"\r\n")
        .contains("Content-Type: application/json\r\n\r\n{\"content\":\"hi\"}\r\n")
        .contains(
            "name=\"files[0]\"; filename=\"a %22b%22.png\"\r\nContent-Type: image/png\r\n\r\n")
        .endsWith("\r\n--" + boundary + "--\r\n");
    // The file's bytes arrive unchanged, including bytes that are not valid UTF-8.
    String expectedFile = new String(png, StandardCharsets.ISO_8859_1);
    assertThat(text).contains("\r\n\r\n" + expectedFile + "\r\n--" + boundary);
  }

  @Test
  void imagesGoAsDataUrisAndNullClearsThem() {
    try (Client client =
        Client.builder().token("t").baseUrl(java.net.URI.create("http://127.0.0.1:9")).build()) {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
      ApiRequest avatar = client.updateCurrentUser().avatar(DataUri.png(png)).toApiRequest();
      assertThat(new String(avatar.body().bytes(), StandardCharsets.UTF_8))
          .isEqualTo("{\"avatar\":\"data:image/png;base64,iVBORw==\"}");
      ApiRequest cleared =
          client.updateGuild(dev.gloam.model.id.Id.of(1)).icon(null).banner(null).toApiRequest();
      assertThat(new String(cleared.body().bytes(), StandardCharsets.UTF_8))
          .isEqualTo("{\"icon\":null,\"banner\":null}");
      assertThat(DataUri.gif(png).toString()).isEqualTo("DataUri[image/gif, 4 bytes]");
    }
  }

  @Test
  void filesDescribeThemselvesWithoutContent() {
    AttachmentFile file =
        AttachmentFile.of("secret.txt", "token=abc".getBytes(StandardCharsets.UTF_8));
    assertThat(file.toString()).isEqualTo("AttachmentFile[secret.txt, 9 bytes]");
    assertThat(file.description("alt").description()).isEqualTo("alt");
  }
}
