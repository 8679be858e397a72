package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.SelectDefaultValue;
import dev.gloam.model.channel.message.component.SelectDefaultValueType;
import dev.gloam.model.id.Id;
import dev.gloam.validate.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user, role, mentionable and channel selects share: menus whose items Discord fills in
 * itself, so that besides the {@link SelectMenuBuilder common settings} a builder sets only the
 * items chosen at first (components/reference, "User Select", "Role Select", "Mentionable Select"
 * and "Channel Select", {@code default_values}). The concrete builders add the default values of
 * their item types and build their record.
 *
 * <p>Not thread-safe. Errors name the field relative to the select ({@code placeholder}, {@code
 * default_values[0].type}).
 *
 * @param <B> the concrete builder, returned by the setters so that calls chain
 */
public abstract sealed class AutoSelectBuilder<B extends AutoSelectBuilder<B>>
    extends SelectMenuBuilder<B>
    permits UserSelectBuilder, RoleSelectBuilder, MentionableSelectBuilder, ChannelSelectBuilder {
  private final List<SelectDefaultValue> defaults = new ArrayList<>();

  AutoSelectBuilder(String customId) {
    super(customId);
  }

  // The index in the error path counts every default value so far, of whatever type. The public
  // methods loop themselves: handing their generic varargs array on would draw a heap-pollution
  // warning.
  final void addDefault(Id<?> value, SelectDefaultValueType type) {
    Check.required("default_values[" + defaults.size() + "].id", value, "an id");
    defaults.add(new SelectDefaultValue(value.cast(), type));
  }

  final <C extends Component> C checkedFrom(Assembler<C> assembler) {
    return checked(
        assembler.assemble(
            id(),
            customId(),
            placeholder(),
            defaults.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(defaults)),
            minValues(),
            maxValues(),
            required(),
            disabled()));
  }

  /** The settings every select has, in the order of the user select's record components. */
  @FunctionalInterface
  interface Assembler<C extends Component> {
    C assemble(
        Optional<Integer> id,
        String customId,
        Optional<String> placeholder,
        Optional<List<SelectDefaultValue>> defaultValues,
        Optional<Integer> minValues,
        Optional<Integer> maxValues,
        Optional<Boolean> required,
        Optional<Boolean> disabled);
  }
}
