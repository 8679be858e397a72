package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * How a user's role connection metadata value is compared with the value a guild configured. Maps
 * Discord's "Application Role Connection Metadata Type" table
 * (resources/application-role-connection-metadata).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ApplicationRoleConnectionMetadataType extends IntEnum {
  private static final IntEnumRegistry<ApplicationRoleConnectionMetadataType> VALUES =
      new IntEnumRegistry<>(value -> new ApplicationRoleConnectionMetadataType(value, null));

  /** The user's integer is at most the guild's (1). */
  public static final ApplicationRoleConnectionMetadataType INTEGER_LESS_THAN_OR_EQUAL =
      VALUES.register(new ApplicationRoleConnectionMetadataType(1, "INTEGER_LESS_THAN_OR_EQUAL"));

  /** The user's integer is at least the guild's (2). */
  public static final ApplicationRoleConnectionMetadataType INTEGER_GREATER_THAN_OR_EQUAL =
      VALUES.register(
          new ApplicationRoleConnectionMetadataType(2, "INTEGER_GREATER_THAN_OR_EQUAL"));

  /** The user's integer equals the guild's (3). */
  public static final ApplicationRoleConnectionMetadataType INTEGER_EQUAL =
      VALUES.register(new ApplicationRoleConnectionMetadataType(3, "INTEGER_EQUAL"));

  /** The user's integer differs from the guild's (4). */
  public static final ApplicationRoleConnectionMetadataType INTEGER_NOT_EQUAL =
      VALUES.register(new ApplicationRoleConnectionMetadataType(4, "INTEGER_NOT_EQUAL"));

  /** The user's date is at most the guild's number of days ago (5). */
  public static final ApplicationRoleConnectionMetadataType DATETIME_LESS_THAN_OR_EQUAL =
      VALUES.register(new ApplicationRoleConnectionMetadataType(5, "DATETIME_LESS_THAN_OR_EQUAL"));

  /** The user's date is at least the guild's number of days ago (6). */
  public static final ApplicationRoleConnectionMetadataType DATETIME_GREATER_THAN_OR_EQUAL =
      VALUES.register(
          new ApplicationRoleConnectionMetadataType(6, "DATETIME_GREATER_THAN_OR_EQUAL"));

  /** The user's value is 1, as the guild requires (7). */
  public static final ApplicationRoleConnectionMetadataType BOOLEAN_EQUAL =
      VALUES.register(new ApplicationRoleConnectionMetadataType(7, "BOOLEAN_EQUAL"));

  /** The user's value is not 1 (8). */
  public static final ApplicationRoleConnectionMetadataType BOOLEAN_NOT_EQUAL =
      VALUES.register(new ApplicationRoleConnectionMetadataType(8, "BOOLEAN_NOT_EQUAL"));

  private ApplicationRoleConnectionMetadataType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the metadata type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ApplicationRoleConnectionMetadataType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
