/**
 * gloam's client for Discord's REST API: a typed request for every operation, sent blocking or
 * asynchronously, checked against Discord's limits and paced by a rate limiter.
 *
 * <pre>{@code
 * Client client = Client.create(System.getenv("DISCORD_TOKEN"));
 * client.createMessage(channelId).content("Hello!").send();
 * }</pre>
 */
module dev.gloam.http {
  requires transitive dev.gloam.model;
  requires transitive dev.gloam.validate;
  requires transitive dev.gloam.http.ratelimiting;
  requires transitive java.net.http;
  requires org.slf4j;

  exports dev.gloam.http;
  exports dev.gloam.http.request;
  exports dev.gloam.http.request.application;
  exports dev.gloam.http.request.application.command;
  exports dev.gloam.http.request.automoderation;
  exports dev.gloam.http.request.channel;
  exports dev.gloam.http.request.channel.message;
  exports dev.gloam.http.request.channel.thread;
  exports dev.gloam.http.request.emoji;
  exports dev.gloam.http.request.gateway;
  exports dev.gloam.http.request.guild;
  exports dev.gloam.http.request.guild.auditlog;
  exports dev.gloam.http.request.guild.ban;
  exports dev.gloam.http.request.guild.member;
  exports dev.gloam.http.request.guild.role;
  exports dev.gloam.http.request.guild.template;
  exports dev.gloam.http.request.interaction;
  exports dev.gloam.http.request.invite;
  exports dev.gloam.http.request.lobby;
  exports dev.gloam.http.request.monetization;
  exports dev.gloam.http.request.oauth2;
  exports dev.gloam.http.request.partnersdk;
  exports dev.gloam.http.request.scheduledevent;
  exports dev.gloam.http.request.soundboard;
  exports dev.gloam.http.request.stage;
  exports dev.gloam.http.request.sticker;
  exports dev.gloam.http.request.user;
  exports dev.gloam.http.request.voice;
  exports dev.gloam.http.request.webhook;
  exports dev.gloam.http.response;
  exports dev.gloam.http.routing;
  exports dev.gloam.http.transport;
}
