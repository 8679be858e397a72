package dev.gloam.benchmarks;

import dev.gloam.testkit.OfflineDiscord;
import java.net.URI;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** Points a JDA builder at a testkit instead of Discord, for the side-by-side harnesses. */
final class JdaAtTestkit {
  private JdaAtTestkit() {}

  /**
   * Sends JDA's REST requests to the testkit and its gateway connections to the testkit's gateway,
   * and leaves shutdown to the harness.
   *
   * @param builder the builder, otherwise set up as the harness wants
   * @param discord the testkit
   * @return the same builder
   */
  static JDABuilder pointAt(JDABuilder builder, OfflineDiscord discord) {
    return pointAt(builder, discord.restUrl(), discord.gatewayUrl());
  }

  /**
   * Sends JDA's REST requests and gateway connections to a testkit known by its URLs, such as one
   * in another process, and leaves shutdown to the harness.
   *
   * @param builder the builder, otherwise set up as the harness wants
   * @param restUrl the testkit's REST base URL, without a trailing slash
   * @param gatewayUrl the testkit's gateway URL
   * @return the same builder
   */
  static JDABuilder pointAt(JDABuilder builder, URI restUrl, URI gatewayUrl) {
    String gateway = gatewayUrl.toString();
    return builder
        .setRestConfig(new RestConfig().setBaseUrl(restUrl + "/"))
        .setSessionController(
            new ConcurrentSessionController() {
              @Override
              public String getGateway() {
                return gateway;
              }
            })
        .setEnableShutdownHook(false);
  }
}
