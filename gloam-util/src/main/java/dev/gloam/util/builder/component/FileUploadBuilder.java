package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.FileUpload;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link FileUpload} of a modal (components/reference, "File Upload"): users attach 0 to
 * 10 files. Put it in a {@link LabelBuilder label}.
 *
 * <pre>{@code
 * FileUpload screenshots = new FileUploadBuilder("screenshots")
 *     .maxValues(3)
 *     .fileTypes("image")
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the upload ({@code file_types[1]}).
 */
public final class FileUploadBuilder {
  private final String customId;
  private Integer id;
  private Integer minValues;
  private Integer maxValues;
  private Boolean required;
  private List<String> fileTypes;

  /**
   * Starts a file upload.
   *
   * @param customId the id sent back with the files, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public FileUploadBuilder(String customId) {
    ComponentChecks.customId("custom_id", customId);
    this.customId = customId;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public FileUploadBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the fewest files a user must attach (Discord's default is 1); 0 needs {@link
   * #required(boolean) required(false)}.
   *
   * @param minValues 0 to {@value ComponentChecks#FILE_UPLOAD_MAX}
   * @return this builder
   * @throws ValidationException ({@code min_values}) if it is out of range
   */
  public FileUploadBuilder minValues(int minValues) {
    Check.range("min_values", minValues, 0, ComponentChecks.FILE_UPLOAD_MAX);
    this.minValues = minValues;
    return this;
  }

  /**
   * Sets the most files a user may attach (Discord's default is 1).
   *
   * @param maxValues 1 to {@value ComponentChecks#FILE_UPLOAD_MAX}
   * @return this builder
   * @throws ValidationException ({@code max_values}) if it is out of range
   */
  public FileUploadBuilder maxValues(int maxValues) {
    Check.range("max_values", maxValues, 1, ComponentChecks.FILE_UPLOAD_MAX);
    this.maxValues = maxValues;
    return this;
  }

  /**
   * Sets whether the modal can be submitted only with files attached (Discord's default is true).
   *
   * @param required false to make the upload optional
   * @return this builder
   */
  public FileUploadBuilder required(boolean required) {
    this.required = required;
    return this;
  }

  /**
   * Limits the files users can pick by extension (reference, "File Type Filtering"). Discord checks
   * only the file name, never the contents.
   *
   * @param fileTypes up to {@value ComponentChecks#FILE_TYPES_MAX} of {@code image}, {@code video},
   *     {@code audio} or dot-prefixed extensions such as {@code .pdf}
   * @return this builder
   * @throws ValidationException ({@code file_types}, {@code file_types[i]}) if there are too many
   *     or one has another form
   */
  public FileUploadBuilder fileTypes(String... fileTypes) {
    Check.required("file_types", fileTypes, "file types");
    List<String> list = Arrays.asList(fileTypes);
    ComponentChecks.fileTypes("file_types", list);
    this.fileTypes = List.copyOf(list);
    return this;
  }

  /**
   * Builds the file upload.
   *
   * @return the file upload
   * @throws ValidationException ({@code min_values}) if the minimum exceeds the maximum, or is 0
   *     while the upload is required
   */
  public FileUpload build() {
    FileUpload upload =
        new FileUpload(
            Optional.ofNullable(id),
            customId,
            Optional.ofNullable(minValues),
            Optional.ofNullable(maxValues),
            Optional.ofNullable(required),
            Optional.ofNullable(fileTypes));
    InModal.check(upload);
    return upload;
  }
}
