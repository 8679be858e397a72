package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A file picker in a modal, placed in a label. Maps Discord's "File Upload Structure"
 * (components/reference).
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param customId the app's identifier for the component, 1 to 100 characters, sent back in
 *     interactions
 * @param minValues the fewest files the user must upload (0 to 10, default 1)
 * @param maxValues the most files the user may upload (up to 10, default 1)
 * @param required whether the modal can only be submitted with files (default true)
 * @param fileTypes the accepted file types, at most ten: {@code image}, {@code video}, {@code
 *     audio} or an extension such as {@code .pdf}
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record FileUpload(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    String customId,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> minValues,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxValues,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> required,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> fileTypes)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.FILE_UPLOAD;
  }
}
