/**
 * Helpers every bot needs on top of the model. Today: the permission calculator ({@link
 * dev.gloam.util.permission.PermissionCalculator}), which gloam's cache uses and which a program
 * can use on its own with data it holds, and snowflake helpers ({@link
 * dev.gloam.util.snowflake.Snowflake}).
 */
module dev.gloam.util {
  requires transitive dev.gloam.model;
  requires transitive dev.gloam.validate;

  exports dev.gloam.util.builder.component;
  exports dev.gloam.util.builder.embed;
  exports dev.gloam.util.permission;
  exports dev.gloam.util.snowflake;
}
