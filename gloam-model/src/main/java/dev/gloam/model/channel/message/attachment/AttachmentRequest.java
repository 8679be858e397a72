package dev.gloam.model.channel.message.attachment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AttachmentMarker;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of an attachment in a request that creates or edits a message: which existing
 * attachments to keep, and the metadata of new uploads. Maps Discord's "Attachment Request
 * Structure" (resources/message).
 *
 * @param id an existing attachment's snowflake, or for a new upload the index {@code n} of its
 *     {@code files[n]} part, as decimal text
 * @param filename the file's name
 * @param title the file's title
 * @param description the alt text, up to 1024 characters
 * @param durationSecs the length of the audio or video in seconds (required for voice messages)
 * @param waveform a base64 sampling of the audio (required for voice messages)
 * @param isSpoiler whether to mark the file as a spoiler
 */
public record AttachmentRequest(
    String id,
    @JsonInclude(Include.NON_ABSENT) Optional<String> filename,
    @JsonInclude(Include.NON_ABSENT) Optional<String> title,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<Double> durationSecs,
    @JsonInclude(Include.NON_ABSENT) Optional<String> waveform,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> isSpoiler) {

  /**
   * Checks the id.
   *
   * @param id the id
   * @param filename the file's name
   * @param title the file's title
   * @param description the alt text
   * @param durationSecs the length in seconds
   * @param waveform the waveform
   * @param isSpoiler whether it is a spoiler
   */
  public AttachmentRequest {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Describes an attachment the message already has and should keep.
   *
   * @param id the attachment's id
   * @return a request with only the id set
   */
  public static AttachmentRequest keep(Id<AttachmentMarker> id) {
    return of(id.toString());
  }

  /**
   * Describes a new file sent as the multipart part {@code files[index]}.
   *
   * @param index the part's index
   * @param filename the file's name
   * @return a request with the id and filename set
   */
  public static AttachmentRequest upload(int index, String filename) {
    return new AttachmentRequest(
        Integer.toString(index),
        Optional.of(filename),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static AttachmentRequest of(String id) {
    return new AttachmentRequest(
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
