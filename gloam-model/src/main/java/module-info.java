/**
 * gloam's model of the Discord API v10: typed ids, users, guilds, channels, messages, gateway
 * payloads and events, and the JSON codec that reads and writes them.
 *
 * <p>The packages mirror Discord's documentation sections; every type keeps Discord's names. The
 * model never fails on something Discord adds later: unknown fields are ignored, unknown enum
 * values and flags are kept and written back unchanged.
 *
 * <p>The module is open: JSON binding reads and builds the records reflectively.
 */
open module dev.gloam.model {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;

  // Core: ids, values, JSON.
  exports dev.gloam.model.id;
  exports dev.gloam.model.id.marker;
  exports dev.gloam.model.value;
  exports dev.gloam.model.locale;
  exports dev.gloam.model.json;

  // Gateway.
  exports dev.gloam.model.gateway;
  exports dev.gloam.model.gateway.command;
  exports dev.gloam.model.gateway.connection;
  exports dev.gloam.model.gateway.event;
  exports dev.gloam.model.gateway.presence;

  // Applications, commands and interactions.
  exports dev.gloam.model.application;
  exports dev.gloam.model.application.command;
  exports dev.gloam.model.application.interaction;

  // Messages and their parts.
  exports dev.gloam.model.channel.message;
  exports dev.gloam.model.channel.message.attachment;
  exports dev.gloam.model.channel.message.embed;
  exports dev.gloam.model.channel.message.poll;
  exports dev.gloam.model.channel.message.reaction;

  // Message components.
  exports dev.gloam.model.channel.message.component;

  // Guilds and what belongs to them.
  exports dev.gloam.model.guild;
  exports dev.gloam.model.guild.emoji;
  exports dev.gloam.model.guild.integration;
  exports dev.gloam.model.guild.onboarding;
  exports dev.gloam.model.guild.sticker;
  exports dev.gloam.model.guild.template;
  exports dev.gloam.model.guild.widget;

  // Audit log, auto moderation, scheduled events.
  exports dev.gloam.model.guild.auditlog;
  exports dev.gloam.model.guild.automod;
  exports dev.gloam.model.guild.scheduledevent;

  // Channels, threads, invites, webhooks, voice, users, OAuth2, monetization, lobbies.
  exports dev.gloam.model.channel;
  exports dev.gloam.model.channel.forum;
  exports dev.gloam.model.channel.thread;
  exports dev.gloam.model.invite;
  exports dev.gloam.model.lobby;
  exports dev.gloam.model.monetization;
  exports dev.gloam.model.oauth2;
  exports dev.gloam.model.soundboard;
  exports dev.gloam.model.stage;
  exports dev.gloam.model.user;
  exports dev.gloam.model.voice;
  exports dev.gloam.model.webhook;
}
