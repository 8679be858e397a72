package dev.gloam.model.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.json.ModelJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class PermissionsTest {
  @Test
  void readsADecimalStringAndAJsonNumberAlike() {
    Permissions fromString = ModelJson.read("\"104324689\"", Permissions.class);
    Permissions fromNumber = ModelJson.read("104324689", Permissions.class);
    assertThat(fromNumber).isEqualTo(fromString);
    assertThat(fromNumber.contains(Permissions.CREATE_INSTANT_INVITE)).isTrue();
    // Always written back as Discord's decimal string.
    assertThat(ModelJson.write(fromNumber)).isEqualTo("\"104324689\"");
  }

  @Test
  void numbersAboveLongMaxValueKeepEveryBit() {
    Permissions all = ModelJson.read("18446744073709551615", Permissions.class);
    assertThat(all.bits()).isEqualTo(-1L);
    assertThat(ModelJson.write(all)).isEqualTo("\"18446744073709551615\"");
    assertThat(ModelJson.read("\"18446744073709551615\"", Permissions.class)).isEqualTo(all);
  }

  @Test
  void readsNumbersInsideListsAndRejectsOtherTokens() {
    List<Permissions> mixed =
        ModelJson.mapper().readValue("[\"8\", 8, 0]", new TypeReference<List<Permissions>>() {});
    assertThat(mixed)
        .containsExactly(Permissions.ADMINISTRATOR, Permissions.ADMINISTRATOR, Permissions.NONE);
    assertThatThrownBy(() -> ModelJson.read("true", Permissions.class))
        .isInstanceOf(RuntimeException.class);
  }
}
