package dev.gloam.command.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.command.parser.Arguments.Mode;
import dev.gloam.command.parser.CommandParseException.Kind;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  private static List<String> lenient(String text) {
    return Arguments.of(text).toList();
  }

  private static List<String> strict(String text) {
    return Arguments.of(text, Mode.STRICT).toList();
  }

  @Nested
  class Whitespace {
    @Test
    void wordsAreSplitAtRunsOfWhitespace() {
      assertThat(lenient("a b  c")).containsExactly("a", "b", "c");
      assertThat(lenient("  leading and trailing  ")).containsExactly("leading", "and", "trailing");
    }

    @Test
    void tabsNewlinesAndUnicodeSpacesSeparate() {
      assertThat(lenient("a\tb\nc\r\nd\u00a0e\u2003f\u3000g"))
          .containsExactly("a", "b", "c", "d", "e", "f", "g");
    }

    @Test
    void emptyOrBlankTextHasNoArguments() {
      assertThat(lenient("")).isEmpty();
      assertThat(lenient(" \t\n ")).isEmpty();
      assertThat(Arguments.of("   ").hasNext()).isFalse();
    }

    @Test
    void nonAsciiWordsStayWhole() {
      assertThat(lenient("héllo 🎲🎲 日本語")).containsExactly("héllo", "🎲🎲", "日本語");
    }
  }

  @Nested
  class Quotes {
    @Test
    void doubleQuotesKeepWhitespaceTogether() {
      assertThat(lenient("say \"hello   world\" now"))
          .containsExactly("say", "hello   world", "now");
      assertThat(lenient("\"line\none\"")).containsExactly("line\none");
    }

    @Test
    void curlyQuotesAsPhonesTypeThemWorkToo() {
      assertThat(lenient("“hello world” x")).containsExactly("hello world", "x");
      // Each opening quote closes only with its own partner.
      assertThat(lenient("“a \" b” c")).containsExactly("a \" b", "c");
      assertThat(lenient("\"a ” b\" c")).containsExactly("a ” b", "c");
    }

    @Test
    void emptyQuotesAreAnEmptyArgument() {
      assertThat(lenient("a \"\" b")).containsExactly("a", "", "b");
      assertThat(lenient("\"\"")).containsExactly("");
    }

    @Test
    void aClosingQuoteEndsTheArgument() {
      assertThat(lenient("\"a b\"c")).containsExactly("a b", "c");
      assertThat(lenient("\"a\"\"b\"")).containsExactly("a", "b");
    }

    @Test
    void quotesInsideAWordAndSingleQuotesAreOrdinary() {
      assertThat(lenient("5\" tall")).containsExactly("5\"", "tall");
      assertThat(lenient("don't 'quote me'")).containsExactly("don't", "'quote", "me'");
    }

    @Test
    void anUnclosedQuoteTakesTheRestWhenLenient() {
      assertThat(lenient("a \"b c  d")).containsExactly("a", "b c  d");
      assertThat(lenient("\"")).containsExactly("");
    }

    @Test
    void anUnclosedQuoteIsAnErrorWhenStrict() {
      Arguments args = Arguments.of("ok \"b c", Mode.STRICT);
      assertThat(args.next()).isEqualTo("ok");
      assertThatThrownBy(args::next)
          .isInstanceOfSatisfying(
              CommandParseException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(Kind.UNCLOSED_QUOTE);
                assertThat(e.position()).isEqualTo(3);
              })
          .hasMessage("the quote at index 3 is never closed");
      assertThatThrownBy(() -> strict("“curly"))
          .isInstanceOfSatisfying(
              CommandParseException.class,
              e -> assertThat(e.kind()).isEqualTo(Kind.UNCLOSED_QUOTE));
    }

    @Test
    void wellFormedTextReadsTheSameWhenStrict() {
      String text = "a \"b c\" \"\" d\\ e \\\\ “f g”";
      assertThat(strict(text))
          .isEqualTo(lenient(text))
          .containsExactly("a", "b c", "", "d e", "\\", "f g");
    }
  }

  @Nested
  class Escapes {
    @Test
    void aBackslashEscapesQuotesBackslashesAndWhitespace() {
      assertThat(lenient("\\\"quoted\\\"")).containsExactly("\"quoted\"");
      assertThat(lenient("a\\\\b")).containsExactly("a\\b");
      assertThat(lenient("one\\ word two")).containsExactly("one word", "two");
      assertThat(lenient("tab\\\tkept")).containsExactly("tab\tkept");
      assertThat(lenient("\\“not a quote\\”")).containsExactly("“not", "a", "quote”");
    }

    @Test
    void escapesWorkInsideQuotes() {
      assertThat(lenient("\"say \\\"hi\\\" \\\\ ok\"")).containsExactly("say \"hi\" \\ ok");
      assertThat(lenient("“a \\” b”")).containsExactly("a ” b");
    }

    @Test
    void otherBackslashesAreKeptAsTyped() {
      assertThat(lenient("C:\\temp \\*not bold\\*"))
          .containsExactly("C:\\temp", "\\*not", "bold\\*");
      assertThat(lenient("\"\\n\"")).containsExactly("\\n");
      assertThat(lenient("\\🎲")).containsExactly("\\🎲");
    }

    @Test
    void aTrailingBackslashIsKeptWhenLenient() {
      assertThat(lenient("a b\\")).containsExactly("a", "b\\");
      assertThat(lenient("\\")).containsExactly("\\");
      assertThat(lenient("\"open\\")).containsExactly("open\\");
    }

    @Test
    void aTrailingBackslashIsAnErrorWhenStrict() {
      assertThatThrownBy(() -> strict("a b\\"))
          .isInstanceOfSatisfying(
              CommandParseException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(Kind.DANGLING_ESCAPE);
                assertThat(e.position()).isEqualTo(3);
              })
          .hasMessageContaining("backslash at index 3");
      assertThatThrownBy(() -> strict("\"open\\"))
          .isInstanceOfSatisfying(
              CommandParseException.class,
              e -> assertThat(e.kind()).isEqualTo(Kind.DANGLING_ESCAPE));
    }
  }

  @Nested
  class Iteration {
    @Test
    void theRemainderIsTheUnreadTextAsTyped() {
      Arguments args = Arguments.of("  ban  @someone   being \"rude\"  ");
      assertThat(args.remainder()).isEqualTo("ban  @someone   being \"rude\"  ");
      assertThat(args.next()).isEqualTo("ban");
      assertThat(args.next()).isEqualTo("@someone");
      assertThat(args.remainder()).isEqualTo("being \"rude\"  ");
      assertThat(args.toList()).containsExactly("being", "rude");
      assertThat(args.remainder()).isEmpty();
    }

    @Test
    void theRemainderDoesNotConsume() {
      Arguments args = Arguments.of("a b");
      args.remainder();
      assertThat(args.next()).isEqualTo("a");
    }

    @Test
    void readingPastTheEndFails() {
      Arguments args = Arguments.of("only ");
      assertThat(args.hasNext()).isTrue();
      assertThat(args.next()).isEqualTo("only");
      assertThat(args.hasNext()).isFalse();
      assertThatThrownBy(args::next)
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no arguments left");
    }

    @Test
    void hasNextIsRepeatable() {
      Arguments args = Arguments.of("x");
      assertThat(args.hasNext()).isTrue();
      assertThat(args.hasNext()).isTrue();
      assertThat(args.next()).isEqualTo("x");
    }

    @Test
    void nullsAreRefused() {
      assertThatThrownBy(() -> Arguments.of(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> Arguments.of("a", null)).isInstanceOf(NullPointerException.class);
    }
  }
}
