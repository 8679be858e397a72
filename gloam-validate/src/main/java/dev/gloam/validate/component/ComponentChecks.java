package dev.gloam.validate.component;

import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ChannelSelect;
import dev.gloam.model.channel.message.component.Checkbox;
import dev.gloam.model.channel.message.component.CheckboxGroup;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Container;
import dev.gloam.model.channel.message.component.FileComponent;
import dev.gloam.model.channel.message.component.FileUpload;
import dev.gloam.model.channel.message.component.Label;
import dev.gloam.model.channel.message.component.MediaGallery;
import dev.gloam.model.channel.message.component.MentionableSelect;
import dev.gloam.model.channel.message.component.RadioGroup;
import dev.gloam.model.channel.message.component.RoleSelect;
import dev.gloam.model.channel.message.component.Section;
import dev.gloam.model.channel.message.component.SelectOption;
import dev.gloam.model.channel.message.component.Separator;
import dev.gloam.model.channel.message.component.StringSelect;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.channel.message.component.TextInput;
import dev.gloam.model.channel.message.component.Thumbnail;
import dev.gloam.model.channel.message.component.UserSelect;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.List;
import java.util.Optional;

/**
 * Checks of components in messages and modals (components/reference): classic messages have up to
 * five action rows; messages with the {@code IS_COMPONENTS_V2} flag have up to 40 components in all
 * with layout rules per component type; modals have up to five top-level components.
 */
public final class ComponentChecks {
  /** The most action rows of a message without the {@code IS_COMPONENTS_V2} flag. */
  public static final int CLASSIC_ROWS_MAX = 5;

  /** The most components, counting nested ones, of a message with {@code IS_COMPONENTS_V2}. */
  public static final int V2_TOTAL_MAX = 40;

  /** The most characters of all text displays of a message together. */
  public static final int TEXT_DISPLAY_TOTAL_MAX = 4000;

  /** The most buttons of an action row. */
  public static final int ROW_BUTTONS_MAX = 5;

  /** The fewest characters of a {@code custom_id}. */
  public static final int CUSTOM_ID_MIN = 1;

  /** The most characters of a {@code custom_id}. */
  public static final int CUSTOM_ID_MAX = 100;

  /** The most characters of a button's label. */
  public static final int BUTTON_LABEL_MAX = 80;

  /** The most characters of a link button's URL. */
  public static final int BUTTON_URL_MAX = 512;

  /** The fewest options of a string select. */
  public static final int SELECT_OPTIONS_MIN = 1;

  /** The most options of a string select. */
  public static final int SELECT_OPTIONS_MAX = 25;

  /** The most characters of a select option's label, value or description. */
  public static final int SELECT_OPTION_TEXT_MAX = 100;

  /** The most characters of a select's placeholder. */
  public static final int SELECT_PLACEHOLDER_MAX = 150;

  /** The largest {@code min_values} or {@code max_values} of a select. */
  public static final int SELECT_VALUES_MAX = 25;

  /** The fewest text displays of a section. */
  public static final int SECTION_TEXTS_MIN = 1;

  /** The most text displays of a section. */
  public static final int SECTION_TEXTS_MAX = 3;

  /** The fewest items of a media gallery. */
  public static final int GALLERY_ITEMS_MIN = 1;

  /** The most items of a media gallery. */
  public static final int GALLERY_ITEMS_MAX = 10;

  /** The most characters of a media item's description (alt text). */
  public static final int MEDIA_DESCRIPTION_MAX = 1024;

  /** The most characters of a modal's title. */
  public static final int MODAL_TITLE_MAX = 45;

  /** The fewest top-level components of a modal. */
  public static final int MODAL_COMPONENTS_MIN = 1;

  /** The most top-level components of a modal. */
  public static final int MODAL_COMPONENTS_MAX = 5;

  /** The most characters of a label's (or text input's) label. */
  public static final int LABEL_MAX = 45;

  /** The most characters of a label's description. */
  public static final int LABEL_DESCRIPTION_MAX = 100;

  /** The most characters of a text input's value, and the largest min and max length. */
  public static final int TEXT_INPUT_LENGTH_MAX = 4000;

  /** The most characters of a text input's placeholder. */
  public static final int TEXT_INPUT_PLACEHOLDER_MAX = 100;

  /** The most options of a radio group or checkbox group. */
  public static final int GROUP_OPTIONS_MAX = 10;

  /** The most files of a file upload. */
  public static final int FILE_UPLOAD_MAX = 10;

  private ComponentChecks() {}

  /**
   * Checks the components of a message.
   *
   * @param field the field's path, such as {@code components}
   * @param components the components, or {@code null} if absent
   * @param componentsV2 whether the message has the {@code IS_COMPONENTS_V2} flag
   * @throws ValidationException if a component breaks a limit or is not allowed where it is
   */
  public static void messageComponents(
      String field, List<Component> components, boolean componentsV2) {
    if (components == null) {
      return;
    }
    if (!componentsV2) {
      Check.count(field, components, 0, CLASSIC_ROWS_MAX);
      for (int i = 0; i < components.size(); i++) {
        String path = field + "[" + i + "]";
        if (!(components.get(i) instanceof ActionRow row)) {
          throw notAllowed(
              path, components.get(i), "only action rows without the IS_COMPONENTS_V2 flag");
        }
        actionRow(path, row);
      }
      return;
    }
    int[] totals = new int[2];
    for (int i = 0; i < components.size(); i++) {
      Component component = components.get(i);
      String path = field + "[" + i + "]";
      switch (component) {
        case ActionRow row -> actionRow(path, row);
        case Section section -> section(path, section, totals);
        case TextDisplay text -> totals[1] += Check.characters(text.content());
        case MediaGallery gallery -> mediaGallery(path, gallery);
        case FileComponent file -> {}
        case Separator separator -> {}
        case Container container -> container(path, container, totals);
        default ->
            throw notAllowed(
                path,
                component,
                "action row, section, text display, media gallery, file, separator or container");
      }
      totals[0] += count(component);
    }
    if (totals[0] > V2_TOTAL_MAX) {
      throw new ValidationException(
          field,
          ValidationException.Rule.TOO_MANY,
          V2_TOTAL_MAX + " components in all",
          Integer.toString(totals[0]));
    }
    if (totals[1] > TEXT_DISPLAY_TOTAL_MAX) {
      throw new ValidationException(
          field,
          ValidationException.Rule.TOO_LONG,
          TEXT_DISPLAY_TOTAL_MAX + " characters in all text displays",
          Integer.toString(totals[1]));
    }
  }

  /**
   * Checks the components of a message's {@code components} field.
   *
   * @param components the components, or {@code null} if absent
   * @param componentsV2 whether the message has the {@code IS_COMPONENTS_V2} flag
   * @throws ValidationException if a component breaks a limit or is not allowed where it is
   */
  public static void messageComponents(List<Component> components, boolean componentsV2) {
    messageComponents("components", components, componentsV2);
  }

  /**
   * Checks a modal (interactions/receiving-and-responding, "Modal"): its {@code custom_id}, title
   * and 1 to 5 top-level components, each a label, a text display or an action row with a text
   * input.
   *
   * @param customId the modal's {@code custom_id}
   * @param title the title
   * @param components the components
   * @throws ValidationException if a field breaks its limit
   */
  public static void modal(String customId, String title, List<Component> components) {
    customId("data.custom_id", customId);
    Check.required("data.title", title, "a modal needs a title");
    Check.length("data.title", title, 1, MODAL_TITLE_MAX);
    Check.required("data.components", components, "a modal needs components");
    Check.count("data.components", components, MODAL_COMPONENTS_MIN, MODAL_COMPONENTS_MAX);
    for (int i = 0; i < components.size(); i++) {
      String path = "data.components[" + i + "]";
      switch (components.get(i)) {
        case Label label -> label(path, label);
        case TextDisplay text -> {}
        case ActionRow row -> {
          Check.count(path + ".components", row.components(), 1, 1);
          if (!(row.components().get(0) instanceof TextInput input)) {
            throw notAllowed(
                path + ".components[0]", row.components().get(0), "a text input in a modal's row");
          }
          textInput(path + ".components[0]", input);
        }
        default -> throw notAllowed(path, components.get(i), "label, text display or action row");
      }
    }
  }

  /**
   * Checks a {@code custom_id}.
   *
   * @param field the field's path
   * @param customId the id
   * @throws ValidationException if it is missing or has not 1 to 100 characters
   */
  public static void customId(String field, String customId) {
    Check.required(field, customId, "interactive components need a custom_id");
    Check.length(field, customId, CUSTOM_ID_MIN, CUSTOM_ID_MAX);
  }

  /**
   * Checks an action row of a message: up to 5 buttons, or one select menu.
   *
   * @param field the row's path
   * @param row the row
   * @throws ValidationException if the row or one of its components breaks a rule
   */
  public static void actionRow(String field, ActionRow row) {
    List<Component> children = row.components();
    String path = field + ".components";
    Check.required(path, children, "an action row needs components");
    Check.count(path, children, 1, ROW_BUTTONS_MAX);
    boolean select = children.stream().anyMatch(c -> !(c instanceof Button));
    if (select && children.size() > 1) {
      throw new ValidationException(
          path,
          ValidationException.Rule.NOT_ALLOWED,
          "up to 5 buttons or a single select menu",
          children.size() + " components with a select menu");
    }
    for (int i = 0; i < children.size(); i++) {
      interactive(path + "[" + i + "]", children.get(i));
    }
  }

  private static void interactive(String path, Component component) {
    switch (component) {
      case Button button -> button(path, button);
      case StringSelect s -> {
        select(path, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
        Check.required(path + ".options", s.options(), "a string select needs options");
        Check.count(path + ".options", s.options(), SELECT_OPTIONS_MIN, SELECT_OPTIONS_MAX);
        for (int i = 0; i < s.options().size(); i++) {
          SelectOption option = s.options().get(i);
          String optionPath = path + ".options[" + i + "]";
          Check.length(optionPath + ".label", option.label(), 1, SELECT_OPTION_TEXT_MAX);
          Check.length(optionPath + ".value", option.value(), 1, SELECT_OPTION_TEXT_MAX);
          Check.maxLength(
              optionPath + ".description",
              option.description().orElse(null),
              SELECT_OPTION_TEXT_MAX);
        }
      }
      case UserSelect s ->
          select(path, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
      case RoleSelect s ->
          select(path, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
      case MentionableSelect s ->
          select(path, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
      case ChannelSelect s ->
          select(path, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
      default -> throw notAllowed(path, component, "buttons and select menus in an action row");
    }
  }

  /**
   * Checks a button: label, {@code custom_id} of non-link buttons and URL of link buttons.
   *
   * @param field the button's path
   * @param button the button
   * @throws ValidationException if a field breaks its limit
   */
  public static void button(String field, Button button) {
    Check.maxLength(field + ".label", button.label().orElse(null), BUTTON_LABEL_MAX);
    Check.maxLength(field + ".url", button.url().orElse(null), BUTTON_URL_MAX);
    if (button.url().isEmpty() && button.skuId().isEmpty()) {
      customId(field + ".custom_id", button.customId().orElse(null));
    }
  }

  private static void select(
      String path,
      String customId,
      Optional<String> placeholder,
      Optional<Integer> minValues,
      Optional<Integer> maxValues) {
    customId(path + ".custom_id", customId);
    Check.maxLength(path + ".placeholder", placeholder.orElse(null), SELECT_PLACEHOLDER_MAX);
    if (minValues.isPresent()) {
      Check.range(path + ".min_values", minValues.get(), 0, SELECT_VALUES_MAX);
    }
    if (maxValues.isPresent()) {
      Check.range(path + ".max_values", maxValues.get(), 1, SELECT_VALUES_MAX);
    }
  }

  private static void section(String path, Section section, int[] totals) {
    List<Component> children = section.components();
    Check.required(path + ".components", children, "a section needs text displays");
    Check.count(path + ".components", children, SECTION_TEXTS_MIN, SECTION_TEXTS_MAX);
    for (int i = 0; i < children.size(); i++) {
      if (!(children.get(i) instanceof TextDisplay text)) {
        throw notAllowed(path + ".components[" + i + "]", children.get(i), "text display");
      }
      totals[1] += Check.characters(text.content());
    }
    Component accessory = section.accessory();
    Check.required(path + ".accessory", accessory, "a section needs an accessory");
    switch (accessory) {
      case Button button -> button(path + ".accessory", button);
      case Thumbnail thumbnail ->
          Check.maxLength(
              path + ".accessory.description",
              thumbnail.description().orElse(null),
              MEDIA_DESCRIPTION_MAX);
      default -> throw notAllowed(path + ".accessory", accessory, "button or thumbnail");
    }
  }

  private static void mediaGallery(String path, MediaGallery gallery) {
    Check.required(path + ".items", gallery.items(), "a media gallery needs items");
    Check.count(path + ".items", gallery.items(), GALLERY_ITEMS_MIN, GALLERY_ITEMS_MAX);
    for (int i = 0; i < gallery.items().size(); i++) {
      Check.maxLength(
          path + ".items[" + i + "].description",
          gallery.items().get(i).description().orElse(null),
          MEDIA_DESCRIPTION_MAX);
    }
  }

  private static void container(String path, Container container, int[] totals) {
    List<Component> children = container.components();
    Check.required(path + ".components", children, "a container needs components");
    for (int i = 0; i < children.size(); i++) {
      String child = path + ".components[" + i + "]";
      switch (children.get(i)) {
        case ActionRow row -> actionRow(child, row);
        case TextDisplay text -> totals[1] += Check.characters(text.content());
        case Section section -> section(child, section, totals);
        case MediaGallery gallery -> mediaGallery(child, gallery);
        case Separator separator -> {}
        case FileComponent file -> {}
        default ->
            throw notAllowed(
                child,
                children.get(i),
                "action row, text display, section, media gallery, separator or file");
      }
    }
  }

  private static void label(String path, Label label) {
    Check.length(path + ".label", label.label(), 1, LABEL_MAX);
    Check.maxLength(path + ".description", label.description().orElse(null), LABEL_DESCRIPTION_MAX);
    Component child = label.component();
    String childPath = path + ".component";
    Check.required(childPath, child, "a label needs a component");
    switch (child) {
      case TextInput input -> textInput(childPath, input);
      case StringSelect s -> interactive(childPath, s);
      case UserSelect s -> interactive(childPath, s);
      case RoleSelect s -> interactive(childPath, s);
      case MentionableSelect s -> interactive(childPath, s);
      case ChannelSelect s -> interactive(childPath, s);
      case FileUpload upload -> {
        customId(childPath + ".custom_id", upload.customId());
        if (upload.minValues().isPresent()) {
          Check.range(childPath + ".min_values", upload.minValues().get(), 0, FILE_UPLOAD_MAX);
        }
        if (upload.maxValues().isPresent()) {
          Check.range(childPath + ".max_values", upload.maxValues().get(), 1, FILE_UPLOAD_MAX);
        }
      }
      case RadioGroup group -> {
        customId(childPath + ".custom_id", group.customId());
        Check.count(childPath + ".options", group.options(), 2, GROUP_OPTIONS_MAX);
      }
      case CheckboxGroup group -> {
        customId(childPath + ".custom_id", group.customId());
        Check.count(childPath + ".options", group.options(), 1, GROUP_OPTIONS_MAX);
      }
      case Checkbox box -> customId(childPath + ".custom_id", box.customId());
      default -> throw notAllowed(childPath, child, "an input component");
    }
  }

  /**
   * Checks a text input of a modal.
   *
   * @param field the input's path
   * @param input the text input
   * @throws ValidationException if a field breaks its limit
   */
  public static void textInput(String field, TextInput input) {
    customId(field + ".custom_id", input.customId());
    Check.maxLength(field + ".label", input.label().orElse(null), LABEL_MAX);
    Check.maxLength(field + ".value", input.value().orElse(null), TEXT_INPUT_LENGTH_MAX);
    Check.maxLength(
        field + ".placeholder", input.placeholder().orElse(null), TEXT_INPUT_PLACEHOLDER_MAX);
    if (input.minLength().isPresent()) {
      Check.range(field + ".min_length", input.minLength().get(), 0, TEXT_INPUT_LENGTH_MAX);
    }
    if (input.maxLength().isPresent()) {
      Check.range(field + ".max_length", input.maxLength().get(), 1, TEXT_INPUT_LENGTH_MAX);
    }
  }

  /**
   * Counts a component and every component nested in it, as Discord counts towards the limit of
   * {@value #V2_TOTAL_MAX}.
   *
   * @param component the component
   * @return the count, at least 1
   */
  public static int count(Component component) {
    int n = 1;
    switch (component) {
      case ActionRow row -> {
        for (Component c : row.components()) {
          n += count(c);
        }
      }
      case Section section -> {
        for (Component c : section.components()) {
          n += count(c);
        }
        if (section.accessory() != null) {
          n += count(section.accessory());
        }
      }
      case Container container -> {
        for (Component c : container.components()) {
          n += count(c);
        }
      }
      case Label label -> {
        if (label.component() != null) {
          n += count(label.component());
        }
      }
      default -> {}
    }
    return n;
  }

  private static ValidationException notAllowed(String path, Component component, String allowed) {
    return new ValidationException(
        path, ValidationException.Rule.NOT_ALLOWED, allowed, "type " + component.type().value());
  }
}
