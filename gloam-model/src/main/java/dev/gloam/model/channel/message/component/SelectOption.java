package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gloam.model.guild.emoji.Emoji;
import java.util.Optional;

/**
 * One choice of a string select menu. Maps Discord's "Select Option Structure"
 * (components/reference).
 *
 * @param label the text the user sees, up to 100 characters
 * @param value the app's value for the choice, up to 100 characters
 * @param description more text under the label, up to 100 characters
 * @param emoji the emoji shown with the choice; only its {@code id}, {@code name} and {@code
 *     animated}
 * @param defaultSelected whether the choice is selected in advance; written as {@code default}
 */
public record SelectOption(
    String label,
    String value,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<Emoji> emoji,
    @JsonProperty("default") @JsonInclude(Include.NON_ABSENT) Optional<Boolean> defaultSelected) {}
