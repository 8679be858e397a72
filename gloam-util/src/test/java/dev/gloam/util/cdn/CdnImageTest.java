package dev.gloam.util.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.guild.sticker.StickerFormatType;
import dev.gloam.model.id.Id;
import dev.gloam.model.value.ImageHash;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CDN URLs against Discord's "Image Formatting" table, row by row. */
class CdnImageTest {
  private static final String CDN = "https://cdn.discordapp.com/";
  private static final ImageHash STILL = ImageHash.parse("8342729096ea3675442027381ff50dfe");
  private static final ImageHash MOVING = ImageHash.parse("a_1269e74af4df7417b13759eae50c83dc");

  /** One still image of each kind, and the path the table gives for it. */
  private static final Map<AssetKind, Sample> SAMPLES =
      List.of(
              new Sample(
                  CdnImage.customEmoji(Id.of(41771983429993937L), false),
                  "emojis/41771983429993937"),
              new Sample(CdnImage.guildIcon(Id.of(1), STILL), "icons/1/" + STILL),
              new Sample(CdnImage.guildSplash(Id.of(1), STILL), "splashes/1/" + STILL),
              new Sample(
                  CdnImage.guildDiscoverySplash(Id.of(1), STILL), "discovery-splashes/1/" + STILL),
              new Sample(CdnImage.guildBanner(Id.of(1), STILL), "banners/1/" + STILL),
              new Sample(CdnImage.userBanner(Id.of(2), STILL), "banners/2/" + STILL),
              new Sample(CdnImage.defaultAvatar(3), "embed/avatars/3"),
              new Sample(CdnImage.userAvatar(Id.of(2), STILL), "avatars/2/" + STILL),
              new Sample(
                  CdnImage.memberAvatar(Id.of(1), Id.of(2), STILL),
                  "guilds/1/users/2/avatars/" + STILL),
              new Sample(CdnImage.avatarDecoration(STILL), "avatar-decoration-presets/" + STILL),
              new Sample(CdnImage.applicationIcon(Id.of(4), STILL), "app-icons/4/" + STILL),
              new Sample(CdnImage.applicationCover(Id.of(4), STILL), "app-icons/4/" + STILL),
              new Sample(CdnImage.applicationAsset(Id.of(4), Id.of(5)), "app-assets/4/5"),
              new Sample(
                  CdnImage.achievementIcon(Id.of(4), Id.of(6), STILL),
                  "app-assets/4/achievements/6/icons/" + STILL),
              new Sample(CdnImage.storePageAsset(Id.of(4), Id.of(5)), "app-assets/4/store/5"),
              new Sample(
                  CdnImage.stickerPackBanner(Id.of(7)), "app-assets/710982414301790216/store/7"),
              new Sample(CdnImage.teamIcon(Id.of(8), STILL), "team-icons/8/" + STILL),
              new Sample(CdnImage.sticker(Id.of(9), StickerFormatType.PNG), "stickers/9"),
              new Sample(CdnImage.roleIcon(Id.of(10), STILL), "role-icons/10/" + STILL),
              new Sample(
                  CdnImage.scheduledEventCover(Id.of(11), STILL), "guild-events/11/" + STILL),
              new Sample(
                  CdnImage.memberBanner(Id.of(1), Id.of(2), STILL),
                  "guilds/1/users/2/banners/" + STILL),
              new Sample(CdnImage.guildTagBadge(Id.of(1), STILL), "guild-tag-badges/1/" + STILL))
          .stream()
          .collect(Collectors.toMap(sample -> sample.image().kind(), Function.identity()));

  private record Sample(CdnImage image, String path) {}

  @Test
  void everyRowOfTheTableHasAFactory() {
    assertThat(SAMPLES.keySet()).containsExactlyInAnyOrder(AssetKind.values());
  }

  @ParameterizedTest
  @EnumSource(AssetKind.class)
  void writesThePathTheTableGives(AssetKind kind) {
    Sample sample = SAMPLES.get(kind);
    assertThat(sample.image().url()).isEqualTo(CDN + sample.path() + ".png");
    assertThat(sample.image().format()).isEqualTo(ImageFormat.PNG);
    assertThat(sample.image().size()).isEmpty();
    assertThat(sample.image().toUri()).isEqualTo(URI.create(CDN + sample.path() + ".png"));
  }

  @Test
  void formatsFollowEachRow() {
    Set<AssetKind> stillOnly =
        EnumSet.of(
            AssetKind.GUILD_SPLASH,
            AssetKind.GUILD_DISCOVERY_SPLASH,
            AssetKind.APPLICATION_ICON,
            AssetKind.APPLICATION_COVER,
            AssetKind.APPLICATION_ASSET,
            AssetKind.ACHIEVEMENT_ICON,
            AssetKind.STORE_PAGE_ASSET,
            AssetKind.STICKER_PACK_BANNER,
            AssetKind.TEAM_ICON,
            AssetKind.ROLE_ICON,
            AssetKind.GUILD_SCHEDULED_EVENT_COVER,
            AssetKind.GUILD_TAG_BADGE);
    Set<ImageFormat> still = EnumSet.of(ImageFormat.PNG, ImageFormat.JPEG, ImageFormat.WEBP);
    Set<ImageFormat> withGif =
        EnumSet.of(ImageFormat.PNG, ImageFormat.JPEG, ImageFormat.WEBP, ImageFormat.GIF);
    for (AssetKind kind : AssetKind.values()) {
      Set<ImageFormat> expected =
          switch (kind) {
            case DEFAULT_USER_AVATAR, AVATAR_DECORATION -> EnumSet.of(ImageFormat.PNG);
            case STICKER -> EnumSet.of(ImageFormat.PNG, ImageFormat.LOTTIE, ImageFormat.GIF);
            default -> stillOnly.contains(kind) ? still : withGif;
          };
      assertThat(kind.formats()).as(kind.title()).isEqualTo(expected);
      assertThat(kind.animatable()).as(kind.title()).isEqualTo(expected.equals(withGif));
      assertThat(kind.sizable())
          .as(kind.title())
          .isEqualTo(kind != AssetKind.DEFAULT_USER_AVATAR && kind != AssetKind.STICKER);
    }
  }

  @ParameterizedTest
  @EnumSource(AssetKind.class)
  void aStillImageTakesItsStillFormatsAndRefusesTheRest(AssetKind kind) {
    CdnImage image = SAMPLES.get(kind).image();
    for (ImageFormat format : ImageFormat.values()) {
      if (image.formats().contains(format)) {
        assertThat(image.format(format).url())
            .isEqualTo(CDN + SAMPLES.get(kind).path() + "." + format.extension());
      } else {
        assertThatThrownBy(() -> image.format(format))
            .as(kind + " " + format)
            .isInstanceOfSatisfying(
                ValidationException.class,
                e -> {
                  assertThat(e.field()).isEqualTo("format");
                  assertThat(e.rule()).isEqualTo(Rule.NOT_ALLOWED);
                });
      }
    }
    assertThat(image.formats()).doesNotContain(ImageFormat.GIF, ImageFormat.LOTTIE);
    assertThatThrownBy(image::animatedWebp).isInstanceOf(ValidationException.class);
  }

  @Test
  void animatedHashesAllowGifAndAnimatedWebp() {
    CdnImage icon = CdnImage.guildIcon(Id.of(1), MOVING);
    assertThat(icon.isAnimated()).isTrue();
    assertThat(icon.url()).isEqualTo(CDN + "icons/1/a_1269e74af4df7417b13759eae50c83dc.png");
    assertThat(icon.format(ImageFormat.GIF).url())
        .isEqualTo(CDN + "icons/1/a_1269e74af4df7417b13759eae50c83dc.gif");
    assertThat(icon.animatedWebp().url())
        .isEqualTo(CDN + "icons/1/a_1269e74af4df7417b13759eae50c83dc.webp?animated=true");
    assertThat(icon.animatedWebp().size(64).url())
        .isEqualTo(CDN + "icons/1/a_1269e74af4df7417b13759eae50c83dc.webp?size=64&animated=true");
    assertThat(icon.size(64).animatedWebp()).isEqualTo(icon.animatedWebp().size(64));
    assertThat(icon.animatedWebp().format(ImageFormat.WEBP).url())
        .as("format() asks for the still image again")
        .isEqualTo(CDN + "icons/1/a_1269e74af4df7417b13759eae50c83dc.webp");
    assertThat(icon.animatedWebp().isAnimatedWebp()).isTrue();
    for (CdnImage moving :
        List.of(
            CdnImage.userAvatar(Id.of(2), MOVING),
            CdnImage.userBanner(Id.of(2), MOVING),
            CdnImage.guildBanner(Id.of(1), MOVING),
            CdnImage.memberAvatar(Id.of(1), Id.of(2), MOVING),
            CdnImage.memberBanner(Id.of(1), Id.of(2), MOVING),
            CdnImage.customEmoji(Id.of(3), true))) {
      assertThat(moving.formats())
          .containsExactlyInAnyOrder(
              ImageFormat.PNG, ImageFormat.JPEG, ImageFormat.WEBP, ImageFormat.GIF);
      assertThat(moving.format(ImageFormat.GIF).url()).endsWith(".gif");
      assertThat(moving.animatedWebp().url()).endsWith(".webp?animated=true");
    }
  }

  @Test
  void stillImagesOfAnimatableKindsRefuseGif() {
    assertThatThrownBy(() -> CdnImage.userAvatar(Id.of(2), STILL).format(ImageFormat.GIF))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "format is not allowed: only an animated User Avatar (hash starting with a_) comes as"
                + " GIF or animated WebP (GIF)");
    assertThatThrownBy(() -> CdnImage.customEmoji(Id.of(3), false).animatedWebp())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("only an animated emoji");
  }

  @Test
  void animatedHashesOfStillKindsGiveOnlyStillFormats() {
    CdnImage splash = CdnImage.guildSplash(Id.of(1), MOVING);
    assertThat(splash.isAnimated()).isFalse();
    assertThat(splash.format(ImageFormat.WEBP).url())
        .isEqualTo(CDN + "splashes/1/a_1269e74af4df7417b13759eae50c83dc.webp");
    assertThatThrownBy(() -> splash.format(ImageFormat.GIF))
        .isInstanceOf(ValidationException.class)
        .hasMessage("format is not allowed: this Guild Splash comes as PNG, JPEG, WEBP (GIF)");
    assertThatThrownBy(splash::animatedWebp)
        .isInstanceOf(ValidationException.class)
        .hasMessage("animated is not allowed: a Guild Splash has no animated version (true)");
  }

  @Test
  void sizesArePowersOfTwoFrom16To4096() {
    CdnImage avatar = CdnImage.userAvatar(Id.of(2), STILL);
    for (int size = 16; size <= 4096; size *= 2) {
      assertThat(avatar.size(size).url())
          .isEqualTo(CDN + "avatars/2/" + STILL + ".png?size=" + size);
      assertThat(avatar.size(size).size()).hasValue(size);
    }
    assertThat(avatar.format(ImageFormat.JPEG).size(1024).url())
        .isEqualTo(CDN + "avatars/2/" + STILL + ".jpg?size=1024");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 8, 15, 17, 24, 100, 3000, 4095, 4097, 8192, -16, Integer.MIN_VALUE})
  void refusesOtherSizes(int size) {
    assertThatThrownBy(() -> CdnImage.guildIcon(Id.of(1), STILL).size(size))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("size");
              assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
              assertThat(e.limit()).isEqualTo("a power of two from 16 to 4096");
              assertThat(e.actual()).isEqualTo(Integer.toString(size));
            });
  }

  @Test
  void defaultAvatarsAndStickersHaveNoSize() {
    assertThatThrownBy(() -> CdnImage.defaultAvatar(0).size(64))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.NOT_ALLOWED))
        .hasMessageContaining("fixed size");
    assertThatThrownBy(() -> CdnImage.sticker(Id.of(9), StickerFormatType.GIF).size(64))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void defaultAvatarIndexFollowsTheUsernameSystem() {
    assertThat(CdnImage.defaultAvatar(Id.of(80_351_110_224_678_912L), "0").url())
        .isEqualTo(CDN + "embed/avatars/5.png");
    assertThat(CdnImage.defaultAvatar(Id.of(613_425_648_685_547_541L), "0").url())
        .isEqualTo(CDN + "embed/avatars/2.png");
    assertThat(CdnImage.defaultAvatar(Id.of(80_351_110_224_678_912L), "1337").url())
        .isEqualTo(CDN + "embed/avatars/2.png");
    assertThat(CdnImage.defaultAvatar(Id.of(1), "0004").url())
        .isEqualTo(CDN + "embed/avatars/4.png");
    assertThat(CdnImage.defaultAvatar(Id.of(1), "0000").url())
        .as("webhook authors have 0000: legacy rule")
        .isEqualTo(CDN + "embed/avatars/0.png");
    assertThat(CdnImage.defaultAvatar(Id.of(-1L), "0").url())
        .as("the id is unsigned")
        .isEqualTo(CDN + "embed/avatars/" + ((-1L >>> 22) % 6) + ".png");
    for (String bad : List.of("", "abc", "12345", "-1", "+1", "1 ")) {
      assertThatThrownBy(() -> CdnImage.defaultAvatar(Id.of(1), bad))
          .as(bad)
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("discriminator"));
    }
    assertThatThrownBy(() -> CdnImage.defaultAvatar(6)).hasMessage("index is 6, allowed is 0..5");
    assertThatThrownBy(() -> CdnImage.defaultAvatar(-1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CdnImage.defaultAvatar(0).format(ImageFormat.WEBP))
        .isInstanceOf(ValidationException.class)
        .hasMessage("format is not allowed: this Default User Avatar comes as PNG (WEBP)");
  }

  @Test
  void stickersComeInTheFormatOfTheirType() {
    assertThat(CdnImage.sticker(Id.of(9), StickerFormatType.PNG).url())
        .isEqualTo(CDN + "stickers/9.png");
    assertThat(CdnImage.sticker(Id.of(9), StickerFormatType.APNG).url())
        .isEqualTo(CDN + "stickers/9.png");
    CdnImage lottie = CdnImage.sticker(Id.of(9), StickerFormatType.LOTTIE);
    assertThat(lottie.url()).isEqualTo(CDN + "stickers/9.json");
    assertThat(lottie.format()).isEqualTo(ImageFormat.LOTTIE);
    assertThat(lottie.formats()).containsExactly(ImageFormat.LOTTIE);
    CdnImage gif = CdnImage.sticker(Id.of(9), StickerFormatType.GIF);
    assertThat(gif.url()).isEqualTo("https://media.discordapp.net/stickers/9.gif");
    assertThat(gif.format(ImageFormat.GIF)).isEqualTo(gif);
    assertThatThrownBy(() -> lottie.format(ImageFormat.PNG))
        .isInstanceOf(ValidationException.class)
        .hasMessage("format is not allowed: this Sticker comes as LOTTIE (PNG)");
    assertThatThrownBy(() -> gif.format(ImageFormat.PNG)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> CdnImage.sticker(Id.of(9), StickerFormatType.PNG).format(ImageFormat.WEBP))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CdnImage.sticker(Id.of(9), StickerFormatType.of(7)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("formatType");
              assertThat(e.actual()).isEqualTo("7");
            });
  }

  @Test
  void refusesHashesThatWouldChangeThePath() {
    for (String hash : List.of("../../evil", "abc?x=1", "abc#x", "a%2F", "a/b", "")) {
      assertThatThrownBy(() -> CdnImage.userAvatar(Id.of(2), ImageHash.parse(hash)))
          .as(hash)
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("hash"));
    }
    assertThat(CdnImage.userAvatar(Id.of(2), ImageHash.parse("OddButSafe_Hash-1")).url())
        .isEqualTo(CDN + "avatars/2/OddButSafe_Hash-1.png");
  }

  @Test
  void equalImagesHaveEqualUrls() {
    CdnImage one = CdnImage.roleIcon(Id.of(10), STILL).format(ImageFormat.WEBP).size(32);
    CdnImage two = CdnImage.roleIcon(Id.of(10), STILL).size(32).format(ImageFormat.WEBP);
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).hasToString(two.url());
    assertThat(one).isNotEqualTo(one.size(64));
    assertThat(CdnImage.applicationIcon(Id.of(4), STILL))
        .as("same path, other row")
        .isNotEqualTo(CdnImage.applicationCover(Id.of(4), STILL));
  }
}
