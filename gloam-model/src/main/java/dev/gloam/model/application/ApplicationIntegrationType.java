package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Where an application can be installed: to a guild or to a user. Maps Discord's "Application
 * Integration Types" table (resources/application).
 *
 * <p>Discord also uses these values as the keys of JSON objects ({@code integration_types_config},
 * {@code authorizing_integration_owners}); there they are read from and written as the decimal
 * string of the value.
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ApplicationIntegrationType extends IntEnum {
  private static final IntEnumRegistry<ApplicationIntegrationType> VALUES =
      new IntEnumRegistry<>(value -> new ApplicationIntegrationType(value, null));

  /** The app can be installed to guilds (0). */
  public static final ApplicationIntegrationType GUILD_INSTALL =
      VALUES.register(new ApplicationIntegrationType(0, "GUILD_INSTALL"));

  /** The app can be installed to users (1). */
  public static final ApplicationIntegrationType USER_INSTALL =
      VALUES.register(new ApplicationIntegrationType(1, "USER_INSTALL"));

  private ApplicationIntegrationType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the integration type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ApplicationIntegrationType of(int value) {
    return VALUES.of(value);
  }

  /**
   * Returns the integration type written as a JSON object key, the decimal string of its value.
   *
   * @param key the key
   * @return the constant, or an unnamed instance for an unknown value
   * @throws NumberFormatException if the key is not a decimal integer
   */
  public static ApplicationIntegrationType valueOf(String key) {
    return of(Integer.parseInt(key));
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
