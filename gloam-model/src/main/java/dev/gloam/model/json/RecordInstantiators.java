package dev.gloam.model.json;

import java.lang.reflect.Constructor;
import java.util.function.Function;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Creates records through their canonical constructor directly.
 *
 * <p>Jackson calls a record's constructor with {@code MethodHandle.invokeWithArguments}, which
 * adapts the handle's type again on every call; on a large payload that was about a fifth of the
 * whole parse. Here a record of gloam's own gets a {@link RecordMakers maker} that calls its
 * constructor as plain code; any other record is made with {@link Constructor#newInstance}, which
 * at least keeps its adapted handle. Jackson still decides which constructor and which arguments;
 * only the call itself changes, and a failing call is repeated through Jackson so that its error
 * reporting stays the same.
 */
final class RecordInstantiators extends ValueInstantiators.Base {
  @Override
  public ValueInstantiator modifyValueInstantiator(
      DeserializationConfig config,
      BeanDescription.Supplier description,
      ValueInstantiator standard) {
    if (standard.getValueClass().isRecord()
        && standard.canCreateFromObjectWith()
        && standard.getWithArgsCreator() instanceof AnnotatedConstructor creator) {
      return new Direct(standard, creator.getAnnotated());
    }
    return standard;
  }

  // Jackson's instantiators are Serializable for JDK serialization of whole mappers, which gloam's
  // one static mapper never goes through.
  @SuppressWarnings("serial")
  private static final class Direct extends ValueInstantiator.Delegating {
    // Reading one event resolves deserializers for every record it may contain, a hundred types
    // or more, most of which never arrive; a maker costs about a millisecond to make, so only a
    // record that has been made this many times gets one.
    private static final int MAKER_AFTER = 100;

    private final Constructor<?> constructor;
    // Null until the record has been made MAKER_AFTER times, and for good where it cannot have one.
    private transient volatile Function<Object[], Object> maker;
    // Counted without synchronization: a lost count only delays the maker a little.
    private transient int made;

    Direct(ValueInstantiator standard, Constructor<?> constructor) {
      super(standard);
      this.constructor = constructor;
    }

    @Override
    public ValueInstantiator createContextual(
        DeserializationContext context, BeanDescription.Supplier description) {
      ValueInstantiator contextual = delegate().createContextual(context, description);
      return contextual == delegate() ? this : new Direct(contextual, constructor);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
      Function<Object[], Object> ready = maker;
      if (ready == null && made < MAKER_AFTER && ++made == MAKER_AFTER) {
        ready = RecordMakers.of(constructor);
        maker = ready;
      }
      if (ready != null) {
        try {
          return ready.apply(arguments);
        } catch (RuntimeException e) {
          // An argument of the wrong type, or the record refusing its values: Jackson's own call
          // below reports it as it would have.
          return delegate().createFromObjectWith(context, arguments);
        }
      }
      try {
        return constructor.newInstance(arguments);
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        return delegate().createFromObjectWith(context, arguments);
      }
    }

    @Override
    public Object createFromObjectWith(
        DeserializationContext context,
        SettableBeanProperty[] properties,
        PropertyValueBuffer buffer) {
      return createFromObjectWith(context, buffer.getParameters(context, properties));
    }
  }
}
