package dev.gloam.http.request.guild.template;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.template.GuildTemplate;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.template.TemplateChecks;

/**
 * Renames a template or changes its description. Maps "Modify Guild Template" ({@code PATCH
 * /guilds/{guild.id}/templates/{template.code}}, resources/guild-template). Obtained from {@link
 * dev.gloam.http.GuildRequests#updateGuildTemplate}.
 *
 * <pre>{@code
 * client.updateGuildTemplate(guildId, code).description(null).send();
 * }</pre>
 */
public final class UpdateGuildTemplate extends Request<GuildTemplate> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#updateGuildTemplate} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param code the template's code
   */
  public UpdateGuildTemplate(Transport transport, Id<GuildMarker> guildId, String code) {
    super(
        transport, Route.UPDATE_GUILD_TEMPLATE, BodyReader.of(GuildTemplate.class), guildId, code);
  }

  /**
   * Sets the template's name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public UpdateGuildTemplate name(String name) {
    json().set("name", name);
    check(() -> TemplateChecks.name(name));
    return this;
  }

  /**
   * Sets the template's description, up to 120 characters.
   *
   * @param description the description, or {@code null} for none
   * @return this request
   */
  public UpdateGuildTemplate description(String description) {
    json().set("description", description);
    check(() -> TemplateChecks.description(description));
    return this;
  }
}
