package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Thumbnail;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Optional;

/**
 * Builds a {@link Thumbnail}: a small picture as a section's accessory (components/reference,
 * "Thumbnail"). Discord shows images only (animated GIF and WEBP included), no videos.
 *
 * <pre>{@code
 * Thumbnail avatar = new ThumbnailBuilder(MediaSource.url("https://example.com/avatar.png"))
 *     .description("The author's avatar")
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class ThumbnailBuilder {
  private final MediaSource media;
  private Integer id;
  private String description;
  private Boolean spoiler;

  /**
   * Starts a thumbnail.
   *
   * @param media the picture
   * @throws ValidationException ({@code media}) if it is missing
   */
  public ThumbnailBuilder(MediaSource media) {
    Check.required("media", media, "a thumbnail needs media");
    this.media = media;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public ThumbnailBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the alt text.
   *
   * @param description at most {@value ComponentChecks#MEDIA_DESCRIPTION_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code description}) if it is missing or too long
   */
  public ThumbnailBuilder description(String description) {
    Check.required("description", description, "a description");
    Check.maxLength("description", description, ComponentChecks.MEDIA_DESCRIPTION_MAX);
    this.description = description;
    return this;
  }

  /**
   * Sets whether the picture is blurred until clicked.
   *
   * @param spoiler true to blur it (Discord's default is false)
   * @return this builder
   */
  public ThumbnailBuilder spoiler(boolean spoiler) {
    this.spoiler = spoiler;
    return this;
  }

  /**
   * Builds the thumbnail.
   *
   * @return the thumbnail
   */
  public Thumbnail build() {
    return new Thumbnail(
        Optional.ofNullable(id),
        media.toMediaItem(),
        Optional.ofNullable(description),
        Optional.ofNullable(spoiler));
  }
}
