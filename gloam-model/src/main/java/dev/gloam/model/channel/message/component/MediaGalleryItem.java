package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * One image or video of a media gallery. Maps Discord's "Media Gallery Item Structure"
 * (components/reference).
 *
 * @param media the media, by URL or {@code attachment://} reference
 * @param description alt text for the media, up to 1024 characters; absent or null when unset
 * @param spoiler whether the media is blurred until clicked (default false)
 */
public record MediaGalleryItem(
    UnfurledMediaItem media,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> spoiler) {}
