package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.gateway.LiveState;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.World;

/**
 * Registers every family of stateful routes. Operations of Discord's description that no family
 * serves get generated answers valid under the schema.
 */
public final class StatefulRoutes {

  private StatefulRoutes() {}

  /**
   * Adds every stateful route.
   *
   * @param router the router to add to
   * @param world the world
   * @param live what the gateway keeps that REST reads too (voice states)
   */
  public static void register(Router router, World world, LiveState live) {
    UserRoutes.register(router, world);
    VoiceStateRoutes.register(router, world, live);
    IntegrationRoutes.register(router, world);
    MessageRoutes.register(router, world);
    ResourceReadRoutes.register(router, world);
    GuildRoutes.register(router, world);
    ChannelRoutes.register(router, world);
    RoleRoutes.register(router, world);
    MemberRoutes.register(router, world);
    BanRoutes.register(router, world);
    EmojiRoutes.register(router, world);
    StickerRoutes.register(router, world);
    InviteRoutes.register(router, world);
    WebhookRoutes.register(router, world);
    CommandRoutes.register(router, world);
    InteractionRoutes.register(router, world);
    ThreadRoutes.register(router, world);
    ScheduledEventRoutes.register(router, world);
    AutoModerationRoutes.register(router, world);
    StageInstanceRoutes.register(router, world);
    AuditLogRoutes.register(router, world);
    ReactionRoutes.register(router, world);
    PinRoutes.register(router, world);
    PollRoutes.register(router, world);
  }
}
