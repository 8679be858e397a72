package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.integration.IntegrationAccount;
import dev.gloam.model.guild.integration.IntegrationType;
import java.util.Optional;

/**
 * A partial guild integration that uses a connection, sent in {@link Connection#integrations()}.
 * Maps the partial "Integration Object" (resources/guild) of the connection's {@code integrations}
 * field; the whole object is {@link dev.gloam.model.guild.integration.Integration}.
 *
 * @param id the integration's id
 * @param type the integration's service, such as {@code twitch}
 * @param account the account the integration connects
 * @param guild the guild the integration belongs to, partial
 */
public record ConnectionIntegration(
    String id,
    IntegrationType type,
    IntegrationAccount account,
    @JsonInclude(Include.NON_ABSENT) Optional<ConnectionIntegrationGuild> guild) {}
