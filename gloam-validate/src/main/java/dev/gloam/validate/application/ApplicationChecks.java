package dev.gloam.validate.application;

import dev.gloam.model.application.ApplicationRoleConnectionMetadata;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of the fields of "Edit Current Application" (resources/application) and of role connection
 * metadata records (resources/application-role-connection-metadata).
 */
public final class ApplicationChecks {
  /** The most tags of an application. */
  public static final int TAGS_MAX = 5;

  /** The most characters of a tag. */
  public static final int TAG_MAX = 20;

  /** The most characters of a URL field (the OpenAPI description's limit). */
  public static final int URL_MAX = 2048;

  /** The most role connection metadata records of an application. */
  public static final int ROLE_CONNECTION_METADATA_MAX = 5;

  /** The most characters of a metadata record's key. */
  public static final int METADATA_KEY_MAX = 50;

  /** The most characters of a metadata record's name. */
  public static final int METADATA_NAME_MAX = 100;

  /** The most characters of a metadata record's description. */
  public static final int METADATA_DESCRIPTION_MAX = 200;

  /** What a metadata record's key must match. */
  public static final Pattern METADATA_KEY = Pattern.compile("[a-z0-9_]{1,50}");

  private ApplicationChecks() {}

  /**
   * Checks an application's tags: at most {@value #TAGS_MAX}, each of 1 to {@value #TAG_MAX}
   * characters.
   *
   * @param tags the tags, or {@code null} if absent
   * @throws ValidationException if there are too many or one is too long
   */
  public static void tags(List<String> tags) {
    if (tags == null) {
      return;
    }
    Check.count("tags", tags, 0, TAGS_MAX);
    for (int i = 0; i < tags.size(); i++) {
      Check.length("tags[" + i + "]", tags.get(i), 1, TAG_MAX);
    }
  }

  /**
   * Checks a URL setting: at most {@value #URL_MAX} characters.
   *
   * @param field the field's name
   * @param url the URL, or {@code null} if absent
   * @throws ValidationException if it is too long
   */
  public static void url(String field, String url) {
    Check.maxLength(field, url, URL_MAX);
  }

  /**
   * Checks a full set of role connection metadata records: at most {@value
   * #ROLE_CONNECTION_METADATA_MAX}, each valid under {@link #roleConnectionMetadata(String,
   * ApplicationRoleConnectionMetadata)}.
   *
   * @param records the records
   * @throws ValidationException if there are too many or one breaks a rule
   */
  public static void roleConnectionMetadata(List<ApplicationRoleConnectionMetadata> records) {
    if (records == null) {
      return;
    }
    Check.count("metadata", records, 0, ROLE_CONNECTION_METADATA_MAX);
    for (int i = 0; i < records.size(); i++) {
      roleConnectionMetadata("[" + i + "]", records.get(i));
    }
  }

  /**
   * Checks one role connection metadata record: a key of 1 to {@value #METADATA_KEY_MAX} characters
   * of {@code a-z}, {@code 0-9} and {@code _}, a name of 1 to {@value #METADATA_NAME_MAX} and a
   * description of 1 to {@value #METADATA_DESCRIPTION_MAX} characters, localized ones alike.
   *
   * @param field the record's path
   * @param record the record
   * @throws ValidationException if the record breaks a rule
   */
  public static void roleConnectionMetadata(
      String field, ApplicationRoleConnectionMetadata record) {
    Check.length(field + ".key", record.key(), 1, METADATA_KEY_MAX);
    if (!METADATA_KEY.matcher(record.key()).matches()) {
      throw new ValidationException(
          field + ".key", ValidationException.Rule.MALFORMED, "a-z, 0-9 and _", "other characters");
    }
    Check.length(field + ".name", record.name(), 1, METADATA_NAME_MAX);
    Check.length(field + ".description", record.description(), 1, METADATA_DESCRIPTION_MAX);
    record
        .nameLocalizations()
        .ifPresent(
            map ->
                map.forEach(
                    (locale, name) ->
                        Check.length(
                            field + ".name_localizations." + locale.value(),
                            name,
                            1,
                            METADATA_NAME_MAX)));
    record
        .descriptionLocalizations()
        .ifPresent(
            map ->
                map.forEach(
                    (locale, text) ->
                        Check.length(
                            field + ".description_localizations." + locale.value(),
                            text,
                            1,
                            METADATA_DESCRIPTION_MAX)));
  }
}
