package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The author line shown above an embed's title. Maps Discord's "Embed Author Structure"
 * (resources/message).
 *
 * @param name the author's name, up to 256 characters
 * @param url the link the name points to (http(s) only)
 * @param iconUrl the icon shown before the name (http(s) or {@code attachment://} urls)
 * @param proxyIconUrl Discord's proxied copy of the icon (set by Discord)
 */
public record EmbedAuthor(
    String name,
    @JsonInclude(Include.NON_ABSENT) Optional<String> url,
    @JsonInclude(Include.NON_ABSENT) Optional<String> iconUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> proxyIconUrl) {}
