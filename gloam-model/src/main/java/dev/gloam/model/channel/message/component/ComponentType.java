package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of a message or modal component. Maps Discord's "Component Types" table
 * (components/reference).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ComponentType extends IntEnum {
  private static final IntEnumRegistry<ComponentType> VALUES =
      new IntEnumRegistry<>(value -> new ComponentType(value, null));

  /** A row that holds buttons or one select menu (1). */
  public static final ComponentType ACTION_ROW =
      VALUES.register(new ComponentType(1, "ACTION_ROW"));

  /** A clickable button (2). */
  public static final ComponentType BUTTON = VALUES.register(new ComponentType(2, "BUTTON"));

  /** A select menu over options the app defines (3). */
  public static final ComponentType STRING_SELECT =
      VALUES.register(new ComponentType(3, "STRING_SELECT"));

  /** A free-form text field in a modal (4). */
  public static final ComponentType TEXT_INPUT =
      VALUES.register(new ComponentType(4, "TEXT_INPUT"));

  /** A select menu over users (5). */
  public static final ComponentType USER_SELECT =
      VALUES.register(new ComponentType(5, "USER_SELECT"));

  /** A select menu over roles (6). */
  public static final ComponentType ROLE_SELECT =
      VALUES.register(new ComponentType(6, "ROLE_SELECT"));

  /** A select menu over users and roles (7). */
  public static final ComponentType MENTIONABLE_SELECT =
      VALUES.register(new ComponentType(7, "MENTIONABLE_SELECT"));

  /** A select menu over channels (8). */
  public static final ComponentType CHANNEL_SELECT =
      VALUES.register(new ComponentType(8, "CHANNEL_SELECT"));

  /** Text shown next to an accessory (9). */
  public static final ComponentType SECTION = VALUES.register(new ComponentType(9, "SECTION"));

  /** A block of markdown text (10). */
  public static final ComponentType TEXT_DISPLAY =
      VALUES.register(new ComponentType(10, "TEXT_DISPLAY"));

  /** A small image, used as a section accessory (11). */
  public static final ComponentType THUMBNAIL = VALUES.register(new ComponentType(11, "THUMBNAIL"));

  /** A grid of images and videos (12). */
  public static final ComponentType MEDIA_GALLERY =
      VALUES.register(new ComponentType(12, "MEDIA_GALLERY"));

  /** An attached file (13). */
  public static final ComponentType FILE = VALUES.register(new ComponentType(13, "FILE"));

  /** Vertical space, optionally with a dividing line (14). */
  public static final ComponentType SEPARATOR = VALUES.register(new ComponentType(14, "SEPARATOR"));

  /** A framed group of components (17). */
  public static final ComponentType CONTAINER = VALUES.register(new ComponentType(17, "CONTAINER"));

  /** A label and description around one modal component (18). */
  public static final ComponentType LABEL = VALUES.register(new ComponentType(18, "LABEL"));

  /** A file picker in a modal (19). */
  public static final ComponentType FILE_UPLOAD =
      VALUES.register(new ComponentType(19, "FILE_UPLOAD"));

  /** A single-choice list of options in a modal (21). */
  public static final ComponentType RADIO_GROUP =
      VALUES.register(new ComponentType(21, "RADIO_GROUP"));

  /** A multiple-choice list of checkboxes in a modal (22). */
  public static final ComponentType CHECKBOX_GROUP =
      VALUES.register(new ComponentType(22, "CHECKBOX_GROUP"));

  /** A single yes/no checkbox in a modal (23). */
  public static final ComponentType CHECKBOX = VALUES.register(new ComponentType(23, "CHECKBOX"));

  private ComponentType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the component type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ComponentType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
