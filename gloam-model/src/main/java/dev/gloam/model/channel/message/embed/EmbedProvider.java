package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The site a link preview comes from. Maps Discord's "Embed Provider Structure"
 * (resources/message).
 *
 * @param name the site's name
 * @param url the site's address
 */
public record EmbedProvider(
    @JsonInclude(Include.NON_ABSENT) Optional<String> name,
    @JsonInclude(Include.NON_ABSENT) Optional<String> url) {}
