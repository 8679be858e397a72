/**
 * An offline Discord for tests: REST and gateway servers on loopback that speak Discord's wire
 * protocol. Start one with {@link dev.gloam.testkit.OfflineDiscord#start()}.
 */
module dev.gloam.testkit {
  requires tools.jackson.databind;
  requires jdk.httpserver;
  requires org.slf4j;
  requires static com.github.luben.zstd_jni;

  exports dev.gloam.testkit;
}
