package dev.gloam.http.sticker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.guild.sticker.StickerFormatType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.ValidationException;
import org.junit.jupiter.api.Test;

/** Sticker uploads go as a multipart form that the offline Discord parses into a sticker. */
class StickerRequestsTest extends AgainstOfflineDiscord {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static Id<GuildMarker> guild() {
    return Id.of(discord.guildId());
  }

  @Test
  void anUploadedStickerHasTheFieldsOfTheForm() {
    Sticker created =
        client
            .createGuildSticker(guild(), "party", "tada", AttachmentFile.of("party.png", PNG))
            .description("time to celebrate")
            .send()
            .model();
    Sticker read = client.guildSticker(guild(), created.id()).send().model();
    assertThat(read.name()).isEqualTo("party");
    assertThat(read.tags()).isEqualTo("tada");
    assertThat(read.description()).contains("time to celebrate");
    assertThat(read.formatType()).isEqualTo(StickerFormatType.PNG);
    String form =
        discord.wireLog().stream()
            .filter(e -> e.summary().startsWith("POST") && e.summary().endsWith("/stickers"))
            .reduce((first, second) -> second)
            .orElseThrow()
            .body();
    assertThat(form)
        .contains("name=\"file\"; filename=\"party.png\"")
        .doesNotContain("payload_json");
  }

  @Test
  void aModifiedDescriptionIsClearedWithNull() {
    Sticker created =
        client
            .createGuildSticker(guild(), "clear", "x", AttachmentFile.of("clear.png", PNG))
            .description("soon gone")
            .send()
            .model();
    Sticker updated =
        client.updateGuildSticker(guild(), created.id()).description(null).send().model();
    assertThat(updated.description().orElse("")).isEmpty();
  }

  @Test
  void aLargeFileIsRefusedBeforeSending() {
    int before = discord.wireLog().size();
    byte[] large = new byte[512 * 1024 + 1];
    assertThatThrownBy(
            () ->
                client
                    .createGuildSticker(guild(), "large", "x", AttachmentFile.of("l.png", large))
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> assertThat(e.validationError().map(ValidationException::field)).contains("file"));
    assertThat(discord.wireLog()).hasSize(before);
  }
}
