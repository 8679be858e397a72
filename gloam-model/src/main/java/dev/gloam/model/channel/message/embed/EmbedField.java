package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * A name and value pair shown in an embed. Maps Discord's "Embed Field Structure"
 * (resources/message).
 *
 * @param name the field's name, up to 256 characters
 * @param value the field's value, up to 1024 characters
 * @param inline whether the field may sit beside its neighbours
 */
public record EmbedField(
    String name, String value, @JsonInclude(Include.NON_ABSENT) Optional<Boolean> inline) {}
