package dev.gloam.model.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.user.User;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordLocaleTest {
  @Test
  void everyLocaleOfTheReferenceIsNamed() {
    for (String code :
        new String[] {
          "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
          "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi",
          "th", "zh-CN", "ja", "zh-TW", "ko"
        }) {
      assertThat(DiscordLocale.of(code).isKnown()).as(code).isTrue();
      assertThat(DiscordLocale.of(code).toString()).isEqualTo(code);
    }
  }

  @Test
  void anUnknownLocaleIsKeptAndWrittenBack() {
    String json =
        "{\"id\":\"1\",\"username\":\"a\",\"discriminator\":\"0\",\"avatar\":null,\"locale\":\"tlh\"}";
    User user = ModelJson.read(json, User.class);
    assertThat(user.locale()).hasValueSatisfying(locale -> assertThat(locale.isKnown()).isFalse());
    assertThat(ModelJson.write(user)).contains("\"locale\":\"tlh\"");
  }

  @Test
  void localizationMapsAreKeyedByLocaleBothWays() {
    String json =
        "{\"name\":\"Strict\",\"name_localizations\":{\"fr\":\"Strict\",\"es-419\":\"Estricto\","
            + "\"xx-NEW\":\"?\"},\"value\":\"strict\"}";
    CommandOptionChoice choice = ModelJson.read(json, CommandOptionChoice.class);
    Map<DiscordLocale, String> names = choice.nameLocalizations().orElseThrow();
    assertThat(names)
        .containsEntry(DiscordLocale.FRENCH, "Strict")
        .containsEntry(DiscordLocale.SPANISH_LATAM, "Estricto")
        .containsEntry(DiscordLocale.of("xx-NEW"), "?");
    assertThat(ModelJson.read(ModelJson.write(choice), CommandOptionChoice.class))
        .isEqualTo(choice);
  }

  @Test
  void mapsToTheJdksLocale() {
    assertThat(DiscordLocale.PORTUGUESE_BRAZILIAN.toLocale()).isEqualTo(Locale.of("pt", "BR"));
    assertThat(DiscordLocale.SPANISH_LATAM.toLocale().getCountry()).isEqualTo("419");
  }
}
