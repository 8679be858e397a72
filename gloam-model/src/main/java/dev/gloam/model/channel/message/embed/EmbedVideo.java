package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The video of an embed, in link previews. Maps Discord's "Embed Video Structure"
 * (resources/message).
 *
 * @param url where the video comes from
 * @param proxyUrl Discord's proxied copy of the video
 * @param height the height in pixels
 * @param width the width in pixels
 * @param contentType the video's media type, such as {@code video/mp4}
 * @param placeholder a thumbhash preview of the video
 * @param placeholderVersion the version of the placeholder's format
 * @param description the alt text
 * @param flags the video's flags
 */
public record EmbedVideo(
    @JsonInclude(Include.NON_ABSENT) Optional<String> url,
    @JsonInclude(Include.NON_ABSENT) Optional<String> proxyUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> height,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> width,
    @JsonInclude(Include.NON_ABSENT) Optional<String> contentType,
    @JsonInclude(Include.NON_ABSENT) Optional<String> placeholder,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> placeholderVersion,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedMediaFlags> flags) {}
