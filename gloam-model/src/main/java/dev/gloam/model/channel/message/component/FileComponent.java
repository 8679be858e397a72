package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An uploaded file shown in a message; Discord calls this component "File". Maps Discord's "File
 * Structure" (components/reference). Needs the {@code IS_COMPONENTS_V2} message flag.
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param file the file; only {@code attachment://<filename>} references are accepted
 * @param spoiler whether the file is blurred until clicked (default false)
 * @param name the file's name; filled in by Discord, ignored in requests
 * @param size the file's size in bytes; filled in by Discord, ignored in requests
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record FileComponent(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    UnfurledMediaItem file,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> spoiler,
    @JsonInclude(Include.NON_ABSENT) Optional<String> name,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> size)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.FILE;
  }
}
