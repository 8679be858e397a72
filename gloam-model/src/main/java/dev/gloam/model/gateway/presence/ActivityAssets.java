package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The images of a rich presence and their hover texts. Maps Discord's "Activity Assets"
 * (events/gateway-events). Images are an application asset id or {@code mp:} followed by a media
 * proxy image id.
 *
 * @param largeImage the large image
 * @param largeText the text shown when hovering the large image
 * @param largeUrl the link opened when clicking the large image
 * @param smallImage the small image
 * @param smallText the text shown when hovering the small image
 * @param smallUrl the link opened when clicking the small image
 * @param inviteCoverImage the banner of a game invite
 */
public record ActivityAssets(
    @JsonInclude(Include.NON_ABSENT) Optional<String> largeImage,
    @JsonInclude(Include.NON_ABSENT) Optional<String> largeText,
    @JsonInclude(Include.NON_ABSENT) Optional<String> largeUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> smallImage,
    @JsonInclude(Include.NON_ABSENT) Optional<String> smallText,
    @JsonInclude(Include.NON_ABSENT) Optional<String> smallUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> inviteCoverImage) {}
