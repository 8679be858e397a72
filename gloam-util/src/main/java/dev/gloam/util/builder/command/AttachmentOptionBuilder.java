package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.AttachmentOption;
import java.util.List;
import java.util.Optional;

/**
 * Builds an option that takes an uploaded file (interactions/application-commands, "Application
 * Command Option Structure").
 *
 * <pre>{@code
 * AttachmentOption file = new AttachmentOptionBuilder("file", "The document").fileTypes(".pdf").build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class AttachmentOptionBuilder extends ParameterBuilder<AttachmentOptionBuilder> {
  private List<String> fileTypes;

  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public AttachmentOptionBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Sets the file types the upload dialog filters for: {@code image}, {@code video}, {@code audio}
   * or an extension such as {@code .pdf}; up to 10.
   *
   * @param fileTypes the file types
   * @return this builder
   */
  public AttachmentOptionBuilder fileTypes(String... fileTypes) {
    return fileTypes(List.of(fileTypes));
  }

  /**
   * Sets the file types the upload dialog filters for; up to 10.
   *
   * @param fileTypes the file types
   * @return this builder
   */
  public AttachmentOptionBuilder fileTypes(List<String> fileTypes) {
    this.fileTypes = List.copyOf(fileTypes);
    return this;
  }

  @Override
  public AttachmentOption build() {
    return OptionPaths.checked(
        new AttachmentOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            required(),
            Optional.ofNullable(fileTypes)));
  }
}
