package dev.gloam.util.builder.embed;

import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.embed.EmbedAuthor;
import dev.gloam.model.channel.message.embed.EmbedField;
import dev.gloam.model.channel.message.embed.EmbedFooter;
import dev.gloam.model.channel.message.embed.EmbedImage;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.util.builder.internal.Sources;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.embed.EmbedChecks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds an {@link Embed} to send (resources/message, "Embed Object", "Embed Limits"). Each setter
 * checks its value against Discord's limit at once and {@link #build()} checks the embed as a
 * whole, both with gloam-validate's {@link ValidationException} naming the field ({@code title},
 * {@code fields[3].value}, {@code footer.text}).
 *
 * <pre>{@code
 * Embed embed = new EmbedBuilder()
 *     .title("Deploy finished")
 *     .color(0x57F287)
 *     .field("Version", "1.4.2")
 *     .inlineField("Took", "42 s")
 *     .thumbnail(ImageSource.attachment("status.png"))
 *     .footer("ci", ImageSource.url("https://example.com/ci.png"))
 *     .timestamp(Instant.now())
 *     .build();
 * }</pre>
 *
 * <p>A message's embeds together have at most 6000 characters: check a list with {@link
 * Embeds#of(Embed...)}. The builder is not thread-safe; {@code build()} may be called again after
 * more changes.
 */
public final class EmbedBuilder {
  /** The largest color: RGB {@code 0xFFFFFF}. */
  public static final int COLOR_MAX = 0xFFFFFF;

  private String title;
  private String description;
  private String url;
  private Instant timestamp;
  private Integer color;
  private String footerText;
  private ImageSource footerIcon;
  private ImageSource image;
  private ImageSource thumbnail;
  private String authorName;
  private String authorUrl;
  private ImageSource authorIcon;
  private final List<EmbedField> fields = new ArrayList<>();

  /** Creates a builder of an empty embed. */
  public EmbedBuilder() {}

  /**
   * Sets the title.
   *
   * @param title at most {@value EmbedChecks#TITLE_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code title}) if it is missing or too long
   */
  public EmbedBuilder title(String title) {
    Check.required("title", title, "a title");
    Check.maxLength("title", title, EmbedChecks.TITLE_MAX);
    this.title = title;
    return this;
  }

  /**
   * Sets the description, the embed's main text (markdown).
   *
   * @param description at most {@value EmbedChecks#DESCRIPTION_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code description}) if it is missing or too long
   */
  public EmbedBuilder description(String description) {
    Check.required("description", description, "a description");
    Check.maxLength("description", description, EmbedChecks.DESCRIPTION_MAX);
    this.description = description;
    return this;
  }

  /**
   * Sets the URL the title links to.
   *
   * @param url the URL; Discord's reference names no rule for it beyond being a URL
   * @return this builder
   * @throws ValidationException ({@code url}) if it is missing
   */
  public EmbedBuilder url(String url) {
    Check.required("url", url, "a URL");
    this.url = url;
    return this;
  }

  /**
   * Sets the time shown in the footer; Discord shows it in each reader's time zone.
   *
   * @param timestamp the time
   * @return this builder
   * @throws ValidationException ({@code timestamp}) if it is missing
   */
  public EmbedBuilder timestamp(Instant timestamp) {
    Check.required("timestamp", timestamp, "a time");
    this.timestamp = timestamp;
    return this;
  }

  /**
   * Sets the color of the bar on the embed's side.
   *
   * @param rgb the color as {@code 0xRRGGBB}, from {@code 0x000000} to {@code 0xFFFFFF}
   * @return this builder
   * @throws ValidationException ({@code color}) if it is outside that range
   */
  public EmbedBuilder color(int rgb) {
    Check.range("color", rgb, 0, COLOR_MAX);
    this.color = rgb;
    return this;
  }

  /**
   * Sets the color of the bar on the embed's side from its red, green and blue parts.
   *
   * @param red 0 to 255
   * @param green 0 to 255
   * @param blue 0 to 255
   * @return this builder
   * @throws ValidationException ({@code color.red}, ...) if a part is outside 0 to 255
   */
  public EmbedBuilder color(int red, int green, int blue) {
    Check.range("color.red", red, 0, 255);
    Check.range("color.green", green, 0, 255);
    Check.range("color.blue", blue, 0, 255);
    this.color = (red << 16) | (green << 8) | blue;
    return this;
  }

  /**
   * Sets the footer's text, keeping an icon set before.
   *
   * @param text at most {@value EmbedChecks#FOOTER_TEXT_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code footer.text}) if it is missing or too long
   */
  public EmbedBuilder footer(String text) {
    Check.required("footer.text", text, "a footer needs a text");
    Check.maxLength("footer.text", text, EmbedChecks.FOOTER_TEXT_MAX);
    this.footerText = text;
    return this;
  }

  /**
   * Sets the footer's text and icon.
   *
   * @param text at most {@value EmbedChecks#FOOTER_TEXT_MAX} characters
   * @param icon the small picture before the text
   * @return this builder
   * @throws ValidationException ({@code footer.text}, {@code footer.icon_url}) if one is missing or
   *     the text is too long
   */
  public EmbedBuilder footer(String text, ImageSource icon) {
    footer(text);
    Check.required("footer.icon_url", icon, "an icon");
    this.footerIcon = icon;
    return this;
  }

  /**
   * Sets the large picture under the description.
   *
   * @param image the picture
   * @return this builder
   * @throws ValidationException ({@code image.url}) if it is missing
   */
  public EmbedBuilder image(ImageSource image) {
    Check.required("image.url", image, "a picture");
    this.image = image;
    return this;
  }

  /**
   * Sets the small picture in the top right corner.
   *
   * @param thumbnail the picture
   * @return this builder
   * @throws ValidationException ({@code thumbnail.url}) if it is missing
   */
  public EmbedBuilder thumbnail(ImageSource thumbnail) {
    Check.required("thumbnail.url", thumbnail, "a picture");
    this.thumbnail = thumbnail;
    return this;
  }

  /**
   * Sets the author's name shown above the title, keeping a URL and icon set before.
   *
   * @param name at most {@value EmbedChecks#AUTHOR_NAME_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code author.name}) if it is missing or too long
   */
  public EmbedBuilder author(String name) {
    Check.required("author.name", name, "an author needs a name");
    Check.maxLength("author.name", name, EmbedChecks.AUTHOR_NAME_MAX);
    this.authorName = name;
    return this;
  }

  /**
   * Sets the author's name and icon.
   *
   * @param name at most {@value EmbedChecks#AUTHOR_NAME_MAX} characters
   * @param icon the small picture before the name
   * @return this builder
   * @throws ValidationException ({@code author.name}, {@code author.icon_url}) if one is missing or
   *     the name is too long
   */
  public EmbedBuilder author(String name, ImageSource icon) {
    author(name);
    Check.required("author.icon_url", icon, "an icon");
    this.authorIcon = icon;
    return this;
  }

  /**
   * Sets the URL the author's name links to; needs {@link #author(String)} too.
   *
   * @param url an http(s) URL (embeds take no other for an author)
   * @return this builder
   * @throws ValidationException ({@code author.url}) if it is missing or not http(s)
   */
  public EmbedBuilder authorUrl(String url) {
    Sources.webUrl("author.url", url);
    this.authorUrl = url;
    return this;
  }

  /**
   * Adds a field that takes a line of its own.
   *
   * @param name 1 to {@value EmbedChecks#FIELD_NAME_MAX} characters
   * @param value 1 to {@value EmbedChecks#FIELD_VALUE_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code fields[i].name}, {@code fields[i].value}, {@code fields})
   *     if a text is missing, empty or too long, or the embed has {@value EmbedChecks#FIELDS_MAX}
   *     fields already
   */
  public EmbedBuilder field(String name, String value) {
    return field(name, value, false);
  }

  /**
   * Adds a field that shares its line with the inline fields next to it (up to three a line on
   * desktop).
   *
   * @param name 1 to {@value EmbedChecks#FIELD_NAME_MAX} characters
   * @param value 1 to {@value EmbedChecks#FIELD_VALUE_MAX} characters
   * @return this builder
   * @throws ValidationException as {@link #field(String, String)}
   */
  public EmbedBuilder inlineField(String name, String value) {
    return field(name, value, true);
  }

  /**
   * Adds a field.
   *
   * @param name 1 to {@value EmbedChecks#FIELD_NAME_MAX} characters
   * @param value 1 to {@value EmbedChecks#FIELD_VALUE_MAX} characters
   * @param inline whether the field shares its line with the inline fields next to it
   * @return this builder
   * @throws ValidationException as {@link #field(String, String)}
   */
  public EmbedBuilder field(String name, String value, boolean inline) {
    String path = "fields[" + fields.size() + "]";
    if (fields.size() >= EmbedChecks.FIELDS_MAX) {
      throw new ValidationException(
          "fields",
          ValidationException.Rule.TOO_MANY,
          Integer.toString(EmbedChecks.FIELDS_MAX),
          Integer.toString(fields.size() + 1));
    }
    Check.required(path + ".name", name, "a field needs a name");
    Check.length(path + ".name", name, 1, EmbedChecks.FIELD_NAME_MAX);
    Check.required(path + ".value", value, "a field needs a value");
    Check.length(path + ".value", value, 1, EmbedChecks.FIELD_VALUE_MAX);
    fields.add(new EmbedField(name, value, inline ? Optional.of(true) : Optional.empty()));
    return this;
  }

  /**
   * Builds the embed after checking it as a whole.
   *
   * @return the embed
   * @throws ValidationException ({@code author.name}, {@code footer.text}) if an author URL or icon
   *     was set without a name, or a footer icon without a text
   */
  public Embed build() {
    if (authorName == null && authorUrl != null) {
      Check.required("author.name", null, "an author's URL or icon needs its name");
    }
    Embed embed =
        new Embed(
            Optional.ofNullable(title),
            Optional.empty(),
            Optional.ofNullable(description),
            Optional.ofNullable(url),
            Optional.ofNullable(timestamp),
            Optional.ofNullable(color),
            Optional.ofNullable(footerText)
                .map(text -> new EmbedFooter(text, urlOf(footerIcon), Optional.empty())),
            Optional.ofNullable(image).map(EmbedBuilder::picture),
            Optional.ofNullable(thumbnail).map(EmbedBuilder::picture),
            Optional.empty(),
            Optional.empty(),
            Optional.ofNullable(authorName)
                .map(
                    name ->
                        new EmbedAuthor(
                            name,
                            Optional.ofNullable(authorUrl),
                            urlOf(authorIcon),
                            Optional.empty())),
            fields.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(fields)),
            Optional.empty());
    int[] total = new int[1];
    Relative.check(() -> total[0] = EmbedChecks.embed("", embed));
    if (total[0] > EmbedChecks.TOTAL_MAX) {
      // One embed can exceed what a whole message may carry; no message could then send it.
      throw new ValidationException(
          "embed",
          ValidationException.Rule.TOO_LONG,
          EmbedChecks.TOTAL_MAX + " characters in all embeds of a message",
          Integer.toString(total[0]));
    }
    return embed;
  }

  private static Optional<String> urlOf(ImageSource source) {
    return Optional.ofNullable(source).map(ImageSource::url);
  }

  private static EmbedImage picture(ImageSource source) {
    return new EmbedImage(
        source.url(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
