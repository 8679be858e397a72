/**
 * gloam's model of the Discord API v10: typed ids, users, guilds, channels, messages, gateway
 * payloads and events, and the JSON codec that reads and writes them.
 *
 * <p>The packages mirror Discord's documentation sections; every type keeps Discord's names. The
 * model never fails on something Discord adds later: unknown fields are ignored, unknown enum
 * values and flags are kept and written back unchanged.
 */
module dev.gloam.model {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;

  exports dev.gloam.model.id;
  exports dev.gloam.model.id.marker;
  exports dev.gloam.model.value;
  exports dev.gloam.model.user;
  exports dev.gloam.model.guild;
  exports dev.gloam.model.channel;
  exports dev.gloam.model.channel.message;
  exports dev.gloam.model.application;
  exports dev.gloam.model.gateway;
  exports dev.gloam.model.gateway.connection;
  exports dev.gloam.model.gateway.event;
  exports dev.gloam.model.gateway.command;
  exports dev.gloam.model.json;

  // Jackson binds records and value types reflectively.
  opens dev.gloam.model.id to
      tools.jackson.databind;
  opens dev.gloam.model.value to
      tools.jackson.databind;
  opens dev.gloam.model.user to
      tools.jackson.databind;
  opens dev.gloam.model.guild to
      tools.jackson.databind;
  opens dev.gloam.model.channel to
      tools.jackson.databind;
  opens dev.gloam.model.channel.message to
      tools.jackson.databind;
  opens dev.gloam.model.application to
      tools.jackson.databind;
  opens dev.gloam.model.gateway to
      tools.jackson.databind;
  opens dev.gloam.model.gateway.connection to
      tools.jackson.databind;
  opens dev.gloam.model.gateway.event to
      tools.jackson.databind;
  opens dev.gloam.model.gateway.command to
      tools.jackson.databind;
}
