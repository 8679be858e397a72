package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Optional;

/**
 * Builds a {@link Button} (components/reference, "Button"), for an action row or as a section's
 * accessory. Each style has its own factory, which takes the field that style needs: a {@code
 * custom_id} for primary, secondary, success and danger buttons, a URL for link buttons, a SKU for
 * premium buttons. Premium buttons take no label or emoji, which the setters refuse at once.
 *
 * <pre>{@code
 * Button ok = ButtonBuilder.success("confirm").label("Confirm").build();
 * Button docs = ButtonBuilder.link("https://discord.com/developers/docs").label("Docs").build();
 * Button buy = ButtonBuilder.premium(skuId).build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors are {@link ValidationException}s naming the field ({@code label},
 * {@code custom_id}).
 */
public final class ButtonBuilder {
  private final ButtonStyle style;
  private final String customId;
  private final String url;
  private final Id<SkuMarker> skuId;
  private Integer id;
  private String label;
  private Emoji emoji;
  private Boolean disabled;

  private ButtonBuilder(ButtonStyle style, String customId, String url, Id<SkuMarker> skuId) {
    this.style = style;
    this.customId = customId;
    this.url = url;
    this.skuId = skuId;
  }

  private static ButtonBuilder interactive(ButtonStyle style, String customId) {
    ComponentChecks.customId("custom_id", customId);
    return new ButtonBuilder(style, customId, null, null);
  }

  /**
   * A button for the most important action of a group (blurple).
   *
   * @param customId the id sent back when clicked, 1 to 100 characters
   * @return the builder
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public static ButtonBuilder primary(String customId) {
    return interactive(ButtonStyle.PRIMARY, customId);
  }

  /**
   * A button for an alternative or supporting action (grey).
   *
   * @param customId the id sent back when clicked, 1 to 100 characters
   * @return the builder
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public static ButtonBuilder secondary(String customId) {
    return interactive(ButtonStyle.SECONDARY, customId);
  }

  /**
   * A button for a positive action (green).
   *
   * @param customId the id sent back when clicked, 1 to 100 characters
   * @return the builder
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public static ButtonBuilder success(String customId) {
    return interactive(ButtonStyle.SUCCESS, customId);
  }

  /**
   * A button for an action that cannot be undone (red).
   *
   * @param customId the id sent back when clicked, 1 to 100 characters
   * @return the builder
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public static ButtonBuilder danger(String customId) {
    return interactive(ButtonStyle.DANGER, customId);
  }

  /**
   * A button that opens a URL; Discord sends no interaction for it.
   *
   * @param url the URL, at most {@value ComponentChecks#BUTTON_URL_MAX} characters
   * @return the builder
   * @throws ValidationException ({@code url}) if the URL is missing or too long
   */
  public static ButtonBuilder link(String url) {
    Check.required("url", url, "a link button needs a url");
    Check.length("url", url, 1, ComponentChecks.BUTTON_URL_MAX);
    return new ButtonBuilder(ButtonStyle.LINK, null, url, null);
  }

  /**
   * A button that offers one of the application's SKUs for sale; Discord shows the SKU's name,
   * price and icon itself, so it takes no label or emoji, and sends no interaction.
   *
   * @param skuId the SKU
   * @return the builder
   * @throws ValidationException ({@code sku_id}) if the SKU is missing
   */
  public static ButtonBuilder premium(Id<SkuMarker> skuId) {
    Check.required("sku_id", skuId, "a premium button needs a sku_id");
    return new ButtonBuilder(ButtonStyle.PREMIUM, null, null, skuId);
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public ButtonBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the text on the button.
   *
   * @param label at most {@value ComponentChecks#BUTTON_LABEL_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code label}) if it is missing, too long, or the button is a
   *     premium button
   */
  public ButtonBuilder label(String label) {
    premiumTakesNo("label");
    Check.required("label", label, "a label");
    Check.maxLength("label", label, ComponentChecks.BUTTON_LABEL_MAX);
    this.label = label;
    return this;
  }

  /**
   * Sets the emoji on the button.
   *
   * @param emoji the emoji, see {@link PartialEmoji}
   * @return this builder
   * @throws ValidationException ({@code emoji}) if it is missing or the button is a premium button
   */
  public ButtonBuilder emoji(Emoji emoji) {
    premiumTakesNo("emoji");
    Check.required("emoji", emoji, "an emoji");
    this.emoji = emoji;
    return this;
  }

  /**
   * Sets whether the button is greyed out and cannot be clicked.
   *
   * @param disabled true to disable it (Discord's default is false)
   * @return this builder
   */
  public ButtonBuilder disabled(boolean disabled) {
    this.disabled = disabled;
    return this;
  }

  /**
   * Builds the button.
   *
   * @return the button
   * @throws ValidationException if the button breaks a rule of its style
   */
  public Button build() {
    Button button =
        new Button(
            Optional.ofNullable(id),
            style,
            Optional.ofNullable(label),
            Optional.ofNullable(emoji),
            Optional.ofNullable(customId),
            Optional.ofNullable(skuId),
            Optional.ofNullable(url),
            Optional.ofNullable(disabled));
    Relative.check(() -> ComponentChecks.button("", button));
    return button;
  }

  private void premiumTakesNo(String field) {
    if (style.equals(ButtonStyle.PREMIUM)) {
      throw new ValidationException(
          field, ValidationException.Rule.NOT_ALLOWED, "a premium button takes none", "present");
    }
  }
}
