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
  exports dev.gloam.validate.command;
  exports dev.gloam.validate.lobby;
  exports dev.gloam.validate.user;
}
