package dev.gloam.model.channel.message.attachment;

import static dev.gloam.model.channel.message.MessagePayloads.assertWritesBack;
import static dev.gloam.model.channel.message.MessagePayloads.load;
import static dev.gloam.model.channel.message.MessagePayloads.roundTrip;
import static dev.gloam.model.channel.message.MessagePayloads.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AttachmentTest {
  @Test
  void voiceMessagesClipsAndPlainFilesAreRead() {
    List<Attachment> attachments = roundTrip(load("showcase.json"), Message.class).attachments();

    Attachment voice = attachments.get(0);
    assertThat(voice.durationSecs()).contains(4.52);
    assertThat(voice.waveform()).contains("AAAAGBgYGBgYGBgYGBgYGBgYGBgYGBgYGA==");
    assertThat(voice.contentType()).contains("audio/ogg");
    assertThat(voice.ephemeral()).contains(false);
    assertThat(voice.flags()).contains(AttachmentFlags.NONE);

    Attachment clip = attachments.get(1);
    AttachmentFlags flags = clip.flags().orElseThrow();
    assertThat(flags.contains(AttachmentFlags.IS_CLIP.with(AttachmentFlags.IS_SPOILER))).isTrue();
    assertThat(flags.contains(AttachmentFlags.IS_ANIMATED)).isFalse();
    assertThat(flags.bits()).isEqualTo((1L << 20) | 9);
    assertThat(flags.toString()).isEqualTo("AttachmentFlags[IS_CLIP, IS_SPOILER, 0x100000]");
    assertThat(clip.size()).isEqualTo(1048576);
    assertThat(clip.title()).contains("Great play");
    assertThat(clip.clipParticipants().orElseThrow().getFirst().username()).isEqualTo("human");
    assertThat(clip.clipCreatedAt()).contains(Instant.parse("2026-11-28T09:58:00Z"));

    Attachment file = attachments.get(2);
    assertThat(file.id()).isEqualTo(Id.of(1311234567890140003L));
    assertThat(file.contentType()).isEmpty();
    assertThat(file.flags()).isEmpty();
  }

  @Test
  void nullSizesReadAsEmptyAndAreOmitted() {
    String json =
        "{\"id\":\"18446744073709551615\",\"filename\":\"a.bin\",\"size\":3,\"url\":\"u\","
            + "\"proxy_url\":\"p\",\"height\":null,\"width\":null,\"x_unknown_future_field\":1}";
    Attachment attachment = roundTrip(json, Attachment.class);
    assertThat(attachment.id().toString()).isEqualTo("18446744073709551615");
    assertThat(attachment.height()).isEmpty();
    assertThat(attachment.width()).isEmpty();
    JsonNode written = tree(ModelJson.write(attachment));
    assertThat(written.has("height")).isFalse();
    assertThat(written.has("width")).isFalse();
    assertThat(written.has("x_unknown_future_field")).isFalse();
  }

  @Test
  void voiceMessageFlagAndRequestsForNewAndKeptFiles() {
    assertThat(MessageFlags.IS_VOICE_MESSAGE.bits()).isEqualTo(1L << 13);
    AttachmentRequest upload = AttachmentRequest.upload(0, "voice-message.ogg");
    assertThat(ModelJson.write(upload))
        .isEqualTo("{\"id\":\"0\",\"filename\":\"voice-message.ogg\"}");
    assertThat(ModelJson.write(AttachmentRequest.keep(Id.parse("18446744073709551615"))))
        .isEqualTo("{\"id\":\"18446744073709551615\"}");

    String json =
        "{\"id\":\"1\",\"filename\":\"voice.ogg\",\"title\":\"t\",\"description\":\"d\","
            + "\"duration_secs\":2.5,\"waveform\":\"AAAA\",\"is_spoiler\":true}";
    AttachmentRequest request = roundTrip(json, AttachmentRequest.class);
    assertThat(request.isSpoiler()).contains(true);
    assertThat(request.durationSecs()).contains(2.5);
    assertWritesBack(json, request);
    // Discord also takes the upload index as a JSON number.
    assertThat(ModelJson.read("{\"id\":3}", AttachmentRequest.class).id()).isEqualTo("3");
    assertThat(request.filename()).isEqualTo(Optional.of("voice.ogg"));
  }
}
