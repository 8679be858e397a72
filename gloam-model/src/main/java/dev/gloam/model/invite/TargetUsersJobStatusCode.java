package dev.gloam.model.invite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The state of the job that processes an invite's target users file. Maps the "Status Codes" table
 * of "Get Target Users Job Status" (resources/invite).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class TargetUsersJobStatusCode extends IntEnum {
  private static final IntEnumRegistry<TargetUsersJobStatusCode> VALUES =
      new IntEnumRegistry<>(value -> new TargetUsersJobStatusCode(value, null));

  /** No state reported (0). */
  public static final TargetUsersJobStatusCode UNSPECIFIED =
      VALUES.register(new TargetUsersJobStatusCode(0, "UNSPECIFIED"));

  /** The file is still being processed (1). */
  public static final TargetUsersJobStatusCode PROCESSING =
      VALUES.register(new TargetUsersJobStatusCode(1, "PROCESSING"));

  /** The file was processed successfully (2). */
  public static final TargetUsersJobStatusCode COMPLETED =
      VALUES.register(new TargetUsersJobStatusCode(2, "COMPLETED"));

  /** Processing failed; the error message tells why (3). */
  public static final TargetUsersJobStatusCode FAILED =
      VALUES.register(new TargetUsersJobStatusCode(3, "FAILED"));

  private TargetUsersJobStatusCode(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static TargetUsersJobStatusCode of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
