package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code components} list of a message, checked as Discord checks a whole message
 * (components/reference). Two kinds exist:
 *
 * <ul>
 *   <li>{@link #classic()}: up to {@value ComponentChecks#CLASSIC_ROWS_MAX} action rows, sent
 *       beside {@code content} and {@code embeds};
 *   <li>{@link #componentsV2()}: any layout of action rows, sections, text displays, media
 *       galleries, files, separators and containers, at most {@value ComponentChecks#V2_TOTAL_MAX}
 *       components counting nested ones and {@value ComponentChecks#TEXT_DISPLAY_TOTAL_MAX}
 *       characters of text. The message must carry the {@link MessageFlags#IS_COMPONENTS_V2} flag
 *       ({@link #flags()}) and then takes no {@code content}, {@code embeds}, {@code sticker_ids}
 *       or {@code poll}.
 * </ul>
 *
 * <p>In both, no two components share a {@code custom_id} or an {@code id}.
 *
 * <pre>{@code
 * MessageComponentsBuilder builder = MessageComponentsBuilder.componentsV2()
 *     .add(TextDisplayBuilder.of("## Vote"))
 *     .add(ActionRowBuilder.of(ButtonBuilder.success("yes").label("Yes").build()));
 * List<Component> components = builder.build();
 * MessageFlags flags = builder.flags(); // IS_COMPONENTS_V2
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field from the message's root ({@code
 * components[0].components[2].custom_id}).
 */
public final class MessageComponentsBuilder {
  private final boolean componentsV2;
  private final List<Component> components = new ArrayList<>();

  private MessageComponentsBuilder(boolean componentsV2) {
    this.componentsV2 = componentsV2;
  }

  /**
   * Starts the components of a message without the {@code IS_COMPONENTS_V2} flag: action rows only.
   *
   * @return the builder
   */
  public static MessageComponentsBuilder classic() {
    return new MessageComponentsBuilder(false);
  }

  /**
   * Starts the components of a message with the {@code IS_COMPONENTS_V2} flag.
   *
   * @return the builder
   */
  public static MessageComponentsBuilder componentsV2() {
    return new MessageComponentsBuilder(true);
  }

  /**
   * Adds a top-level component.
   *
   * @param component the component; for {@link #classic()}, an action row
   * @return this builder
   * @throws ValidationException ({@code components[i]}, {@code components}) if it is missing, not
   *     an action row in a classic message, or a classic message has five rows already
   */
  public MessageComponentsBuilder add(Component component) {
    String path = "components[" + components.size() + "]";
    Check.required(path, component, "a component");
    if (!componentsV2) {
      if (!(component instanceof ActionRow)) {
        throw new ValidationException(
            path,
            ValidationException.Rule.NOT_ALLOWED,
            "only action rows without the IS_COMPONENTS_V2 flag",
            "type " + component.type().value());
      }
      if (components.size() >= ComponentChecks.CLASSIC_ROWS_MAX) {
        throw new ValidationException(
            "components",
            ValidationException.Rule.TOO_MANY,
            Integer.toString(ComponentChecks.CLASSIC_ROWS_MAX),
            Integer.toString(components.size() + 1));
      }
    }
    components.add(component);
    return this;
  }

  /**
   * Returns the flags the message needs for these components.
   *
   * @return {@link MessageFlags#IS_COMPONENTS_V2} for {@link #componentsV2()}, else {@link
   *     MessageFlags#NONE}
   */
  public MessageFlags flags() {
    return componentsV2 ? MessageFlags.IS_COMPONENTS_V2 : MessageFlags.NONE;
  }

  /**
   * Builds the list after checking it as a whole.
   *
   * @return an immutable list of the components
   * @throws ValidationException if a component breaks a rule, is not allowed where it is, or a
   *     {@code custom_id} or {@code id} repeats, or the message has too many components or too much
   *     text
   */
  public List<Component> build() {
    List<Component> list = List.copyOf(components);
    ComponentChecks.messageComponents("components", list, componentsV2);
    return list;
  }
}
