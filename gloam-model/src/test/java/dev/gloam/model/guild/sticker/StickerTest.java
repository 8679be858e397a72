package dev.gloam.model.guild.sticker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.guild.Payloads;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StickerTest {
  @Test
  void readsAStickerPackOfStandardStickers() {
    String json = Payloads.text("sticker_pack.json");
    StickerPack pack = Payloads.roundTrip(json, StickerPack.class);
    Payloads.assertWrittenAsRead(json, pack);

    assertThat(pack.id()).isEqualTo(Id.of(847199849233514549L));
    assertThat(pack.name()).isEqualTo("Wumpus Beyond");
    assertThat(pack.skuId()).isEqualTo(Id.of(847199849233514547L));
    assertThat(pack.coverStickerId()).contains(Id.of(749053689419006003L));
    assertThat(pack.description()).isEqualTo("Say hello to Wumpus!");
    assertThat(pack.bannerAssetId()).contains(Id.of(761773777976819732L));

    Sticker wave = pack.stickers().get(0);
    assertThat(wave.type()).isEqualTo(StickerType.STANDARD);
    assertThat(wave.formatType()).isEqualTo(StickerFormatType.LOTTIE);
    assertThat(wave.packId()).contains(pack.id());
    assertThat(wave.sortValue()).contains(12);
    assertThat(wave.description()).contains("Wumpus waves hello");
    assertThat(wave.tags()).startsWith("wumpus, hello").endsWith("\uD83D\uDC4B");
    assertThat(wave.guildId()).isEmpty();
    assertThat(wave.available()).isEmpty();
    assertThat(wave.user()).isEmpty();

    Sticker future = pack.stickers().get(1);
    assertThat(future.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(future.type().isKnown()).isFalse();
    assertThat(future.type().value()).isEqualTo(7);
    assertThat(future.formatType().isKnown()).isFalse();
    assertThat(future.formatType().value()).isEqualTo(99);
    assertThat(future.description()).isEmpty();
  }

  @Test
  void readsAGuildStickerWithItsUploader() {
    String json = Payloads.text("guild_sticker.json");
    Sticker sticker = Payloads.roundTrip(json, Sticker.class);
    Payloads.assertWrittenAsRead(json, sticker, Set.of("a_new_field"));

    assertThat(sticker.type()).isEqualTo(StickerType.GUILD);
    assertThat(sticker.formatType()).isEqualTo(StickerFormatType.GIF);
    assertThat(sticker.available()).contains(false);
    assertThat(sticker.guildId()).contains(Id.parse("18446744073709551615"));
    assertThat(sticker.user().orElseThrow().username()).isEqualTo("owner");
    assertThat(sticker.packId()).isEmpty();
    assertThat(sticker.sortValue()).isEmpty();
    JsonNode written = Payloads.tree(ModelJson.write(sticker));
    assertThat(written.has("pack_id")).isFalse();
    assertThat(written.has("a_new_field")).isFalse();
  }

  @Test
  void readsStickerItemsAndPackLists() {
    String item = "{\"id\":\"18446744073709551615\",\"name\":\"Wave\",\"format_type\":2}";
    StickerItem read = Payloads.roundTrip(item, StickerItem.class);
    Payloads.assertWrittenAsRead(item, read);
    assertThat(read)
        .isEqualTo(
            new StickerItem(Id.parse("18446744073709551615"), "Wave", StickerFormatType.APNG));

    String packs = "{\"sticker_packs\":[" + Payloads.text("sticker_pack.json") + "]}";
    StickerPacks list = Payloads.roundTrip(packs, StickerPacks.class);
    Payloads.assertWrittenAsRead(packs, list);
    assertThat(list.stickerPacks())
        .singleElement()
        .satisfies(p -> assertThat(p.stickers()).hasSize(2));

    String bare =
        "{\"id\":\"1\",\"stickers\":[],\"name\":\"n\",\"sku_id\":\"2\",\"description\":\"d\"}";
    StickerPack noExtras = Payloads.roundTrip(bare, StickerPack.class);
    Payloads.assertWrittenAsRead(bare, noExtras);
    assertThat(noExtras.coverStickerId()).isEmpty();
    assertThat(noExtras.bannerAssetId()).isEmpty();
  }
}
