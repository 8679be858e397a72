package dev.gloam.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageHashTest {
  record Holder(ImageHash avatar) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1269e74af4df7417b13759eae50c83dc",
        "a_1269e74af4df7417b13759eae50c83dc",
        "00000000000000000000000000000000",
        "ffffffffffffffffffffffffffffffff",
        // Oddities: upper case, wrong length, not hex, empty, a bare prefix.
        "1269E74AF4DF7417B13759EAE50C83DC",
        "1269e74af4df7417b13759eae50c83d",
        "a_zz69e74af4df7417b13759eae50c83dc",
        "a_1269E74AF4DF7417B13759EAE50C83DC",
        "b_1269e74af4df7417b13759eae50c83dc",
        "1269e74af4df7417b13759eae50c83dc00",
        "",
        "a_"
      })
  void everyHashIsWrittenBackExactly(String hash) {
    ImageHash parsed = ImageHash.parse(hash);
    assertThat(parsed.toString()).isEqualTo(hash);
    String json = ModelJson.write(new Holder(parsed));
    assertThat(json).isEqualTo("{\"avatar\":\"" + hash + "\"}");
    assertThat(ModelJson.read(json, Holder.class).avatar()).isEqualTo(parsed);
  }

  @Test
  void usualHashesAreCompactAndKnowWhetherTheyAreAnimated() {
    assertThat(ImageHash.parse("a_1269e74af4df7417b13759eae50c83dc").isAnimated()).isTrue();
    assertThat(ImageHash.parse("1269e74af4df7417b13759eae50c83dc").isAnimated()).isFalse();
    assertThat(ImageHash.parse("1269e74af4df7417b13759eae50c83dc").isCompact()).isTrue();
    assertThat(ImageHash.parse("1269E74AF4DF7417B13759EAE50C83DC").isCompact()).isFalse();
    assertThat(ImageHash.parse("a_1269e74af4df7417b13759eae50c83dc"))
        .isNotEqualTo(ImageHash.parse("1269e74af4df7417b13759eae50c83dc"));
  }
}
