package dev.gloam.util.builder.embed;

import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.validate.ValidationException.Rule;
import org.junit.jupiter.api.Test;

/** Picture sources: http(s) URLs and attachment references with names Discord keeps. */
class ImageSourceTest {
  @Test
  void webUrlsAreTakenAsGiven() {
    ImageSource source = ImageSource.url("https://cdn.example.com/a/b.png?size=64");
    assertThat(source.url()).isEqualTo("https://cdn.example.com/a/b.png?size=64");
    assertThat(source.attachmentFilename()).isEmpty();
    assertThat(ImageSource.url("HTTP://example.com/x.gif").url())
        .isEqualTo("HTTP://example.com/x.gif");
    assertThat(source).isEqualTo(ImageSource.url("https://cdn.example.com/a/b.png?size=64"));
  }

  @Test
  void attachmentsBecomeAttachmentUrls() {
    ImageSource source = ImageSource.attachment("Chart_2026-03.v2.PNG");
    assertThat(source.url()).isEqualTo("attachment://Chart_2026-03.v2.PNG");
    assertThat(source.attachmentFilename()).contains("Chart_2026-03.v2.PNG");
    for (String name : new String[] {"a.jpg", "a.jpeg", "a.png", "a.webp", "a.gif"}) {
      assertThat(ImageSource.attachment(name).url()).endsWith(name);
    }
  }

  @Test
  void refusesOtherUrls() {
    fails(() -> ImageSource.url(null), "url", Rule.MISSING);
    fails(() -> ImageSource.url("ftp://example.com/a.png"), "url", Rule.MALFORMED);
    fails(() -> ImageSource.url("/relative/a.png"), "url", Rule.MALFORMED);
    fails(() -> ImageSource.url("https:///nohost.png"), "url", Rule.MALFORMED);
    fails(() -> ImageSource.url("https://exa mple.com/a.png"), "url", Rule.MALFORMED);
    fails(() -> ImageSource.url("attachment://a.png"), "url", Rule.MALFORMED);
  }

  @Test
  void refusesNamesDiscordWouldRewriteAndFilesEmbedsCannotShow() {
    fails(() -> ImageSource.attachment(null), "filename", Rule.MISSING);
    fails(() -> ImageSource.attachment(""), "filename", Rule.MALFORMED);
    fails(() -> ImageSource.attachment("my chart.png"), "filename", Rule.MALFORMED);
    fails(() -> ImageSource.attachment("graphique-été.png"), "filename", Rule.MALFORMED);
    fails(() -> ImageSource.attachment("dir/chart.png"), "filename", Rule.MALFORMED);
    fails(() -> ImageSource.attachment("report.pdf"), "filename", Rule.NOT_ALLOWED);
    fails(() -> ImageSource.attachment("chart"), "filename", Rule.NOT_ALLOWED);
  }
}
