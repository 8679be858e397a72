package dev.gloam.http.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.application.command.CommandDefinition;
import dev.gloam.http.request.lobby.LobbyMemberUpdate;
import dev.gloam.http.request.monetization.CreateTestEntitlement;
import dev.gloam.http.routing.Route;
import dev.gloam.model.application.ApplicationRoleConnectionMetadata;
import dev.gloam.model.application.ApplicationRoleConnectionMetadataType;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandPermission;
import dev.gloam.model.application.command.CommandPermissionType;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.StringOption;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.EntitlementMarker;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.lobby.Lobby;
import dev.gloam.model.monetization.Entitlement;
import dev.gloam.model.monetization.Sku;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of applications, commands, monetization, users, OAuth2, the gateway, lobbies and the
 * partner SDK. Routes that Discord takes only with a user's grant go through a second client with a
 * Bearer token that shares the fixture's rate limiter.
 */
final class ApplicationRouteCalls implements RouteCalls {
  @Override
  public Set<Route> routes() {
    return EnumSet.of(
        Route.APPLICATIONS_GET_ACTIVITY_INSTANCE,
        Route.GET_APPLICATION,
        Route.GET_APPLICATION_ROLE_CONNECTIONS_METADATA,
        Route.GET_MY_APPLICATION,
        Route.UPDATE_APPLICATION,
        Route.UPDATE_APPLICATION_ROLE_CONNECTIONS_METADATA,
        Route.UPDATE_MY_APPLICATION,
        Route.UPLOAD_APPLICATION_ATTACHMENT,
        Route.BULK_SET_APPLICATION_COMMANDS,
        Route.BULK_SET_GUILD_APPLICATION_COMMANDS,
        Route.CREATE_APPLICATION_COMMAND,
        Route.CREATE_GUILD_APPLICATION_COMMAND,
        Route.DELETE_APPLICATION_COMMAND,
        Route.DELETE_GUILD_APPLICATION_COMMAND,
        Route.GET_APPLICATION_COMMAND,
        Route.GET_GUILD_APPLICATION_COMMAND,
        Route.GET_GUILD_APPLICATION_COMMAND_PERMISSIONS,
        Route.LIST_APPLICATION_COMMANDS,
        Route.LIST_GUILD_APPLICATION_COMMANDS,
        Route.LIST_GUILD_APPLICATION_COMMAND_PERMISSIONS,
        Route.SET_GUILD_APPLICATION_COMMAND_PERMISSIONS,
        Route.UPDATE_APPLICATION_COMMAND,
        Route.UPDATE_GUILD_APPLICATION_COMMAND,
        Route.GET_BOT_GATEWAY,
        Route.GET_GATEWAY,
        Route.ADD_LOBBY_MEMBER,
        Route.BULK_UPDATE_LOBBY_MEMBERS,
        Route.CREATE_LINKED_LOBBY_GUILD_INVITE_FOR_SELF,
        Route.CREATE_LINKED_LOBBY_GUILD_INVITE_FOR_USER,
        Route.CREATE_LOBBY,
        Route.CREATE_LOBBY_MESSAGE,
        Route.CREATE_OR_JOIN_LOBBY,
        Route.DELETE_LOBBY,
        Route.DELETE_LOBBY_MEMBER,
        Route.EDIT_LOBBY,
        Route.EDIT_LOBBY_CHANNEL_LINK,
        Route.GET_LOBBY,
        Route.GET_LOBBY_MESSAGES,
        Route.LEAVE_LOBBY,
        Route.UPDATE_LOBBY_MESSAGE_EXTERNAL_MODERATION_METADATA,
        Route.CONSUME_ENTITLEMENT,
        Route.CREATE_ENTITLEMENT,
        Route.DELETE_ENTITLEMENT,
        Route.GET_CURRENT_USER_APPLICATION_ENTITLEMENTS,
        Route.GET_ENTITLEMENT,
        Route.GET_ENTITLEMENTS,
        Route.GET_SKU_SUBSCRIPTION,
        Route.GET_SKU_SUBSCRIPTIONS,
        Route.LIST_SKUS,
        Route.GET_MY_OAUTH2_APPLICATION,
        Route.GET_MY_OAUTH2_AUTHORIZATION,
        Route.GET_OPENID_CONNECT_USERINFO,
        Route.GET_PUBLIC_KEYS,
        Route.BOT_PARTNER_SDK_TOKEN,
        Route.BOT_PARTNER_SDK_UNMERGE_PROVISIONAL_ACCOUNT,
        Route.PARTNER_SDK_TOKEN,
        Route.PARTNER_SDK_UNMERGE_PROVISIONAL_ACCOUNT,
        Route.UPDATE_USER_MESSAGE_EXTERNAL_MODERATION_METADATA,
        Route.CREATE_DM,
        Route.DELETE_APPLICATION_USER_ROLE_CONNECTION,
        Route.GET_APPLICATION_USER_ROLE_CONNECTION,
        Route.GET_MY_GUILD_MEMBER,
        Route.GET_MY_USER,
        Route.GET_USER,
        Route.LEAVE_GUILD,
        Route.LIST_MY_CONNECTIONS,
        Route.LIST_MY_GUILDS,
        Route.UPDATE_APPLICATION_USER_ROLE_CONNECTION,
        Route.UPDATE_MY_USER);
  }

  @Override
  public void run(Fixture fixture) throws Exception {
    try (Client user =
        Client.builder()
            .bearerToken("a-users-grant")
            .baseUrl(fixture.discord().restUrl())
            .rateLimiter(fixture.client().rateLimiter())
            .build()) {
      applications(fixture);
      commands(fixture, user);
      monetization(fixture, user);
      oauth2AndGateway(fixture, user);
      lobbies(fixture, user);
      partnerSdk(fixture);
      users(fixture, user);
    }
  }

  static List<CommandOption> textOption() {
    return List.of(
        new StringOption(
            "text",
            Optional.of(Map.of(dev.gloam.model.locale.DiscordLocale.GERMAN, "text")),
            Optional.empty(),
            "What to say",
            Optional.empty(),
            Optional.empty(),
            Optional.of(true),
            Optional.empty(),
            Optional.empty(),
            Optional.of(1),
            Optional.of(200)));
  }

  private static void applications(Fixture f) {
    Client client = f.client();
    var app = f.applicationId();
    assertThat(client.currentApplication().send().model().id()).isEqualTo(app);
    assertThat(
            client
                .updateCurrentApplication()
                .description("Rolls dice")
                .tags(List.of("dice", "games"))
                .send()
                .model()
                .id())
        .isNotNull();
    assertThat(client.application(app).send().model().id()).isNotNull();
    assertThat(client.updateApplication(app).description("Rolls dice").send().model().id())
        .isNotNull();
    assertThat(client.activityInstance(app, "i-1234").send().model().instanceId()).isNotNull();
    assertThat(
            client
                .uploadApplicationAttachment(
                    app, AttachmentFile.of("map.png", "png".getBytes(StandardCharsets.UTF_8)))
                .send()
                .model()
                .attachment())
        .isNotNull();
    ApplicationRoleConnectionMetadata wins =
        new ApplicationRoleConnectionMetadata(
            ApplicationRoleConnectionMetadataType.INTEGER_GREATER_THAN_OR_EQUAL,
            "wins",
            "Wins",
            Optional.empty(),
            "Games won",
            Optional.empty());
    assertThat(client.updateRoleConnectionMetadata(app, List.of(wins)).send().model()).isNotNull();
    assertThat(client.roleConnectionMetadata(app).send().model()).isNotNull();
  }

  private static void commands(Fixture f, Client user) {
    Client client = f.client();
    var app = f.applicationId();
    var guild = f.guildId();
    ApplicationCommand global =
        client
            .createGlobalCommand(app, "echo")
            .description("Says it back")
            .options(textOption())
            .send()
            .model();
    assertThat(global.name()).isEqualTo("echo");
    assertThat(client.globalCommand(app, global.id()).send().model().id()).isEqualTo(global.id());
    assertThat(client.globalCommands(app).withLocalizations(true).send().model())
        .extracting(ApplicationCommand::name)
        .contains("echo");
    assertThat(
            client
                .updateGlobalCommand(app, global.id())
                .description("Repeats it")
                .send()
                .model()
                .description())
        .isEqualTo("Repeats it");
    client.deleteGlobalCommand(app, global.id()).send();
    assertThat(
            client
                .setGlobalCommands(
                    app,
                    List.of(
                        CommandDefinition.chatInput("ping", "Replies with pong"),
                        CommandDefinition.user("High five")))
                .send()
                .model())
        .extracting(ApplicationCommand::name)
        .containsExactly("ping", "High five");

    ApplicationCommand local =
        client.createGuildCommand(app, guild, "report").type(CommandType.MESSAGE).send().model();
    assertThat(local.effectiveType()).isEqualTo(CommandType.MESSAGE);
    assertThat(client.guildCommand(app, guild, local.id()).send().model().name())
        .isEqualTo("report");
    assertThat(client.guildCommands(app, guild).send().model()).hasSize(1);
    assertThat(
            client
                .updateGuildCommand(app, guild, local.id())
                .name("Report message")
                .send()
                .model()
                .name())
        .isEqualTo("Report message");
    Id<CommandMarker> kept =
        client
            .setGuildCommands(
                app, guild, List.of(CommandDefinition.chatInput("roll", "Rolls dice")))
            .send()
            .model()
            .get(0)
            .id();
    var set =
        user.updateCommandPermissions(app, guild, kept)
            .permissions(
                List.of(
                    new CommandPermission(
                        CommandPermission.everyone(guild), CommandPermissionType.ROLE, false)))
            .send()
            .model();
    assertThat(set.permissions()).hasSize(1);
    assertThat(client.commandPermissions(app, guild, kept).send().model().id())
        .isEqualTo(kept.cast());
    assertThat(client.guildCommandPermissions(app, guild).send().model()).hasSize(1);
    client.deleteGuildCommand(app, guild, kept).send();
  }

  private static void monetization(Fixture f, Client user) {
    Client client = f.client();
    var app = f.applicationId();
    List<Sku> skus = client.skus(app).send().model();
    assertThat(skus).hasSize(1);
    Id<SkuMarker> sku = skus.get(0).id();
    Entitlement test =
        client
            .createTestEntitlement(
                app, sku, f.humanUserId().cast(), CreateTestEntitlement.OwnerType.USER)
            .send()
            .model();
    assertThat(test.id()).isNotNull();
    Id<EntitlementMarker> entitlement = test.id();
    assertThat(
            client
                .entitlements(app)
                .userId(f.humanUserId())
                .skuIds(List.of(sku))
                .limit(10)
                .excludeEnded(true)
                .excludeDeleted(true)
                .onlyActive(false)
                .send()
                .model())
        .isNotNull();
    assertThat(client.entitlement(app, entitlement).send().model().id()).isNotNull();
    client.consumeEntitlement(app, entitlement).send();
    client.deleteTestEntitlement(app, entitlement).send();
    assertThat(user.currentUserEntitlements(app).excludeConsumed(true).send().model()).isNotNull();
    assertThat(client.skuSubscriptions(sku).userId(f.humanUserId()).limit(5).send().model())
        .isNotNull();
    assertThat(
            client
                .skuSubscription(sku, Id.of(1_234_567_890_123L))
                .userId(f.humanUserId())
                .send()
                .model())
        .isNotNull();
  }

  private static void oauth2AndGateway(Fixture f, Client user) {
    Client client = f.client();
    assertThat(user.currentAuthorization().send().model()).isNotNull();
    assertThat(client.currentBotApplication().send().model().id()).isEqualTo(f.applicationId());
    assertThat(client.publicKeys().send().model().keys()).isNotNull();
    assertThat(user.openIdUserInfo().send().model().sub()).isNotNull();
    assertThat(client.gateway().send().model().url()).startsWith("ws");
    assertThat(client.gatewayBot().send().model().shards()).isEqualTo(1);
  }

  private static void lobbies(Fixture f, Client user) {
    Client client = f.client();
    Lobby lobby =
        client
            .createLobby()
            .metadata(Map.of("mode", "duel"))
            .idleTimeoutSeconds(300)
            .send()
            .model();
    Id<LobbyMarker> id = lobby.id();
    assertThat(user.createOrJoinLobby("match-42").send().model().id()).isNotNull();
    assertThat(client.lobby(id).send().model().id()).isNotNull();
    assertThat(client.updateLobby(id).metadata(Map.of("mode", "team")).send().model()).isNotNull();
    assertThat(user.updateLobbyChannelLink(id).channelId(f.channelId()).send().model()).isNotNull();
    assertThat(
            client.addLobbyMember(id, f.humanUserId()).additionalName("Knight").send().model().id())
        .isNotNull();
    assertThat(
            client
                .updateLobbyMembers(
                    id, List.of(LobbyMemberUpdate.upsert(f.humanUserId()).withAdditionalName("K")))
                .send()
                .model())
        .isNotNull();
    assertThat(user.createLobbyInvite(id).send().model().code()).isNotNull();
    assertThat(client.createLobbyInviteForUser(id, f.humanUserId()).send().model().code())
        .isNotNull();
    assertThat(client.createLobbyMessage(id).content("gg").send().model().id()).isNotNull();
    assertThat(client.lobbyMessages(id).limit(20).send().model()).isNotNull();
    Id<MessageMarker> message = Id.of(1_234_567_890_124L);
    client
        .updateLobbyMessageModerationMetadata(id, message)
        .metadata(Map.of("verdict", "ok"))
        .send();
    client.removeLobbyMember(id, f.humanUserId()).send();
    user.leaveLobby(id).send();
    client.deleteLobby(id).send();
  }

  private static void partnerSdk(Fixture f) {
    Client client = f.client();
    assertThat(client.createBotPartnerSdkToken("player-42").send().model().tokenType()).isNotNull();
    assertThat(
            client
                .createPartnerSdkToken(f.applicationId(), "id-token", "OIDC")
                .send()
                .model()
                .accessToken())
        .isNotNull();
    client.unmergeProvisionalAccount(f.applicationId(), "id-token", "OIDC").send();
    client.unmergeBotProvisionalAccount("player-42").send();
    client
        .updateDmMessageModerationMetadata(
            f.botUserId(), f.humanUserId(), Id.of(1_234_567_890_125L))
        .metadata(Map.of("verdict", "ok"))
        .send();
  }

  private static void users(Fixture f, Client user) {
    Client client = f.client();
    assertThat(client.currentUser().send().model().id()).isEqualTo(f.botUserId());
    assertThat(client.updateCurrentUser().username("dicebot").send().model()).isNotNull();
    assertThat(client.user(f.humanUserId()).send().model().id()).isEqualTo(f.humanUserId());
    assertThat(client.currentUserGuilds().limit(200).withCounts(true).send().model())
        .extracting(g -> g.id())
        .contains(f.guildId());
    assertThat(user.currentUserGuildMember(f.guildId()).send().model()).isNotNull();
    assertThat(client.createDm(f.humanUserId()).send().model().id()).isNotNull();
    assertThat(client.createGroupDm(List.of("grant-1")).send().model().id()).isNotNull();
    assertThat(user.currentUserConnections().send().model()).isNotNull();
    var app = f.applicationId();
    assertThat(
            user.updateApplicationRoleConnection(app)
                .platformName("Dice League")
                .metadata(Map.of("wins", "12"))
                .send()
                .model())
        .isNotNull();
    assertThat(user.applicationRoleConnection(app).send().model()).isNotNull();
    user.deleteApplicationRoleConnection(app).send();
    // Last: the bot leaves the fixture's only guild.
    client.leaveGuild(f.guildId()).send();
  }
}
