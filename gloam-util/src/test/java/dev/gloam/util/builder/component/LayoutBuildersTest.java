package dev.gloam.util.builder.component;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Container;
import dev.gloam.model.channel.message.component.MediaGallery;
import dev.gloam.model.channel.message.component.MediaGalleryItem;
import dev.gloam.model.channel.message.component.Section;
import dev.gloam.model.channel.message.component.SeparatorSpacing;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Components V2: sections, text, thumbnails, galleries, files, separators and containers. */
class LayoutBuildersTest {
  @Test
  void sectionWithThumbnailOrButton() {
    Section section =
        new SectionBuilder()
            .text("## gloam 1.0")
            .text(new TextDisplayBuilder("Released today.").id(2).build())
            .accessory(
                new ThumbnailBuilder(MediaSource.url("https://example.com/logo.png"))
                    .description("The logo")
                    .spoiler(false)
                    .build())
            .build();
    assertThat(section.components())
        .containsExactly(
            new TextDisplay(Optional.empty(), "## gloam 1.0"),
            new TextDisplay(Optional.of(2), "Released today."));
    assertJson(
        section,
        Component.class,
        """
        {"type":9,"components":[
          {"type":10,"content":"## gloam 1.0"},{"type":10,"id":2,"content":"Released today."}],
         "accessory":{"type":11,"media":{"url":"https://example.com/logo.png"},
                      "description":"The logo","spoiler":false}}
        """);
    assertJson(
        new SectionBuilder()
            .text("Docs")
            .accessory(ButtonBuilder.link("https://gloam.dev").label("Open").build())
            .build(),
        Component.class,
        """
        {"type":9,"components":[{"type":10,"content":"Docs"}],
         "accessory":{"type":2,"style":5,"label":"Open","url":"https://gloam.dev"}}
        """);
  }

  @Test
  void sectionLimits() {
    SectionBuilder three = new SectionBuilder().text("a").text("b").text("c");
    fails(() -> three.text("d"), "components", Rule.TOO_MANY);
    fails(() -> new SectionBuilder().text("a").build(), "accessory", Rule.MISSING);
    fails(
        () -> new SectionBuilder().accessory(ButtonBuilder.primary("p").build()).build(),
        "components",
        Rule.TOO_FEW);
    fails(
        () -> new SectionBuilder().text("x".repeat(4001)), "components[0].content", Rule.TOO_LONG);
    fails(
        () ->
            new ThumbnailBuilder(MediaSource.url("https://e.com/a.png"))
                .description("d".repeat(1025)),
        "description",
        Rule.TOO_LONG);
    fails(() -> new ThumbnailBuilder(null), "media", Rule.MISSING);
  }

  @Test
  void galleriesFilesAndSeparators() {
    MediaGallery gallery =
        new MediaGalleryBuilder()
            .item(MediaSource.attachment("before.png"), "Before")
            .item(MediaSource.url("https://example.com/after.mp4"), null, true)
            .item(MediaSource.attachment("plain.webp"))
            .build();
    assertThat(gallery.items().get(0))
        .isEqualTo(
            new MediaGalleryItem(
                MediaSource.attachment("before.png").toMediaItem(),
                Optional.of("Before"),
                Optional.empty()));
    assertJson(
        gallery,
        Component.class,
        """
        {"type":12,"items":[
          {"media":{"url":"attachment://before.png"},"description":"Before"},
          {"media":{"url":"https://example.com/after.mp4"},"spoiler":true},
          {"media":{"url":"attachment://plain.webp"}}]}
        """);
    assertJson(
        new FileComponentBuilder("manual.pdf").spoiler(true).id(4).build(),
        Component.class,
        "{\"type\":13,\"id\":4,\"file\":{\"url\":\"attachment://manual.pdf\"},\"spoiler\":true}");
    assertJson(
        new SeparatorBuilder().divider(false).spacing(SeparatorSpacing.LARGE).build(),
        Component.class,
        "{\"type\":14,\"divider\":false,\"spacing\":2}");
    assertJson(new SeparatorBuilder().build(), Component.class, "{\"type\":14}");
  }

  @Test
  void galleryAndFileLimits() {
    MediaGalleryBuilder ten = new MediaGalleryBuilder();
    for (int i = 0; i < 10; i++) {
      ten.item(MediaSource.attachment("p" + i + ".png"));
    }
    assertThat(ten.build().items()).hasSize(10);
    fails(() -> ten.item(MediaSource.attachment("p.png")), "items", Rule.TOO_MANY);
    fails(() -> new MediaGalleryBuilder().build(), "items", Rule.TOO_FEW);
    fails(
        () -> new MediaGalleryBuilder().item(MediaSource.attachment("a.png"), "d".repeat(1025)),
        "items[0].description",
        Rule.TOO_LONG);
    fails(() -> new MediaGalleryBuilder().item((MediaSource) null), "items[0].media", Rule.MISSING);
    fails(() -> new FileComponentBuilder("my file.pdf"), "filename", Rule.MALFORMED);
    fails(() -> MediaSource.url("file:///etc/passwd"), "url", Rule.MALFORMED);
    assertThat(MediaSource.attachment("a.zip").attachmentFilename()).contains("a.zip");
    assertThat(MediaSource.url("https://e.com/a.zip").attachmentFilename()).isEmpty();
  }

  @Test
  void containerHoldsALayout() {
    Container container =
        new ContainerBuilder()
            .accentColor(88, 101, 242)
            .spoiler(true)
            .add(TextDisplayBuilder.of("## Weekly report"))
            .add(new SeparatorBuilder().build())
            .add(ActionRowBuilder.of(ButtonBuilder.primary("details").label("Details").build()))
            .build();
    assertThat(container.accentColor()).contains(0x5865F2);
    assertJson(
        container,
        Component.class,
        """
        {"type":17,"accent_color":5793266,"spoiler":true,"components":[
          {"type":10,"content":"## Weekly report"},
          {"type":14},
          {"type":1,"components":[{"type":2,"style":1,"label":"Details","custom_id":"details"}]}]}
        """);
  }

  @Test
  void containerLimits() {
    fails(() -> new ContainerBuilder().accentColor(0x1000000), "accent_color", Rule.OUT_OF_RANGE);
    fails(
        () -> new ContainerBuilder().accentColor(-1, 0, 0), "accent_color.red", Rule.OUT_OF_RANGE);
    fails(
        () -> new ContainerBuilder().add(new ContainerBuilder().build()).build(),
        "components[0]",
        Rule.NOT_ALLOWED);
    fails(
        () -> new ContainerBuilder().add(new CheckboxBuilder("c").build()).build(),
        "components[0]",
        Rule.NOT_ALLOWED);
    ContainerBuilder crowded = new ContainerBuilder();
    for (int i = 0; i < 40; i++) {
      crowded.add(TextDisplayBuilder.of("t"));
    }
    fails(crowded::build, "components", Rule.TOO_MANY);
    fails(
        () ->
            new ContainerBuilder()
                .add(ActionRowBuilder.of(ButtonBuilder.primary("a").build()))
                .add(ActionRowBuilder.of(ButtonBuilder.primary("a").build()))
                .build(),
        "components[1].components[0].custom_id",
        Rule.NOT_ALLOWED);
    fails(() -> new ContainerBuilder().add(null), "components[0]", Rule.MISSING);
    assertThat(List.of(new TextDisplayBuilder("x").build()))
        .containsExactly(TextDisplayBuilder.of("x"));
  }
}
