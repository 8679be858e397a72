package dev.gloam.model.locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;
import java.util.Locale;

/**
 * A language Discord's clients can be set to: a user's or guild's locale, the locale of an
 * interaction, and the keys of the {@code *_localizations} maps of commands. Maps the "Locales"
 * table (reference).
 *
 * <p>An open enum: a locale Discord adds later parses to an unnamed instance that keeps its string.
 *
 * <pre>{@code
 * Map<DiscordLocale, String> names = Map.of(DiscordLocale.GERMAN, "hallo", DiscordLocale.FRENCH, "salut");
 * ResourceBundle bundle = ResourceBundle.getBundle("messages", interaction.locale().orElseThrow().toLocale());
 * }</pre>
 */
public final class DiscordLocale extends StringEnum {
  private static final StringEnumRegistry<DiscordLocale> VALUES =
      new StringEnumRegistry<>(value -> new DiscordLocale(value, false));

  /** Indonesian ({@code id}). */
  public static final DiscordLocale INDONESIAN = VALUES.register(new DiscordLocale("id", true));

  /** Danish ({@code da}). */
  public static final DiscordLocale DANISH = VALUES.register(new DiscordLocale("da", true));

  /** German ({@code de}). */
  public static final DiscordLocale GERMAN = VALUES.register(new DiscordLocale("de", true));

  /** English, UK ({@code en-GB}). */
  public static final DiscordLocale ENGLISH_UK = VALUES.register(new DiscordLocale("en-GB", true));

  /** English, US ({@code en-US}). */
  public static final DiscordLocale ENGLISH_US = VALUES.register(new DiscordLocale("en-US", true));

  /** Spanish ({@code es-ES}). */
  public static final DiscordLocale SPANISH = VALUES.register(new DiscordLocale("es-ES", true));

  /** Spanish, LATAM ({@code es-419}). */
  public static final DiscordLocale SPANISH_LATAM =
      VALUES.register(new DiscordLocale("es-419", true));

  /** French ({@code fr}). */
  public static final DiscordLocale FRENCH = VALUES.register(new DiscordLocale("fr", true));

  /** Croatian ({@code hr}). */
  public static final DiscordLocale CROATIAN = VALUES.register(new DiscordLocale("hr", true));

  /** Italian ({@code it}). */
  public static final DiscordLocale ITALIAN = VALUES.register(new DiscordLocale("it", true));

  /** Lithuanian ({@code lt}). */
  public static final DiscordLocale LITHUANIAN = VALUES.register(new DiscordLocale("lt", true));

  /** Hungarian ({@code hu}). */
  public static final DiscordLocale HUNGARIAN = VALUES.register(new DiscordLocale("hu", true));

  /** Dutch ({@code nl}). */
  public static final DiscordLocale DUTCH = VALUES.register(new DiscordLocale("nl", true));

  /** Norwegian ({@code no}). */
  public static final DiscordLocale NORWEGIAN = VALUES.register(new DiscordLocale("no", true));

  /** Polish ({@code pl}). */
  public static final DiscordLocale POLISH = VALUES.register(new DiscordLocale("pl", true));

  /** Portuguese, Brazilian ({@code pt-BR}). */
  public static final DiscordLocale PORTUGUESE_BRAZILIAN =
      VALUES.register(new DiscordLocale("pt-BR", true));

  /** Romanian, Romania ({@code ro}). */
  public static final DiscordLocale ROMANIAN = VALUES.register(new DiscordLocale("ro", true));

  /** Finnish ({@code fi}). */
  public static final DiscordLocale FINNISH = VALUES.register(new DiscordLocale("fi", true));

  /** Swedish ({@code sv-SE}). */
  public static final DiscordLocale SWEDISH = VALUES.register(new DiscordLocale("sv-SE", true));

  /** Vietnamese ({@code vi}). */
  public static final DiscordLocale VIETNAMESE = VALUES.register(new DiscordLocale("vi", true));

  /** Turkish ({@code tr}). */
  public static final DiscordLocale TURKISH = VALUES.register(new DiscordLocale("tr", true));

  /** Czech ({@code cs}). */
  public static final DiscordLocale CZECH = VALUES.register(new DiscordLocale("cs", true));

  /** Greek ({@code el}). */
  public static final DiscordLocale GREEK = VALUES.register(new DiscordLocale("el", true));

  /** Bulgarian ({@code bg}). */
  public static final DiscordLocale BULGARIAN = VALUES.register(new DiscordLocale("bg", true));

  /** Russian ({@code ru}). */
  public static final DiscordLocale RUSSIAN = VALUES.register(new DiscordLocale("ru", true));

  /** Ukrainian ({@code uk}). */
  public static final DiscordLocale UKRAINIAN = VALUES.register(new DiscordLocale("uk", true));

  /** Hindi ({@code hi}). */
  public static final DiscordLocale HINDI = VALUES.register(new DiscordLocale("hi", true));

  /** Thai ({@code th}). */
  public static final DiscordLocale THAI = VALUES.register(new DiscordLocale("th", true));

  /** Chinese, China ({@code zh-CN}). */
  public static final DiscordLocale CHINESE_CHINA =
      VALUES.register(new DiscordLocale("zh-CN", true));

  /** Japanese ({@code ja}). */
  public static final DiscordLocale JAPANESE = VALUES.register(new DiscordLocale("ja", true));

  /** Chinese, Taiwan ({@code zh-TW}). */
  public static final DiscordLocale CHINESE_TAIWAN =
      VALUES.register(new DiscordLocale("zh-TW", true));

  /** Korean ({@code ko}). */
  public static final DiscordLocale KOREAN = VALUES.register(new DiscordLocale("ko", true));

  private DiscordLocale(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the locale with the given code, named if gloam knows it.
   *
   * @param value the locale code, such as {@code en-US}
   * @return the constant, or an unnamed instance for an unknown code
   */
  @JsonCreator
  public static DiscordLocale of(String value) {
    return VALUES.of(value);
  }

  /**
   * Returns the JDK locale of this code, for looking up a program's own translations.
   *
   * @return the locale of the code's IETF language tag
   */
  public Locale toLocale() {
    return Locale.forLanguageTag(value());
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
