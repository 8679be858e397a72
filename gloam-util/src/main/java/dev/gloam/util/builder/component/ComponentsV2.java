package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.List;

/**
 * Tells whether a message's components need the {@link MessageFlags#IS_COMPONENTS_V2} flag
 * (resources/message, "Message Flags"; components/reference). Sections, text displays, thumbnails,
 * media galleries, files, separators and containers show only in messages sent with that flag. Such
 * a message carries nothing but components: no {@code content}, {@code embeds}, {@code sticker_ids}
 * or {@code poll}, and uploaded files show only where a component refers to them. The flag cannot
 * be removed from a message once set; a message edited to set it must clear those fields.
 *
 * <pre>{@code
 * List<Component> components = List.of(TextDisplayBuilder.of("Hello"));
 * MessageFlags flags = ComponentsV2.requiredFlags(components); // IS_COMPONENTS_V2
 * }</pre>
 */
public final class ComponentsV2 {
  private ComponentsV2() {}

  /**
   * Returns whether the components need the flag: whether any top-level component is something
   * other than an action row. Action rows alone work with and without it.
   *
   * @param components the message's top-level components
   * @return true if the message must be sent with {@link MessageFlags#IS_COMPONENTS_V2}
   * @throws ValidationException ({@code components}) if the list is missing
   */
  public static boolean isRequired(List<Component> components) {
    Check.required("components", components, "a list of components");
    return components.stream().anyMatch(component -> !(component instanceof ActionRow));
  }

  /**
   * Returns the flags the components need.
   *
   * @param components the message's top-level components
   * @return {@link MessageFlags#IS_COMPONENTS_V2} if {@link #isRequired(List)}, else {@link
   *     MessageFlags#NONE}
   * @throws ValidationException ({@code components}) if the list is missing
   */
  public static MessageFlags requiredFlags(List<Component> components) {
    return isRequired(components) ? MessageFlags.IS_COMPONENTS_V2 : MessageFlags.NONE;
  }
}
