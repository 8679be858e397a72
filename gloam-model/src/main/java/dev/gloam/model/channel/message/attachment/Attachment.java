package dev.gloam.model.channel.message.attachment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.EmbeddedApplication;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AttachmentMarker;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A file attached to a message. Maps Discord's "Attachment Object" (resources/message).
 *
 * <p>Voice messages carry {@code duration_secs} and {@code waveform}; clips from streams carry
 * {@code clip_participants} and {@code clip_created_at}.
 *
 * @param id the attachment's id
 * @param filename the file's name
 * @param title the file's title
 * @param description the alt text, up to 1024 characters
 * @param contentType the file's media type, such as {@code image/png}
 * @param size the file's size in bytes
 * @param url where the file can be downloaded
 * @param proxyUrl Discord's proxied copy of the file
 * @param height the height in pixels, for images and videos (may be sent as {@code null})
 * @param width the width in pixels, for images and videos (may be sent as {@code null})
 * @param placeholder a thumbhash preview, for images and videos
 * @param placeholderVersion the version of the placeholder's format
 * @param ephemeral whether the file is removed after a while
 * @param durationSecs the length of the audio or video, in seconds
 * @param waveform a base64 sampling of the audio, one byte per point, for voice messages
 * @param flags the attachment's flags
 * @param clipParticipants the users who were in the stream, for clips
 * @param clipCreatedAt when the clip was recorded, for clips
 * @param application the application the clip was recorded in, partial, for clips of a game
 */
public record Attachment(
    Id<AttachmentMarker> id,
    String filename,
    @JsonInclude(Include.NON_ABSENT) Optional<String> title,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<String> contentType,
    long size,
    String url,
    String proxyUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> height,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> width,
    @JsonInclude(Include.NON_ABSENT) Optional<String> placeholder,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> placeholderVersion,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> ephemeral,
    @JsonInclude(Include.NON_ABSENT) Optional<Double> durationSecs,
    @JsonInclude(Include.NON_ABSENT) Optional<String> waveform,
    @JsonInclude(Include.NON_ABSENT) Optional<AttachmentFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<List<User>> clipParticipants,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> clipCreatedAt,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbeddedApplication> application) {}
