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
 * Makes a template of the guild as it is now: its channels, roles and settings. Maps "Create Guild
 * Template" ({@code POST /guilds/{guild.id}/templates}, resources/guild-template). Obtained from
 * {@link dev.gloam.http.GuildRequests#createGuildTemplate}.
 *
 * <pre>{@code
 * GuildTemplate template = client.createGuildTemplate(guildId, "Study group").description("Channels for a class").send().model();
 * }</pre>
 */
public final class CreateGuildTemplate extends Request<GuildTemplate> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#createGuildTemplate} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param name the template's name, 1 to 100 characters
   */
  public CreateGuildTemplate(Transport transport, Id<GuildMarker> guildId, String name) {
    super(transport, Route.CREATE_GUILD_TEMPLATE, BodyReader.of(GuildTemplate.class), guildId);
    name(name);
  }

  /**
   * Sets the template's name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public CreateGuildTemplate name(String name) {
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
  public CreateGuildTemplate description(String description) {
    json().set("description", description);
    check(() -> TemplateChecks.description(description));
    return this;
  }
}
