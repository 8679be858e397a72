package dev.gloam.model.channel.message.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ComponentTest {
  /** The part of a message or webhook payload that holds components. */
  record Components(List<Component> components) {}

  /** A modal interaction response, as an app sends it. */
  record ModalResponse(int type, ModalData data) {}

  /** The modal of a modal interaction response. */
  record ModalData(String customId, String title, List<Component> components) {}

  static String payload(String name) {
    try (InputStream in = ComponentTest.class.getResourceAsStream("/payloads/components/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    return ModelJson.mapper().readTree(json);
  }

  static Component component(String json) {
    return ModelJson.read(json, Component.class);
  }

  @Test
  void readsAComponentsV2Message() {
    Components message = ModelJson.read(payload("v2_message.json"), Components.class);
    assertThat(message.components()).hasSize(2);

    Container container = (Container) message.components().get(0);
    assertThat(container.id()).contains(1);
    assertThat(container.type()).isEqualTo(ComponentType.CONTAINER);
    assertThat(container.accentColor()).contains(703487);
    assertThat(container.spoiler()).contains(false);
    assertThat(container.components())
        .map(Component::type)
        .containsExactly(
            ComponentType.SECTION,
            ComponentType.TEXT_DISPLAY,
            ComponentType.MEDIA_GALLERY,
            ComponentType.SEPARATOR,
            ComponentType.FILE,
            ComponentType.of(99),
            ComponentType.ACTION_ROW,
            ComponentType.ACTION_ROW);

    Section section = (Section) container.components().get(0);
    assertThat(section.components())
        .containsExactly(
            new TextDisplay(
                Optional.of(3),
                "# Real Game v7.3\nHope you're excited, the update is finally here!"));
    Thumbnail thumbnail = (Thumbnail) section.accessory();
    assertThat(thumbnail.description()).contains("The game's key art");
    assertThat(thumbnail.spoiler()).contains(true);
    UnfurledMediaItem media = thumbnail.media();
    assertThat(media.url()).isEqualTo("attachment://game.png");
    assertThat(media.proxyUrl())
        .contains("https://media.discordapp.net/attachments/1/18446744073709551615/game.png");
    assertThat(media.height()).contains(600);
    assertThat(media.width()).contains(800);
    assertThat(media.placeholder()).contains("1TgKDQKmdpeHd3iAh3d3d3dneEKIh3A=");
    assertThat(media.placeholderVersion()).contains(1);
    assertThat(media.contentType()).contains("image/png");
    assertThat(media.flags().orElseThrow().contains(UnfurledMediaItemFlags.IS_ANIMATED)).isTrue();
    assertThat(media.flags().orElseThrow().bits()).isEqualTo(129);
    assertThat(media.attachmentId()).contains(Id.parse("18446744073709551615"));

    MediaGallery gallery = (MediaGallery) container.components().get(2);
    assertThat(gallery.items()).hasSize(2);
    MediaGalleryItem video = gallery.items().get(0);
    assertThat(video.description()).isEmpty();
    assertThat(video.media().height()).isEmpty();
    assertThat(video.media().flags()).contains(UnfurledMediaItemFlags.NONE);
    assertThat(gallery.items().get(1).description()).contains("A dancing gnome");
    assertThat(gallery.items().get(1).spoiler()).contains(true);

    assertThat(container.components().get(3))
        .isEqualTo(
            new Separator(Optional.of(7), Optional.of(true), Optional.of(SeparatorSpacing.LARGE)));

    FileComponent file = (FileComponent) container.components().get(4);
    assertThat(file.file().url()).isEqualTo("attachment://patch_notes.pdf");
    assertThat(file.file().attachmentId()).contains(Id.parse("1357409927680889032"));
    assertThat(file.name()).contains("patch_notes.pdf");
    assertThat(file.size()).contains(48213);
    assertThat(file.spoiler()).contains(false);

    UnknownComponent unknown = (UnknownComponent) container.components().get(5);
    assertThat(unknown.type().value()).isEqualTo(99);
    assertThat(unknown.type().isKnown()).isFalse();
    assertThat(unknown.id()).contains(9);

    ActionRow buttons = (ActionRow) container.components().get(6);
    Button play = (Button) buttons.components().get(0);
    assertThat(play.style()).isEqualTo(ButtonStyle.PRIMARY);
    assertThat(play.customId()).contains("play_now");
    assertThat(play.emoji().orElseThrow().name()).contains("play");
    assertThat(play.emoji().orElseThrow().animated()).contains(true);
    Button link = (Button) buttons.components().get(1);
    assertThat(link.style()).isEqualTo(ButtonStyle.LINK);
    assertThat(link.url()).contains("https://game.example/");
    assertThat(link.customId()).isEmpty();
    Button premium = (Button) buttons.components().get(2);
    assertThat(premium.style()).isEqualTo(ButtonStyle.PREMIUM);
    assertThat(premium.skuId()).contains(Id.parse("18446744073709551615"));
    assertThat(premium.label()).isEmpty();
    Button future = (Button) buttons.components().get(3);
    assertThat(future.style().value()).isEqualTo(42);
    assertThat(future.style().isKnown()).isFalse();

    StringSelect select =
        (StringSelect) ((ActionRow) container.components().get(7)).components().get(0);
    assertThat(select.customId()).isEqualTo("class_select");
    assertThat(select.placeholder()).contains("Choose a class");
    assertThat(select.minValues()).contains(1);
    assertThat(select.maxValues()).contains(3);
    assertThat(select.required()).isEmpty();
    assertThat(select.options().get(0).defaultSelected()).contains(true);
    assertThat(select.options().get(0).emoji().orElseThrow().id())
        .contains(Id.parse("625891304148303894"));
    assertThat(select.options().get(1))
        .isEqualTo(
            new SelectOption("Mage", "mage", Optional.empty(), Optional.empty(), Optional.empty()));

    ChannelSelect channels =
        (ChannelSelect) ((ActionRow) message.components().get(1)).components().get(0);
    assertThat(channels.channelTypes().orElseThrow())
        .containsExactly(
            ChannelType.GUILD_TEXT, ChannelType.GUILD_ANNOUNCEMENT, ChannelType.of(99));
    assertThat(channels.defaultValues().orElseThrow())
        .containsExactly(
            new SelectDefaultValue(
                Id.parse("18446744073709551615"), SelectDefaultValueType.CHANNEL));
    assertThat(channels.disabled()).contains(true);
  }

  @Test
  void componentsV2MessageSurvivesARoundTripWithTheUnknownComponentUnchanged() {
    String json = payload("v2_message.json");
    Components first = ModelJson.read(json, Components.class);
    String written = ModelJson.write(first);
    assertThat(ModelJson.read(written, Components.class)).isEqualTo(first);

    JsonNode source = tree(json).get("components").get(0).get("components").get(5);
    JsonNode rewritten = tree(written).get("components").get(0).get("components").get(5);
    assertThat(rewritten).isEqualTo(source);
    assertThat(rewritten.get("future_setting").get("nested").get(2).get("deep").asString())
        .isEqualTo("value");

    JsonNode writtenButtons = tree(written).get("components").get(0).get("components").get(6);
    assertThat(writtenButtons.get("components").get(3).get("style").asInt()).isEqualTo(42);
    assertThat(writtenButtons.get("components").get(2).get("sku_id").asString())
        .isEqualTo("18446744073709551615");
    JsonNode writtenChannels = tree(written).get("components").get(1).get("components").get(0);
    assertThat(writtenChannels.get("channel_types").toString()).isEqualTo("[0,5,99]");
    JsonNode writtenThumbnail =
        tree(written).get("components").get(0).get("components").get(0).get("accessory");
    assertThat(writtenThumbnail.get("media").get("flags").asInt()).isEqualTo(129);
    // Nullable-and-optional fields that were null are left out when written back.
    JsonNode writtenVideo =
        tree(written).get("components").get(0).get("components").get(2).get("items").get(0);
    assertThat(writtenVideo.has("description")).isFalse();
    assertThat(writtenVideo.get("media").has("height")).isFalse();
  }

  @Test
  void legacyActionRowMessageIsWrittenBackExactly() {
    String json = payload("legacy_message.json");
    Components message = ModelJson.read(json, Components.class);
    assertThat(message.components()).hasSize(4).allMatch(c -> c instanceof ActionRow);
    assertThat(message.components()).allMatch(c -> c.id().equals(Optional.of(0)));

    ActionRow first = (ActionRow) message.components().get(0);
    assertThat(first.components())
        .containsExactly(
            new Button(
                Optional.of(0),
                ButtonStyle.PRIMARY,
                Optional.of("Accept"),
                Optional.empty(),
                Optional.of("click_yes"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            new Button(
                Optional.of(0),
                ButtonStyle.LINK,
                Optional.of("Learn More"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("http://watchanimeattheoffice.com/"),
                Optional.empty()),
            new Button(
                Optional.of(0),
                ButtonStyle.DANGER,
                Optional.of("Decline"),
                Optional.empty(),
                Optional.of("click_no"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));

    UserSelect users = (UserSelect) ((ActionRow) message.components().get(1)).components().get(0);
    assertThat(users.defaultValues().orElseThrow().get(0).type())
        .isEqualTo(SelectDefaultValueType.USER);
    RoleSelect roles = (RoleSelect) ((ActionRow) message.components().get(2)).components().get(0);
    assertThat(roles.minValues()).contains(0);
    assertThat(roles.placeholder()).isEmpty();
    MentionableSelect mentionables =
        (MentionableSelect) ((ActionRow) message.components().get(3)).components().get(0);
    List<SelectDefaultValue> defaults = mentionables.defaultValues().orElseThrow();
    assertThat(defaults)
        .map(SelectDefaultValue::type)
        .containsExactly(
            SelectDefaultValueType.USER,
            SelectDefaultValueType.ROLE,
            SelectDefaultValueType.of("thread"));
    assertThat(defaults.get(2).type().isKnown()).isFalse();

    String written = ModelJson.write(message);
    assertThat(tree(written).get("components")).isEqualTo(tree(json).get("components"));
    assertThat(ModelJson.read(written, Components.class)).isEqualTo(message);
  }

  @Test
  void modalWithLabelsTextInputSelectsAndFileUpload() {
    String json = payload("modal.json");
    ModalResponse response = ModelJson.read(json, ModalResponse.class);
    assertThat(response.type()).isEqualTo(9);
    ModalData modal = response.data();
    assertThat(modal.customId()).isEqualTo("bug_modal");
    assertThat(modal.title()).isEqualTo("Bug Report");
    List<Component> components = modal.components();
    assertThat(components).hasSize(12);

    assertThat(components.get(0))
        .isEqualTo(new TextDisplay(Optional.empty(), "Tell us about the bug you found."));
    assertThat(components.get(0).id()).isEmpty();

    Label favourite = (Label) components.get(1);
    assertThat(favourite.label()).isEqualTo("What's your favorite bug?");
    assertThat(favourite.description()).contains("Pick one");
    StringSelect bugs = (StringSelect) favourite.component();
    assertThat(bugs.required()).contains(true);
    assertThat(bugs.options().get(0).emoji().orElseThrow().name()).contains("🐜");
    assertThat(bugs.options().get(0).emoji().orElseThrow().id()).isEmpty();
    assertThat(bugs.options().get(1).defaultSelected()).contains(false);

    TextInput explanation = (TextInput) ((Label) components.get(2)).component();
    assertThat(explanation)
        .isEqualTo(
            new TextInput(
                Optional.of(3),
                "bug_explanation",
                TextInputStyle.PARAGRAPH,
                Optional.empty(),
                Optional.of(1000),
                Optional.of(4000),
                Optional.of(true),
                Optional.of("Because"),
                Optional.of("Write your explanation here...")));

    assertThat(((Label) components.get(3)).component()).isInstanceOf(UserSelect.class);
    assertThat(((UserSelect) ((Label) components.get(3)).component()).required()).contains(false);
    assertThat(((Label) components.get(4)).component()).isInstanceOf(RoleSelect.class);
    assertThat(((Label) components.get(5)).component()).isInstanceOf(MentionableSelect.class);
    assertThat(((ChannelSelect) ((Label) components.get(6)).component()).channelTypes())
        .contains(List.of(ChannelType.GUILD_TEXT));

    FileUpload upload = (FileUpload) ((Label) components.get(7)).component();
    assertThat(upload)
        .isEqualTo(
            new FileUpload(
                Optional.empty(),
                "file_upload",
                Optional.of(1),
                Optional.of(10),
                Optional.of(true),
                Optional.of(List.of("image", ".pdf"))));

    RadioGroup severity = (RadioGroup) ((Label) components.get(8)).component();
    assertThat(severity.options())
        .containsExactly(
            new RadioGroupOption("low", "Low", Optional.empty(), Optional.empty()),
            new RadioGroupOption(
                "high", "High", Optional.of("Breaks the game"), Optional.of(true)));
    CheckboxGroup platforms = (CheckboxGroup) ((Label) components.get(9)).component();
    assertThat(platforms.minValues()).contains(0);
    assertThat(platforms.options().get(1).description()).contains("iOS and Android");
    assertThat(((Label) components.get(10)).component())
        .isEqualTo(new Checkbox(Optional.empty(), "contact", Optional.of(true)));

    TextInput legacy = (TextInput) ((ActionRow) components.get(11)).components().get(0);
    assertThat(legacy.label()).contains("Legacy label");
    assertThat(legacy.style()).isEqualTo(TextInputStyle.SHORT);

    String written = ModelJson.write(response);
    assertThat(ModelJson.read(written, ModalResponse.class)).isEqualTo(response);
    JsonNode writtenCheckbox = tree(written).get("data").get("components").get(10).get("component");
    assertThat(writtenCheckbox.get("default").asBoolean()).isTrue();
    assertThat(writtenCheckbox.has("id")).isFalse();
  }

  static Stream<JsonNode> everyField() {
    List<JsonNode> nodes = new ArrayList<>();
    tree(payload("every_field.json")).values().forEach(nodes::add);
    return nodes.stream();
  }

  @ParameterizedTest
  @MethodSource("everyField")
  void everyFieldOfEveryComponentIsWrittenBack(JsonNode source) {
    Component component = ModelJson.read(source, Component.class);
    assertThat(component).isNotInstanceOf(UnknownComponent.class);
    assertThat(component.type().value()).isEqualTo(source.get("type").asInt());
    assertThat(component.id()).contains(source.get("id").asInt());
    String written = ModelJson.write(component);
    assertThat(tree(written)).isEqualTo(source);
    assertThat(component(written)).isEqualTo(component);
  }

  @Test
  void everyDocumentedComponentTypeHasAVariant() {
    List<JsonNode> nodes = everyField().toList();
    assertThat(nodes)
        .map(node -> node.get("type").asInt())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19, 21, 22, 23);
    assertThat(nodes)
        .map(node -> ComponentType.of(node.get("type").asInt()).isKnown())
        .containsOnly(true);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":1,\"components\":[]}",
        "{\"type\":2,\"style\":6,\"sku_id\":\"1\"}",
        "{\"type\":3,\"custom_id\":\"s\",\"options\":[{\"label\":\"L\",\"value\":\"v\"}]}",
        "{\"type\":4,\"custom_id\":\"t\",\"style\":1}",
        "{\"type\":5,\"custom_id\":\"u\"}",
        "{\"type\":6,\"custom_id\":\"r\"}",
        "{\"type\":7,\"custom_id\":\"m\"}",
        "{\"type\":8,\"custom_id\":\"c\"}",
        "{\"type\":9,\"components\":[{\"type\":10,\"content\":\"a\"}],"
            + "\"accessory\":{\"type\":11,\"media\":{\"url\":\"https://x/y.png\"}}}",
        "{\"type\":10,\"content\":\"a\"}",
        "{\"type\":11,\"media\":{\"url\":\"https://x/y.png\"}}",
        "{\"type\":12,\"items\":[{\"media\":{\"url\":\"https://x/y.png\"}}]}",
        "{\"type\":13,\"file\":{\"url\":\"attachment://a.txt\"}}",
        "{\"type\":14}",
        "{\"type\":17,\"components\":[]}",
        "{\"type\":18,\"label\":\"L\",\"component\":{\"type\":23,\"custom_id\":\"c\"}}",
        "{\"type\":19,\"custom_id\":\"f\"}",
        "{\"type\":21,\"custom_id\":\"g\",\"options\":[{\"value\":\"a\",\"label\":\"A\"}]}",
        "{\"type\":22,\"custom_id\":\"g\",\"options\":[{\"value\":\"a\",\"label\":\"A\"}]}",
        "{\"type\":23,\"custom_id\":\"c\"}"
      })
  void absentOptionalFieldsStayAbsent(String json) {
    Component component = component(json);
    assertThat(component).isNotInstanceOf(UnknownComponent.class);
    assertThat(component.id()).isEmpty();
    assertThat(tree(ModelJson.write(component))).isEqualTo(tree(json));
  }

  @Test
  void unknownExtraFieldsAreIgnored() {
    Component withExtra =
        component("{\"type\":14,\"id\":3,\"divider\":false,\"brand_new\":{\"a\":[1]}}");
    assertThat(withExtra)
        .isEqualTo(new Separator(Optional.of(3), Optional.of(false), Optional.empty()));
    assertThat(tree(ModelJson.write(withExtra)).has("brand_new")).isFalse();
  }

  @Test
  void unknownEnumValuesAndFlagBitsAreKept() {
    String json =
        "{\"type\":17,\"components\":["
            + "{\"type\":14,\"spacing\":3},"
            + "{\"type\":1,\"components\":[{\"type\":2,\"style\":9,\"custom_id\":\"x\"}]},"
            + "{\"type\":12,\"items\":[{\"media\":{\"url\":\"https://x/y.gif\",\"flags\":1025}}]}"
            + "],\"accent_color\":0}";
    Container container = (Container) component(json);
    Separator separator = (Separator) container.components().get(0);
    assertThat(separator.spacing().orElseThrow().value()).isEqualTo(3);
    assertThat(separator.spacing().orElseThrow().isKnown()).isFalse();
    Button button = (Button) ((ActionRow) container.components().get(1)).components().get(0);
    assertThat(button.style()).isEqualTo(ButtonStyle.of(9));
    assertThat(button.style().name()).isEqualTo("UNKNOWN(9)");
    UnfurledMediaItemFlags flags =
        ((MediaGallery) container.components().get(2)).items().get(0).media().flags().orElseThrow();
    assertThat(flags.contains(UnfurledMediaItemFlags.IS_ANIMATED)).isTrue();
    assertThat(flags.bits()).isEqualTo(1025);
    assertThat(container.accentColor()).contains(0);
    assertThat(tree(ModelJson.write(container))).isEqualTo(tree(json));

    TextInput input = (TextInput) component("{\"type\":4,\"custom_id\":\"t\",\"style\":7}");
    assertThat(input.style().isKnown()).isFalse();
    assertThat(tree(ModelJson.write(input)).get("style").asInt()).isEqualTo(7);
  }

  @Test
  void unknownComponentsAreKeptRawAtTopLevelAndInsideLabelsAndSections() {
    String json =
        "{\"type\":9,\"id\":1,\"components\":[{\"type\":55,\"id\":2,\"text\":\"x\"}],"
            + "\"accessory\":{\"type\":56,\"id\":3,\"media\":{\"url\":\"u\"}}}";
    Section section = (Section) component(json);
    assertThat(section.components().get(0)).isInstanceOf(UnknownComponent.class);
    assertThat(section.accessory()).isInstanceOf(UnknownComponent.class);
    assertThat(section.accessory().type()).isEqualTo(ComponentType.of(56));
    assertThat(tree(ModelJson.write(section))).isEqualTo(tree(json));

    Component typeless = component("{\"id\":4,\"content\":\"no type\"}");
    assertThat(typeless).isInstanceOf(UnknownComponent.class);
    assertThat(typeless.id()).contains(4);
    Component stringType = component("{\"type\":\"10\",\"content\":\"odd\"}");
    assertThat(stringType).isInstanceOf(UnknownComponent.class);
    assertThat(ModelJson.write(stringType)).isEqualTo("{\"type\":\"10\",\"content\":\"odd\"}");
  }

  @Test
  void componentsBuiltInJavaWriteDiscordsFieldNames() {
    Container container =
        new Container(
            Optional.empty(),
            List.of(
                new Section(
                    Optional.empty(),
                    List.of(new TextDisplay(Optional.empty(), "Hello")),
                    new Thumbnail(
                        Optional.empty(),
                        new UnfurledMediaItem(
                            "attachment://a.png",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()),
                        Optional.of("alt"),
                        Optional.empty()))),
            Optional.of(0xFF0000),
            Optional.of(true));
    JsonNode written = tree(ModelJson.write(container));
    assertThat(written.get("type").asInt()).isEqualTo(17);
    assertThat(written.get("accent_color").asInt()).isEqualTo(0xFF0000);
    assertThat(written.get("spoiler").asBoolean()).isTrue();
    JsonNode section = written.get("components").get(0);
    assertThat(section.get("type").asInt()).isEqualTo(9);
    assertThat(section.get("accessory").get("type").asInt()).isEqualTo(11);
    assertThat(section.get("accessory").get("media").toString())
        .isEqualTo("{\"url\":\"attachment://a.png\"}");
    assertThat(component(ModelJson.write(container))).isEqualTo(container);
  }
}
