package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * A word set that Discord maintains for {@link TriggerType#KEYWORD_PRESET} rules. Maps Discord's
 * "Keyword Preset Types" table (resources/auto-moderation).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class KeywordPresetType extends IntEnum {
  private static final IntEnumRegistry<KeywordPresetType> VALUES =
      new IntEnumRegistry<>(value -> new KeywordPresetType(value, null));

  /** Swearing and cursing (1). */
  public static final KeywordPresetType PROFANITY =
      VALUES.register(new KeywordPresetType(1, "PROFANITY"));

  /** Words about sexually explicit acts (2). */
  public static final KeywordPresetType SEXUAL_CONTENT =
      VALUES.register(new KeywordPresetType(2, "SEXUAL_CONTENT"));

  /** Personal insults and hate speech (3). */
  public static final KeywordPresetType SLURS = VALUES.register(new KeywordPresetType(3, "SLURS"));

  private KeywordPresetType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static KeywordPresetType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
