package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AttachmentMarker;
import java.util.Optional;

/**
 * A piece of media a component shows, named by a URL. Maps Discord's "Unfurled Media Item
 * Structure" (components/reference).
 *
 * <p>Apps set only {@code url}, either an arbitrary URL or {@code attachment://<filename>} for a
 * file uploaded with the message; Discord fills in the other fields in what it returns.
 *
 * @param url the media's URL or {@code attachment://} reference
 * @param proxyUrl the URL of Discord's proxied copy
 * @param height the height in pixels, for images and videos; absent or null otherwise
 * @param width the width in pixels, for images and videos; absent or null otherwise
 * @param placeholder a ThumbHash preview, for images and videos
 * @param placeholderVersion the version of the placeholder format
 * @param contentType the media type, such as {@code image/png}
 * @param flags facts about the media
 * @param attachmentId the attachment, when the media was uploaded with the message
 */
public record UnfurledMediaItem(
    String url,
    @JsonInclude(Include.NON_ABSENT) Optional<String> proxyUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> height,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> width,
    @JsonInclude(Include.NON_ABSENT) Optional<String> placeholder,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> placeholderVersion,
    @JsonInclude(Include.NON_ABSENT) Optional<String> contentType,
    @JsonInclude(Include.NON_ABSENT) Optional<UnfurledMediaItemFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<AttachmentMarker>> attachmentId) {}
