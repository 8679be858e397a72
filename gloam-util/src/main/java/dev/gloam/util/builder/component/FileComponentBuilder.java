package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.FileComponent;
import dev.gloam.validate.ValidationException;
import java.util.Optional;

/**
 * Builds a {@link FileComponent} of a Components V2 message (components/reference, "File"): one
 * file uploaded with the message, shown for download. Files take uploads only, by name.
 *
 * <pre>{@code
 * FileComponent manual = new FileComponentBuilder("manual.pdf").build(); // upload manual.pdf too
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class FileComponentBuilder {
  private final MediaSource file;
  private Integer id;
  private Boolean spoiler;

  /**
   * Starts a file component.
   *
   * @param filename the name of a file uploaded with the message
   * @throws ValidationException ({@code filename}) if the name is missing or has a character
   *     Discord does not keep in file names
   */
  public FileComponentBuilder(String filename) {
    this.file = MediaSource.attachment(filename);
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public FileComponentBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets whether the file is blurred until clicked.
   *
   * @param spoiler true to blur it (Discord's default is false)
   * @return this builder
   */
  public FileComponentBuilder spoiler(boolean spoiler) {
    this.spoiler = spoiler;
    return this;
  }

  /**
   * Builds the file component; {@code name} and {@code size} are Discord's to fill.
   *
   * @return the file component
   */
  public FileComponent build() {
    return new FileComponent(
        Optional.ofNullable(id),
        file.toMediaItem(),
        Optional.ofNullable(spoiler),
        Optional.empty(),
        Optional.empty());
  }
}
