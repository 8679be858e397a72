/**
 * Pure checks of REST request fields against Discord's documented limits. Every check either
 * returns normally or throws a {@link dev.gloam.validate.ValidationException} that names the field,
 * the rule and the limit. gloam-http runs these checks when a request is sent; programs may call
 * them directly, for example to check user input before building a request.
 */
module dev.gloam.validate {
  requires transitive dev.gloam.model;

  exports dev.gloam.validate;
  exports dev.gloam.validate.application;
  exports dev.gloam.validate.audit;
  exports dev.gloam.validate.automoderation;
  exports dev.gloam.validate.channel;
  exports dev.gloam.validate.command;
  exports dev.gloam.validate.component;
  exports dev.gloam.validate.embed;
  exports dev.gloam.validate.emoji;
  exports dev.gloam.validate.guild;
  exports dev.gloam.validate.invite;
  exports dev.gloam.validate.lobby;
  exports dev.gloam.validate.member;
  exports dev.gloam.validate.message;
  exports dev.gloam.validate.poll;
  exports dev.gloam.validate.role;
  exports dev.gloam.validate.scheduledevent;
  exports dev.gloam.validate.soundboard;
  exports dev.gloam.validate.stage;
  exports dev.gloam.validate.sticker;
  exports dev.gloam.validate.template;
  exports dev.gloam.validate.thread;
  exports dev.gloam.validate.user;
  exports dev.gloam.validate.webhook;
}
