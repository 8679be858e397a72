/**
 * Helpers every bot needs on top of the model: builders of request bodies checked with
 * gloam-validate (commands, interaction responses, embeds, components, allowed mentions, polls),
 * the permission calculator ({@link dev.gloam.util.permission.PermissionCalculator}), which gloam's
 * cache uses and which a program can use on its own with data it holds, snowflake helpers ({@link
 * dev.gloam.util.snowflake.Snowflake}), and webhook, jump and CDN links.
 */
module dev.gloam.util {
  requires transitive dev.gloam.model;
  requires transitive dev.gloam.validate;

  exports dev.gloam.util.builder.command;
  exports dev.gloam.util.builder.component;
  exports dev.gloam.util.builder.embed;
  exports dev.gloam.util.builder.interaction;
  exports dev.gloam.util.builder.message;
  exports dev.gloam.util.cdn;
  exports dev.gloam.util.link;
  exports dev.gloam.util.permission;
  exports dev.gloam.util.snowflake;
}
