package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The footer line of an embed. Maps Discord's "Embed Footer Structure" (resources/message).
 *
 * @param text the footer's text, up to 2048 characters
 * @param iconUrl the icon shown before the text (http(s) or {@code attachment://} urls)
 * @param proxyIconUrl Discord's proxied copy of the icon (set by Discord)
 */
public record EmbedFooter(
    String text,
    @JsonInclude(Include.NON_ABSENT) Optional<String> iconUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> proxyIconUrl) {}
