package dev.gloam.validate;

import java.io.Serial;
import java.util.Objects;

/**
 * A request field breaks one of Discord's documented limits. It names the field (as a path such as
 * {@code embeds[2].fields[0].name}), the {@link Rule} it breaks, the limit and the actual value's
 * size, and never the value itself (it may be long, or private).
 *
 * <pre>{@code
 * try {
 *   MessageChecks.content(text);
 * } catch (ValidationException e) {
 *   System.out.println(e.field() + " " + e.rule() + " " + e.limit()); // content TOO_LONG 2000
 * }
 * }</pre>
 */
public final class ValidationException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** How a field breaks its limit. */
  public enum Rule {
    /** A text has more characters than allowed. */
    TOO_LONG,
    /** A text has fewer characters than required. */
    TOO_SHORT,
    /** A list has more items than allowed. */
    TOO_MANY,
    /** A list has fewer items than required. */
    TOO_FEW,
    /** A number or duration is outside its allowed range. */
    OUT_OF_RANGE,
    /** A value does not have the required form (for example a command name with capitals). */
    MALFORMED,
    /** A required field is missing. */
    MISSING,
    /** Fields that Discord does not allow together, or a value not allowed in this place. */
    NOT_ALLOWED
  }

  private final String field;
  private final Rule rule;
  private final String limit;
  private final String actual;

  /**
   * Creates the exception.
   *
   * @param field the field's path, such as {@code embeds[0].title}
   * @param rule the rule the field breaks
   * @param limit the limit, such as {@code "256"} or {@code "1..100"}
   * @param actual the actual size or value class, such as {@code "300"}; never the value of a
   *     free-text field
   */
  public ValidationException(String field, Rule rule, String limit, String actual) {
    super(describe(field, rule, limit, actual));
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.limit = Objects.requireNonNull(limit, "limit");
    this.actual = Objects.requireNonNull(actual, "actual");
  }

  /**
   * Returns the field's path.
   *
   * @return the path, such as {@code embeds[0].title}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rule the field breaks.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns the limit.
   *
   * @return the limit, such as {@code "256"}
   */
  public String limit() {
    return limit;
  }

  /**
   * Returns the actual size or value class.
   *
   * @return the actual, such as {@code "300"}
   */
  public String actual() {
    return actual;
  }

  /**
   * Returns this error with its field path placed under a parent, so that a check of one embed can
   * report {@code embeds[2].title} instead of {@code title}.
   *
   * @param parent the parent path, such as {@code embeds[2]}
   * @return the error with the longer path
   */
  public ValidationException under(String parent) {
    return new ValidationException(parent + "." + field, rule, limit, actual);
  }

  private static String describe(String field, Rule rule, String limit, String actual) {
    return switch (rule) {
      case TOO_LONG -> field + " has " + actual + " characters, the most allowed is " + limit;
      case TOO_SHORT -> field + " has " + actual + " characters, the fewest allowed is " + limit;
      case TOO_MANY -> field + " has " + actual + " items, the most allowed is " + limit;
      case TOO_FEW -> field + " has " + actual + " items, the fewest allowed is " + limit;
      case OUT_OF_RANGE -> field + " is " + actual + ", allowed is " + limit;
      case MALFORMED -> field + " is malformed (" + actual + "), expected " + limit;
      case MISSING -> field + " is required (" + limit + ")";
      case NOT_ALLOWED -> field + " is not allowed: " + limit + " (" + actual + ")";
    };
  }
}
