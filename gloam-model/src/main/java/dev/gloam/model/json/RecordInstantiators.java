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
    private final Constructor<?> constructor;
    // Null where the record cannot have one; the reflective call is used then.
    private final transient Function<Object[], Object> maker;

    Direct(ValueInstantiator standard, Constructor<?> constructor) {
      this(
          standard,
          constructor,
          Boolean.getBoolean("nomaker") ? null : RecordMakers.of(constructor));
    }

    private Direct(
        ValueInstantiator standard, Constructor<?> constructor, Function<Object[], Object> maker) {
      super(standard);
      this.constructor = constructor;
      this.maker = maker;
    }

    @Override
    public ValueInstantiator createContextual(
        DeserializationContext context, BeanDescription.Supplier description) {
      ValueInstantiator contextual = delegate().createContextual(context, description);
      return contextual == delegate() ? this : new Direct(contextual, constructor, maker);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
      if (maker != null) {
        try {
          return maker.apply(arguments);
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
