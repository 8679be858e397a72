package dev.gloam.validate.component;

import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.channel.message.component.ChannelSelect;
import dev.gloam.model.channel.message.component.Checkbox;
import dev.gloam.model.channel.message.component.CheckboxGroup;
import dev.gloam.model.channel.message.component.CheckboxGroupOption;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Container;
import dev.gloam.model.channel.message.component.FileComponent;
import dev.gloam.model.channel.message.component.FileUpload;
import dev.gloam.model.channel.message.component.Label;
import dev.gloam.model.channel.message.component.MediaGallery;
import dev.gloam.model.channel.message.component.MentionableSelect;
import dev.gloam.model.channel.message.component.RadioGroup;
import dev.gloam.model.channel.message.component.RadioGroupOption;
import dev.gloam.model.channel.message.component.RoleSelect;
import dev.gloam.model.channel.message.component.Section;
import dev.gloam.model.channel.message.component.SelectDefaultValue;
import dev.gloam.model.channel.message.component.SelectOption;
import dev.gloam.model.channel.message.component.Separator;
import dev.gloam.model.channel.message.component.StringSelect;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.channel.message.component.TextInput;
import dev.gloam.model.channel.message.component.Thumbnail;
import dev.gloam.model.channel.message.component.UserSelect;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of components in messages and modals (components/reference): classic messages have up to
 * five action rows; messages with the {@code IS_COMPONENTS_V2} flag have up to 40 components in all
 * with layout rules per component type; modals have up to five top-level components. In a message
 * or a modal no two components share a {@code custom_id} or an {@code id} ("Anatomy of a
 * Component").
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

  /** The most file types a file upload filters for. */
  public static final int FILE_TYPES_MAX = 10;

  /** The groups of file types a file upload can filter for, besides single extensions. */
  public static final Set<String> FILE_TYPE_GROUPS = Set.of("image", "video", "audio");

  /** The fewest options of a radio group. */
  public static final int RADIO_OPTIONS_MIN = 2;

  /** The fewest options of a checkbox group. */
  public static final int CHECKBOX_OPTIONS_MIN = 1;

  /** The most characters of a radio or checkbox group option's value, label or description. */
  public static final int GROUP_OPTION_TEXT_MAX = 100;

  /** The largest accent color of a container: RGB {@code 0xFFFFFF}. */
  public static final int ACCENT_COLOR_MAX = 0xFFFFFF;

  /** The scheme of a reference to a file uploaded with the message, the only one a file takes. */
  public static final String ATTACHMENT_SCHEME = "attachment://";

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
      unique(field, components);
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
        case FileComponent file -> file(path, file);
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
    unique(field, components);
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
    modalComponents("data.components", components);
  }

  /**
   * Checks the top-level components of a modal: 1 to 5 labels, text displays or (deprecated) action
   * rows with one text input, and no {@code custom_id} or {@code id} used twice.
   *
   * @param field the list's path, such as {@code data.components}
   * @param components the components
   * @throws ValidationException if a component breaks a limit or is not allowed where it is
   */
  public static void modalComponents(String field, List<Component> components) {
    Check.required(field, components, "a modal needs components");
    Check.count(field, components, MODAL_COMPONENTS_MIN, MODAL_COMPONENTS_MAX);
    for (int i = 0; i < components.size(); i++) {
      String path = field + "[" + i + "]";
      switch (components.get(i)) {
        case Label label -> label(path, label);
        case TextDisplay text -> {}
        case ActionRow row -> {
          Check.required(path + ".components", row.components(), "an action row needs components");
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
    unique(field, components);
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
      interactive(path + "[" + i + "]", children.get(i), false);
    }
  }

  /**
   * Checks a select menu of any kind (string, user, role, mentionable, channel), in a message's
   * action row or in a modal's label.
   *
   * @param field the select's path
   * @param select the select menu
   * @param inModal whether the select is in a modal, where {@code disabled} is not allowed and
   *     {@code min_values} of 0 needs {@code required} set to false
   * @throws ValidationException if a field breaks its limit, or the component is not a select
   */
  public static void select(String field, Component select, boolean inModal) {
    switch (select) {
      case StringSelect s -> {
        selectFields(field, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
        modalRules(field, inModal, s.minValues(), s.required(), s.disabled());
        Check.required(field + ".options", s.options(), "a string select needs options");
        Check.count(field + ".options", s.options(), SELECT_OPTIONS_MIN, SELECT_OPTIONS_MAX);
        for (int i = 0; i < s.options().size(); i++) {
          SelectOption option = s.options().get(i);
          String optionPath = field + ".options[" + i + "]";
          Check.required(optionPath + ".label", option.label(), "an option needs a label");
          Check.length(optionPath + ".label", option.label(), 1, SELECT_OPTION_TEXT_MAX);
          Check.required(optionPath + ".value", option.value(), "an option needs a value");
          Check.length(optionPath + ".value", option.value(), 1, SELECT_OPTION_TEXT_MAX);
          Check.maxLength(
              optionPath + ".description",
              option.description().orElse(null),
              SELECT_OPTION_TEXT_MAX);
        }
      }
      case UserSelect s -> {
        selectFields(field, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
        modalRules(field, inModal, s.minValues(), s.required(), s.disabled());
        defaultValues(field, s.defaultValues(), s.minValues(), s.maxValues(), "user");
      }
      case RoleSelect s -> {
        selectFields(field, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
        modalRules(field, inModal, s.minValues(), s.required(), s.disabled());
        defaultValues(field, s.defaultValues(), s.minValues(), s.maxValues(), "role");
      }
      case MentionableSelect s -> {
        selectFields(field, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
        modalRules(field, inModal, s.minValues(), s.required(), s.disabled());
        defaultValues(field, s.defaultValues(), s.minValues(), s.maxValues(), "user", "role");
      }
      case ChannelSelect s -> {
        selectFields(field, s.customId(), s.placeholder(), s.minValues(), s.maxValues());
        modalRules(field, inModal, s.minValues(), s.required(), s.disabled());
        defaultValues(field, s.defaultValues(), s.minValues(), s.maxValues(), "channel");
      }
      default -> throw notAllowed(field, select, "a select menu");
    }
  }

  private static void interactive(String path, Component component, boolean inModal) {
    if (component instanceof Button button && !inModal) {
      button(path, button);
    } else {
      select(path, component, inModal);
    }
  }

  /**
   * Checks a button: its label and URL, and the fields its style requires and forbids
   * (components/reference, "Button"): link buttons need a {@code url} and take no {@code
   * custom_id}; premium buttons need a {@code sku_id} and take no {@code custom_id}, {@code label},
   * {@code url} or {@code emoji}; the other styles need a {@code custom_id} and take no {@code url}
   * or {@code sku_id}.
   *
   * @param field the button's path
   * @param button the button
   * @throws ValidationException if a field breaks its limit or does not fit the style
   */
  public static void button(String field, Button button) {
    Check.required(field + ".style", button.style(), "a button needs a style");
    Check.maxLength(field + ".label", button.label().orElse(null), BUTTON_LABEL_MAX);
    Check.maxLength(field + ".url", button.url().orElse(null), BUTTON_URL_MAX);
    ButtonStyle style = button.style();
    if (style.equals(ButtonStyle.LINK)) {
      Check.required(field + ".url", button.url().orElse(null), "a link button needs a url");
      absent(field + ".custom_id", button.customId(), "a link button");
      absent(field + ".sku_id", button.skuId(), "a link button");
    } else if (style.equals(ButtonStyle.PREMIUM)) {
      Check.required(
          field + ".sku_id", button.skuId().orElse(null), "a premium button needs a sku_id");
      absent(field + ".custom_id", button.customId(), "a premium button");
      absent(field + ".label", button.label(), "a premium button");
      absent(field + ".url", button.url(), "a premium button");
      absent(field + ".emoji", button.emoji(), "a premium button");
    } else if (style.isKnown()) {
      customId(field + ".custom_id", button.customId().orElse(null));
      absent(field + ".url", button.url(), "a button of style " + style.value());
      absent(field + ".sku_id", button.skuId(), "a button of style " + style.value());
    } else if (button.url().isEmpty() && button.skuId().isEmpty()) {
      // A style newer than this library: its rules are unknown, so only the common case applies.
      customId(field + ".custom_id", button.customId().orElse(null));
    }
  }

  private static void absent(String path, Optional<?> value, String what) {
    if (value.isPresent()) {
      throw new ValidationException(
          path, ValidationException.Rule.NOT_ALLOWED, what + " takes none", "present");
    }
  }

  private static void selectFields(
      String path,
      String customId,
      Optional<String> placeholder,
      Optional<Integer> minValues,
      Optional<Integer> maxValues) {
    customId(path + ".custom_id", customId);
    Check.maxLength(path + ".placeholder", placeholder.orElse(null), SELECT_PLACEHOLDER_MAX);
    valueRange(path, minValues, maxValues, SELECT_VALUES_MAX);
  }

  private static void valueRange(
      String path, Optional<Integer> minValues, Optional<Integer> maxValues, int most) {
    if (minValues.isPresent()) {
      Check.range(path + ".min_values", minValues.get(), 0, most);
    }
    if (maxValues.isPresent()) {
      Check.range(path + ".max_values", maxValues.get(), 1, most);
    }
    if (minValues.isPresent() && maxValues.isPresent() && minValues.get() > maxValues.get()) {
      throw new ValidationException(
          path + ".min_values",
          ValidationException.Rule.OUT_OF_RANGE,
          "0.." + maxValues.get() + " (max_values)",
          Integer.toString(minValues.get()));
    }
  }

  private static void modalRules(
      String path,
      boolean inModal,
      Optional<Integer> minValues,
      Optional<Boolean> required,
      Optional<Boolean> disabled) {
    if (!inModal) {
      return;
    }
    if (disabled.isPresent()) {
      throw new ValidationException(
          path + ".disabled",
          ValidationException.Rule.NOT_ALLOWED,
          "modals have no disabled components",
          "present");
    }
    minValuesNeedsOptional(path, minValues, required);
  }

  private static void minValuesNeedsOptional(
      String path, Optional<Integer> minValues, Optional<Boolean> required) {
    if (minValues.orElse(1) == 0 && required.orElse(true)) {
      throw new ValidationException(
          path + ".min_values",
          ValidationException.Rule.NOT_ALLOWED,
          "min_values 0 only with required set to false",
          "0");
    }
  }

  private static void defaultValues(
      String path,
      Optional<List<SelectDefaultValue>> defaultValues,
      Optional<Integer> minValues,
      Optional<Integer> maxValues,
      String... types) {
    List<SelectDefaultValue> values = defaultValues.orElse(List.of());
    if (values.isEmpty()) {
      return;
    }
    Check.count(path + ".default_values", values, minValues.orElse(1), maxValues.orElse(1));
    List<String> allowed = List.of(types);
    for (int i = 0; i < values.size(); i++) {
      String valuePath = path + ".default_values[" + i + "]";
      SelectDefaultValue value = values.get(i);
      Check.required(valuePath + ".id", value.id(), "a default value needs an id");
      Check.required(valuePath + ".type", value.type(), "a default value needs a type");
      if (!allowed.contains(value.type().value())) {
        throw new ValidationException(
            valuePath + ".type",
            ValidationException.Rule.NOT_ALLOWED,
            String.join(" or ", allowed),
            value.type().value());
      }
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
      case Thumbnail thumbnail -> {
        Check.required(path + ".accessory.media", thumbnail.media(), "a thumbnail needs media");
        Check.maxLength(
            path + ".accessory.description",
            thumbnail.description().orElse(null),
            MEDIA_DESCRIPTION_MAX);
      }
      default -> throw notAllowed(path + ".accessory", accessory, "button or thumbnail");
    }
  }

  private static void mediaGallery(String path, MediaGallery gallery) {
    Check.required(path + ".items", gallery.items(), "a media gallery needs items");
    Check.count(path + ".items", gallery.items(), GALLERY_ITEMS_MIN, GALLERY_ITEMS_MAX);
    for (int i = 0; i < gallery.items().size(); i++) {
      Check.required(
          path + ".items[" + i + "].media", gallery.items().get(i).media(), "an item needs media");
      Check.maxLength(
          path + ".items[" + i + "].description",
          gallery.items().get(i).description().orElse(null),
          MEDIA_DESCRIPTION_MAX);
    }
  }

  private static void file(String path, FileComponent file) {
    Check.required(path + ".file", file.file(), "a file needs an attachment reference");
    String url = file.file().url();
    if (url == null || !url.startsWith(ATTACHMENT_SCHEME)) {
      throw new ValidationException(
          path + ".file.url",
          ValidationException.Rule.MALFORMED,
          ATTACHMENT_SCHEME + "<filename>",
          url == null ? "absent" : "another scheme");
    }
  }

  private static void container(String path, Container container, int[] totals) {
    List<Component> children = container.components();
    Check.required(path + ".components", children, "a container needs components");
    if (container.accentColor().isPresent()) {
      Check.range(path + ".accent_color", container.accentColor().get(), 0, ACCENT_COLOR_MAX);
    }
    for (int i = 0; i < children.size(); i++) {
      String child = path + ".components[" + i + "]";
      switch (children.get(i)) {
        case ActionRow row -> actionRow(child, row);
        case TextDisplay text -> totals[1] += Check.characters(text.content());
        case Section section -> section(child, section, totals);
        case MediaGallery gallery -> mediaGallery(child, gallery);
        case Separator separator -> {}
        case FileComponent file -> file(child, file);
        default ->
            throw notAllowed(
                child,
                children.get(i),
                "action row, text display, section, media gallery, separator or file");
      }
    }
  }

  private static void label(String path, Label label) {
    Check.required(path + ".label", label.label(), "a label needs its text");
    Check.length(path + ".label", label.label(), 1, LABEL_MAX);
    Check.maxLength(path + ".description", label.description().orElse(null), LABEL_DESCRIPTION_MAX);
    Component child = label.component();
    String childPath = path + ".component";
    Check.required(childPath, child, "a label needs a component");
    switch (child) {
      case TextInput input -> textInput(childPath, input);
      case StringSelect s -> select(childPath, s, true);
      case UserSelect s -> select(childPath, s, true);
      case RoleSelect s -> select(childPath, s, true);
      case MentionableSelect s -> select(childPath, s, true);
      case ChannelSelect s -> select(childPath, s, true);
      case FileUpload upload -> {
        customId(childPath + ".custom_id", upload.customId());
        valueRange(childPath, upload.minValues(), upload.maxValues(), FILE_UPLOAD_MAX);
        minValuesNeedsOptional(childPath, upload.minValues(), upload.required());
        fileTypes(childPath + ".file_types", upload.fileTypes().orElse(null));
      }
      case RadioGroup group -> {
        customId(childPath + ".custom_id", group.customId());
        Check.required(childPath + ".options", group.options(), "a radio group needs options");
        Check.count(childPath + ".options", group.options(), RADIO_OPTIONS_MIN, GROUP_OPTIONS_MAX);
        for (int i = 0; i < group.options().size(); i++) {
          RadioGroupOption option = group.options().get(i);
          groupOption(
              childPath + ".options[" + i + "]",
              option.value(),
              option.label(),
              option.description());
        }
      }
      case CheckboxGroup group -> {
        customId(childPath + ".custom_id", group.customId());
        Check.required(childPath + ".options", group.options(), "a checkbox group needs options");
        Check.count(
            childPath + ".options", group.options(), CHECKBOX_OPTIONS_MIN, GROUP_OPTIONS_MAX);
        for (int i = 0; i < group.options().size(); i++) {
          CheckboxGroupOption option = group.options().get(i);
          groupOption(
              childPath + ".options[" + i + "]",
              option.value(),
              option.label(),
              option.description());
        }
        valueRange(childPath, group.minValues(), group.maxValues(), GROUP_OPTIONS_MAX);
        minValuesNeedsOptional(childPath, group.minValues(), group.required());
      }
      case Checkbox box -> customId(childPath + ".custom_id", box.customId());
      default -> throw notAllowed(childPath, child, "an input component");
    }
  }

  /**
   * Checks the file types a file upload filters for (reference, "File Type Filtering"): up to
   * {@value #FILE_TYPES_MAX}, each a group ({@code image}, {@code video}, {@code audio}) or a
   * dot-prefixed extension such as {@code .pdf}.
   *
   * @param field the list's path
   * @param fileTypes the file types, or {@code null} if absent
   * @throws ValidationException if there are too many or one has another form
   */
  public static void fileTypes(String field, List<String> fileTypes) {
    if (fileTypes == null) {
      return;
    }
    Check.count(field, fileTypes, 0, FILE_TYPES_MAX);
    for (int i = 0; i < fileTypes.size(); i++) {
      String type = fileTypes.get(i);
      String path = field + "[" + i + "]";
      Check.required(path, type, "a file type");
      boolean group = FILE_TYPE_GROUPS.contains(type);
      boolean extension =
          type.length() > 1
              && type.charAt(0) == '.'
              && type.chars()
                  .skip(1)
                  .noneMatch(c -> c == '.' || c == '/' || Character.isWhitespace(c));
      if (!group && !extension) {
        throw new ValidationException(
            path,
            ValidationException.Rule.MALFORMED,
            "image, video, audio or a dot-prefixed extension such as .pdf",
            "another form");
      }
    }
  }

  private static void groupOption(
      String path, String value, String label, Optional<String> description) {
    Check.required(path + ".value", value, "an option needs a value");
    Check.length(path + ".value", value, 1, GROUP_OPTION_TEXT_MAX);
    Check.required(path + ".label", label, "an option needs a label");
    Check.length(path + ".label", label, 1, GROUP_OPTION_TEXT_MAX);
    Check.maxLength(path + ".description", description.orElse(null), GROUP_OPTION_TEXT_MAX);
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
    Check.required(field + ".style", input.style(), "a text input needs a style");
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
    if (input.minLength().isPresent()
        && input.maxLength().isPresent()
        && input.minLength().get() > input.maxLength().get()) {
      throw new ValidationException(
          field + ".min_length",
          ValidationException.Rule.OUT_OF_RANGE,
          "0.." + input.maxLength().get() + " (max_length)",
          Integer.toString(input.minLength().get()));
    }
  }

  /**
   * Checks that no two components of a message or a modal share a {@code custom_id}, and that no
   * two share an {@code id} (an {@code id} of 0 counts as absent, as Discord replaces it).
   *
   * @param field the list's path, such as {@code components}
   * @param components the top-level components, or {@code null} if absent
   * @throws ValidationException naming the second component that repeats a value
   */
  public static void unique(String field, List<Component> components) {
    if (components == null) {
      return;
    }
    Map<String, String> customIds = new HashMap<>();
    Map<Integer, String> ids = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      unique(field + "[" + i + "]", components.get(i), customIds, ids);
    }
  }

  private static void unique(
      String path, Component component, Map<String, String> customIds, Map<Integer, String> ids) {
    if (component == null) {
      return;
    }
    int id = component.id().orElse(0);
    if (id != 0) {
      String first = ids.putIfAbsent(id, path);
      if (first != null) {
        throw new ValidationException(
            path + ".id",
            ValidationException.Rule.NOT_ALLOWED,
            "ids unique within the message",
            "same as " + first);
      }
    }
    String customId = customIdOf(component);
    if (customId != null) {
      String first = customIds.putIfAbsent(customId, path);
      if (first != null) {
        throw new ValidationException(
            path + ".custom_id",
            ValidationException.Rule.NOT_ALLOWED,
            "custom_ids unique within the message",
            "same as " + first);
      }
    }
    switch (component) {
      case ActionRow row -> children(path + ".components", row.components(), customIds, ids);
      case Section section -> {
        children(path + ".components", section.components(), customIds, ids);
        unique(path + ".accessory", section.accessory(), customIds, ids);
      }
      case Container container ->
          children(path + ".components", container.components(), customIds, ids);
      case Label label -> unique(path + ".component", label.component(), customIds, ids);
      default -> {}
    }
  }

  private static void children(
      String path,
      List<Component> children,
      Map<String, String> customIds,
      Map<Integer, String> ids) {
    if (children == null) {
      return;
    }
    for (int i = 0; i < children.size(); i++) {
      unique(path + "[" + i + "]", children.get(i), customIds, ids);
    }
  }

  private static String customIdOf(Component component) {
    return switch (component) {
      case Button b -> b.customId().orElse(null);
      case StringSelect s -> s.customId();
      case UserSelect s -> s.customId();
      case RoleSelect s -> s.customId();
      case MentionableSelect s -> s.customId();
      case ChannelSelect s -> s.customId();
      case TextInput t -> t.customId();
      case FileUpload f -> f.customId();
      case RadioGroup g -> g.customId();
      case CheckboxGroup g -> g.customId();
      case Checkbox c -> c.customId();
      default -> null;
    };
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
