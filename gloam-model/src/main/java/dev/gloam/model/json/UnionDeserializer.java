package dev.gloam.model.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a sealed family of model types that Discord tells apart by a field, such as message
 * components by {@code type}. A value whose discriminator gloam does not know becomes the family's
 * unknown variant, which keeps the raw JSON, so a type Discord adds tomorrow never breaks parsing.
 *
 * <p>Subclasses name the discriminator field and map its values to records. Those records carry
 * {@code @JsonDeserialize(using = ValueDeserializer.None.class)}, because Jackson would otherwise
 * apply the family's deserializer, inherited from the sealed interface, to them too.
 *
 * <pre>{@code
 * final class ComponentDeserializer extends UnionDeserializer<Component> {
 *   ComponentDeserializer() { super(Component.class, "type"); }
 *   protected Class<? extends Component> variant(JsonNode type) {
 *     return switch (type.asInt()) { case 2 -> Button.class; default -> null; };
 *   }
 *   protected Component unknown(JsonNode raw) { return new UnknownComponent(raw); }
 * }
 * }</pre>
 *
 * @param <T> the sealed family
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {
  private final String discriminator;

  /**
   * Creates the deserializer.
   *
   * @param family the sealed interface
   * @param discriminator the field whose value selects the variant
   */
  protected UnionDeserializer(Class<T> family, String discriminator) {
    super(family);
    this.discriminator = discriminator;
  }

  /**
   * Maps a discriminator value to its variant.
   *
   * @param value the discriminator's JSON value (a missing field is a JSON null)
   * @return the record to read, or {@code null} if gloam does not know the value
   */
  protected abstract Class<? extends T> variant(JsonNode value);

  /**
   * Wraps a value of an unknown variant.
   *
   * @param raw the whole JSON object
   * @return the family's unknown variant, holding {@code raw}
   */
  protected abstract T unknown(JsonNode raw);

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    JsonNode tree = context.readTree(parser);
    Class<? extends T> variant = variant(tree.path(discriminator));
    if (variant == null) {
      return unknown(tree);
    }
    return context.readTreeAsValue(tree, variant);
  }
}
