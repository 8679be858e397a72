package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.gateway.LiveState;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.World;

/**
 * Get Current User Voice State and Get User Voice State ({@code resources/voice.mdx}), answered
 * from the voice states the gateway keeps (UPDATE_VOICE_STATE, op 4), so REST and the gateway
 * agree.
 */
public final class VoiceStateRoutes {

  private VoiceStateRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   * @param live the gateway's voice states
   */
  public static void register(Router router, World world, LiveState live) {
    for (String template :
        new String[] {
          "/guilds/{guild.id}/voice-states/@me", "/guilds/{guild.id}/voice-states/{user.id}"
        }) {
      LockedRoutes.add(
          router,
          world,
          "GET",
          template,
          (locked, request) -> {
            Guild guild = Lookup.guild(world, request);
            long userId =
                request.pathParameters().containsKey("user.id")
                    ? Lookup.userId(world, request)
                    : world.bot().id();
            return live.voiceState(guild.id(), userId)
                .map(state -> RestResponse.ok(state, "voice state of " + userId))
                .orElseThrow(() -> new ApiError(404, 10065, "Unknown Voice State"));
          });
    }
  }
}
