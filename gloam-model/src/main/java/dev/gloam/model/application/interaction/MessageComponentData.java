package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.message.component.ComponentType;
import java.util.List;
import java.util.Optional;

/**
 * The data of a {@code MESSAGE_COMPONENT} interaction: which component was used, and what was
 * selected. Maps Discord's "Message Component Data Structure"
 * (interactions/receiving-and-responding).
 *
 * @param customId the developer-defined id of the component
 * @param componentType the type of the component that was used
 * @param values the values selected in a select menu (always sent for select menus)
 * @param resolved the users, members, roles and channels selected in an auto-populated select menu
 */
public record MessageComponentData(
    String customId,
    ComponentType componentType,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> values,
    @JsonInclude(Include.NON_ABSENT) Optional<ResolvedData> resolved)
    implements InteractionData {}
