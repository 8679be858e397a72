package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Container;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Container} of a Components V2 message (components/reference, "Container"): a box
 * around action rows, text displays, sections, media galleries, separators and files, with an
 * optional accent color bar, like an embed made of components.
 *
 * <pre>{@code
 * Container card = new ContainerBuilder()
 *     .accentColor(0x5865F2)
 *     .add(TextDisplayBuilder.of("## Weekly report"))
 *     .add(new SeparatorBuilder().build())
 *     .add(new MediaGalleryBuilder().item(MediaSource.attachment("chart.png")).build())
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the container ({@code accent_color}, {@code
 * components[2].items}).
 */
public final class ContainerBuilder {
  private final List<Component> components = new ArrayList<>();
  private Integer id;
  private Integer accentColor;
  private Boolean spoiler;

  /** Creates a builder of an empty container. */
  public ContainerBuilder() {}

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public ContainerBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Adds a component: an action row, text display, section, media gallery, separator or file.
   *
   * @param component the component
   * @return this builder
   * @throws ValidationException ({@code components[i]}) if it is missing
   */
  public ContainerBuilder add(Component component) {
    Check.required("components[" + components.size() + "]", component, "a component");
    components.add(component);
    return this;
  }

  /**
   * Sets the color of the bar on the container's side.
   *
   * @param rgb the color as {@code 0xRRGGBB}
   * @return this builder
   * @throws ValidationException ({@code accent_color}) if it is outside {@code 0x000000} to {@code
   *     0xFFFFFF}
   */
  public ContainerBuilder accentColor(int rgb) {
    Check.range("accent_color", rgb, 0, ComponentChecks.ACCENT_COLOR_MAX);
    this.accentColor = rgb;
    return this;
  }

  /**
   * Sets the color of the bar on the container's side from its red, green and blue parts.
   *
   * @param red 0 to 255
   * @param green 0 to 255
   * @param blue 0 to 255
   * @return this builder
   * @throws ValidationException ({@code accent_color.red}, ...) if a part is outside 0 to 255
   */
  public ContainerBuilder accentColor(int red, int green, int blue) {
    Check.range("accent_color.red", red, 0, 255);
    Check.range("accent_color.green", green, 0, 255);
    Check.range("accent_color.blue", blue, 0, 255);
    this.accentColor = (red << 16) | (green << 8) | blue;
    return this;
  }

  /**
   * Sets whether the whole container is blurred until clicked.
   *
   * @param spoiler true to blur it (Discord's default is false)
   * @return this builder
   */
  public ContainerBuilder spoiler(boolean spoiler) {
    this.spoiler = spoiler;
    return this;
  }

  /**
   * Builds the container.
   *
   * @return the container
   * @throws ValidationException if a component is not allowed in a container or breaks a rule, or
   *     the container holds more than {@value ComponentChecks#V2_TOTAL_MAX} components
   */
  public Container build() {
    Container container =
        new Container(
            Optional.ofNullable(id),
            List.copyOf(components),
            Optional.ofNullable(accentColor),
            Optional.ofNullable(spoiler));
    Relative.checkAlone(() -> ComponentChecks.messageComponents("", List.of(container), true));
    return container;
  }
}
