package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * An image or thumbnail of an embed. Maps Discord's "Embed Image Structure" (resources/message),
 * which both {@code image} and {@code thumbnail} use.
 *
 * @param url where the image comes from (http(s) or {@code attachment://} urls)
 * @param proxyUrl Discord's proxied copy of the image (set by Discord)
 * @param height the height in pixels (set by Discord)
 * @param width the width in pixels (set by Discord)
 * @param contentType the image's media type, such as {@code image/png}
 * @param placeholder a thumbhash preview of the image
 * @param placeholderVersion the version of the placeholder's format
 * @param description the alt text
 * @param flags the image's flags
 */
public record EmbedImage(
    String url,
    @JsonInclude(Include.NON_ABSENT) Optional<String> proxyUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> height,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> width,
    @JsonInclude(Include.NON_ABSENT) Optional<String> contentType,
    @JsonInclude(Include.NON_ABSENT) Optional<String> placeholder,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> placeholderVersion,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedMediaFlags> flags) {}
