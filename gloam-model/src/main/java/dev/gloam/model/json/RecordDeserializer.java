package dev.gloam.model.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gloam.model.value.Nullable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.CreatorProperty;
import tools.jackson.databind.deser.NullValueProvider;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.BeanDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.util.AccessPattern;
import tools.jackson.databind.util.NameTransformer;

/**
 * Reads a plain record (every component a constructor argument, nothing unwrapped, injected or
 * required) in one loop over its JSON object: each name is looked up in a small table of the
 * record's components, each value read by the deserializer Jackson resolved for that component, and
 * the record made from the arguments.
 *
 * <p>Jackson's general path for constructor-made objects keeps a buffer per object, looks up every
 * name twice and asks each absent or null component's deserializer for its value each time; for a
 * large guild that was about a fifth of the parse. Here Jackson still decides the names, the
 * deserializers and the absent and null values, once per record type; anything else (a {@code
 * null}, an array, an object read for update or with a view, a record with unwrapped components)
 * goes to Jackson's own deserializer, which this one wraps.
 */
final class RecordDeserializer extends DelegatingDeserializer {
  private final BeanDeserializer bean;
  private volatile Layout layout;

  private RecordDeserializer(BeanDeserializer bean) {
    super(bean);
    this.bean = bean;
  }

  /** Puts a {@link RecordDeserializer} around Jackson's deserializer of every plain record. */
  // Serializable only for JDK serialization of whole mappers, which gloam never uses.
  @SuppressWarnings("serial")
  static final class Modifier extends ValueDeserializerModifier {
    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }
  }

  private static ValueDeserializer<?> wrap(ValueDeserializer<?> deserializer) {
    if (deserializer.getClass() == BeanDeserializer.class
        && deserializer instanceof BeanDeserializer bean
        && isPlainRecord(bean)) {
      return new RecordDeserializer(bean);
    }
    return deserializer;
  }

  private static boolean isPlainRecord(BeanDeserializer bean) {
    ValueInstantiator instantiator = bean.getValueInstantiator();
    if (!bean.handledType().isRecord()
        || bean.hasAnySetter()
        || !instantiator.canCreateFromObjectWith()
        || !(instantiator.getWithArgsCreator() instanceof AnnotatedConstructor constructor)) {
      return false;
    }
    for (int i = 0; i < constructor.getParameterCount(); i++) {
      if (constructor.getParameter(i).hasAnnotation(JsonUnwrapped.class)) {
        return false;
      }
    }
    for (Iterator<SettableBeanProperty> it = bean.properties(); it.hasNext(); ) {
      SettableBeanProperty property = it.next();
      if (!(property instanceof CreatorProperty)
          || property.isRequired()
          || property.getInjectionDefinition() != null) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
    return wrap(delegatee);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (context.getActiveView() != null) {
      // gloam never reads with a view, but a program with its own reader of the mapper may.
      return bean.deserialize(parser, context);
    } else if (token == JsonToken.START_OBJECT) {
      token = parser.nextToken();
    } else if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT) {
      return bean.deserialize(parser, context);
    }
    Layout layout = layout(context);
    Object[] arguments = layout.arguments.clone();
    for (; token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      int slot = layout.find(name);
      token = parser.nextToken();
      if (slot < 0) {
        parser.skipChildren();
        continue;
      }
      SettableBeanProperty property = layout.properties[slot];
      if (token == JsonToken.VALUE_NULL && layout.nullsFixed[slot]) {
        arguments[property.getCreatorIndex()] = layout.nulls[slot];
        continue;
      }
      try {
        arguments[property.getCreatorIndex()] = property.deserialize(parser, context);
      } catch (Exception e) {
        throw bean.wrapAndThrow(e, bean.handledType(), name, context);
      }
    }
    if (layout.absentVaries) {
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] == Layout.ASK) {
          arguments[i] = layout.absent(i, context);
        }
      }
    }
    return layout.instantiator.createFromObjectWith(context, arguments);
  }

  @Override
  public ValueDeserializer<Object> unwrappingDeserializer(
      DeserializationContext context, NameTransformer transformer) {
    // An unwrapped record is read by Jackson's own unwrapping deserializer, never by this loop.
    return bean.unwrappingDeserializer(context, transformer);
  }

  private Layout layout(DeserializationContext context) {
    Layout current = layout;
    if (current == null) {
      // Built once the wrapped deserializer is resolved; two threads may both build it, alike.
      current = new Layout(bean, context);
      layout = current;
    }
    return current;
  }

  /** Where each JSON name goes and what absent and null components become, for one record type. */
  private static final class Layout {
    // Marks an argument whose absent value is asked for anew for each record.
    static final Object ASK = new Object();

    private final ValueInstantiator instantiator;
    private final SettableBeanProperty[] properties;
    private final String[] names;
    private final int[] slots;
    private final int mask;
    // The arguments before any JSON is read: every component's absent value, or ASK.
    private final Object[] arguments;
    private final boolean absentVaries;
    // Per slot: the value of a JSON null, where it is the same for every record.
    private final Object[] nulls;
    private final boolean[] nullsFixed;

    Layout(BeanDeserializer bean, DeserializationContext context) {
      instantiator = bean.getValueInstantiator();
      List<SettableBeanProperty> found = new ArrayList<>();
      bean.creatorProperties().forEachRemaining(found::add);
      properties = found.toArray(SettableBeanProperty[]::new);
      arguments = new Object[instantiator.getWithArgsCreator().getParameterCount()];
      nulls = new Object[properties.length];
      nullsFixed = new boolean[properties.length];
      boolean varies = false;
      List<String> allNames = new ArrayList<>();
      List<Integer> allSlots = new ArrayList<>();
      for (int slot = 0; slot < properties.length; slot++) {
        SettableBeanProperty property = properties[slot];
        allNames.add(property.getName());
        allSlots.add(slot);
        for (PropertyName alias : property.findAliases(context.getConfig())) {
          allNames.add(alias.getSimpleName());
          allSlots.add(slot);
        }
        Object absent = absentValue(property, context);
        if (isImmutable(absent)) {
          arguments[property.getCreatorIndex()] = absent;
        } else {
          arguments[property.getCreatorIndex()] = ASK;
          varies = true;
        }
        fixNull(slot, context);
      }
      absentVaries = varies;
      int size = Integer.highestOneBit(Math.max(4, allNames.size() * 2)) * 2;
      mask = size - 1;
      names = new String[size];
      slots = new int[size];
      for (int i = 0; i < allNames.size(); i++) {
        int at = allNames.get(i).hashCode() & mask;
        while (names[at] != null) {
          at = (at + 1) & mask;
        }
        names[at] = allNames.get(i);
        slots[at] = allSlots.get(i);
      }
    }

    // Keeps what a JSON null becomes when Jackson says it is constant, or when it is an empty
    // Optional (Jackson makes a new reference to the one shared empty value each time).
    private void fixNull(int slot, DeserializationContext context) {
      NullValueProvider provider = properties[slot].getNullValueProvider();
      if (provider == null) {
        nullsFixed[slot] = true;
        return;
      }
      AccessPattern pattern = provider.getNullAccessPattern();
      if (pattern == AccessPattern.ALWAYS_NULL) {
        nullsFixed[slot] = true;
        return;
      }
      Object value;
      try {
        value = provider.getNullValue(context);
      } catch (RuntimeException e) {
        // A provider that rejects nulls keeps doing so for each record, through Jackson.
        return;
      }
      boolean empty =
          value instanceof Optional<?> optional && optional.isEmpty()
              || value instanceof OptionalInt optionalInt && optionalInt.isEmpty()
              || value instanceof OptionalLong optionalLong && optionalLong.isEmpty()
              || value instanceof OptionalDouble optionalDouble && optionalDouble.isEmpty();
      if (empty || (pattern == AccessPattern.CONSTANT && isImmutable(value))) {
        nulls[slot] = value;
        nullsFixed[slot] = true;
      }
    }

    int find(String name) {
      for (int at = name.hashCode() & mask; ; at = (at + 1) & mask) {
        String candidate = names[at];
        if (candidate == null) {
          return -1;
        }
        if (candidate == name || candidate.equals(name)) {
          return slots[at];
        }
      }
    }

    Object absent(int index, DeserializationContext context) {
      for (SettableBeanProperty property : properties) {
        if (property.getCreatorIndex() == index) {
          return absentValue(property, context);
        }
      }
      return null;
    }

    // What Jackson gives a constructor argument whose property is not in the JSON.
    private static Object absentValue(
        SettableBeanProperty property, DeserializationContext context) {
      Object value = property.getNullValueProvider().getAbsentValue(context);
      if (value == null && property.hasValueDeserializer()) {
        value = property.getValueDeserializer().getAbsentValue(context);
      }
      return value;
    }

    // Only values that can be handed to every record alike are kept; others are asked for anew.
    private static boolean isImmutable(Object value) {
      return value == null
          || value instanceof Number
          || value instanceof Boolean
          || value instanceof Character
          || value instanceof String
          || value instanceof Optional<?>
          || value instanceof OptionalInt
          || value instanceof OptionalLong
          || value instanceof OptionalDouble
          || value instanceof Nullable<?>;
    }
  }
}
