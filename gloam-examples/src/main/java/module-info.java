/**
 * Runnable programs that show gloam in use; each runs against an offline Discord without a token.
 */
module dev.gloam.examples {
  requires transitive dev.gloam.http;
  requires transitive dev.gloam.gateway;
  requires transitive dev.gloam.cache.inmemory;
  requires transitive dev.gloam.util;
  requires transitive dev.gloam.standby;
  requires transitive dev.gloam.mention;
  requires transitive dev.gloam.command.parser;
  requires transitive dev.gloam.testkit;
  requires org.slf4j;

  exports dev.gloam.examples.cache;
  exports dev.gloam.examples.commands;
  exports dev.gloam.examples.mention;
  exports dev.gloam.examples.ping;
  exports dev.gloam.examples.shards;
  exports dev.gloam.examples.standby;
  exports dev.gloam.examples.util;
}
