package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A custom rich presence button. Maps Discord's "Activity Buttons" (events/gateway-events). Discord
 * sends other users only the labels, as plain strings; gloam reads those as a button with a label
 * and no URL.
 *
 * @param label the button's text, 1 to 32 characters
 * @param url the link it opens, 1 to 512 characters (absent in what other users receive)
 */
public record ActivityButton(String label, @JsonInclude(Include.NON_ABSENT) Optional<String> url) {

  /**
   * Reads a button object.
   *
   * @param label the button's text
   * @param url the link it opens
   */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public ActivityButton(
      @JsonProperty("label") String label, @JsonProperty("url") Optional<String> url) {
    this.label = label;
    this.url = url == null ? Optional.empty() : url;
  }

  /**
   * Reads a button as other users receive it: its label only.
   *
   * @param label the button's text
   * @return the button, without a URL
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ActivityButton ofLabel(String label) {
    return new ActivityButton(label, Optional.empty());
  }
}
