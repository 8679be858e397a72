package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * One option of a radio group. Maps Discord's "Radio Group Option Structure"
 * (components/reference).
 *
 * @param value the app's value for the option, up to 100 characters
 * @param label the text the user sees, up to 100 characters
 * @param description more text under the label, up to 100 characters
 * @param defaultSelected whether the option is selected in advance; written as {@code default}
 */
public record RadioGroupOption(
    String value,
    String label,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonProperty("default") @JsonInclude(Include.NON_ABSENT) Optional<Boolean> defaultSelected) {}
