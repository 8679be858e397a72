package dev.gloam.http.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.routing.Route;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.guild.Ban;
import dev.gloam.model.guild.BulkBanResult;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.RoleColors;
import dev.gloam.model.guild.SystemChannelFlags;
import dev.gloam.model.guild.WelcomeScreenChannel;
import dev.gloam.model.guild.auditlog.AuditLog;
import dev.gloam.model.guild.auditlog.AuditLogEvent;
import dev.gloam.model.guild.integration.Integration;
import dev.gloam.model.guild.onboarding.OnboardingMode;
import dev.gloam.model.guild.template.GuildTemplate;
import dev.gloam.model.guild.widget.WidgetStyle;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The guild, member, ban and role routes (GuildRequests, MemberRequests, RoleRequests). */
final class GuildRouteCalls implements RouteCalls {
  @Override
  public Set<Route> routes() {
    return EnumSet.of(
        Route.ACTION_GUILD_JOIN_REQUEST,
        Route.BULK_UPDATE_GUILD_CHANNELS,
        Route.CREATE_GUILD_CHANNEL,
        Route.CREATE_GUILD_TEMPLATE,
        Route.DELETE_GUILD_INTEGRATION,
        Route.DELETE_GUILD_TEMPLATE,
        Route.GET_GUILD,
        Route.GET_GUILDS_ONBOARDING,
        Route.GET_GUILD_JOIN_REQUESTS,
        Route.GET_GUILD_NEW_MEMBER_WELCOME,
        Route.GET_GUILD_PREVIEW,
        Route.GET_GUILD_TEMPLATE,
        Route.GET_GUILD_VANITY_URL,
        Route.GET_GUILD_WELCOME_SCREEN,
        Route.GET_GUILD_WIDGET,
        Route.GET_GUILD_WIDGET_PNG,
        Route.GET_GUILD_WIDGET_SETTINGS,
        Route.GUILD_SEARCH,
        Route.LIST_GUILD_AUDIT_LOG_ENTRIES,
        Route.LIST_GUILD_CHANNELS,
        Route.LIST_GUILD_INTEGRATIONS,
        Route.LIST_GUILD_INVITES,
        Route.LIST_GUILD_TEMPLATES,
        Route.PREVIEW_PRUNE_GUILD,
        Route.PRUNE_GUILD,
        Route.PUT_GUILDS_ONBOARDING,
        Route.SYNC_GUILD_TEMPLATE,
        Route.UPDATE_GUILD,
        Route.UPDATE_GUILD_INCIDENT_ACTIONS,
        Route.UPDATE_GUILD_TEMPLATE,
        Route.UPDATE_GUILD_WELCOME_SCREEN,
        Route.UPDATE_GUILD_WIDGET_SETTINGS,
        Route.ADD_GUILD_MEMBER,
        Route.ADD_GUILD_MEMBER_ROLE,
        Route.BAN_USER_FROM_GUILD,
        Route.BULK_BAN_USERS_FROM_GUILD,
        Route.DELETE_GUILD_MEMBER,
        Route.DELETE_GUILD_MEMBER_ROLE,
        Route.GET_GUILD_BAN,
        Route.GET_GUILD_MEMBER,
        Route.LIST_GUILD_BANS,
        Route.LIST_GUILD_MEMBERS,
        Route.SEARCH_GUILD_MEMBERS,
        Route.UNBAN_USER_FROM_GUILD,
        Route.UPDATE_GUILD_MEMBER,
        Route.UPDATE_MY_GUILD_MEMBER,
        Route.BULK_UPDATE_GUILD_ROLES,
        Route.CREATE_GUILD_ROLE,
        Route.DELETE_GUILD_ROLE,
        Route.GET_GUILD_ROLE,
        Route.GUILD_ROLE_MEMBER_COUNTS,
        Route.LIST_GUILD_ROLES,
        Route.UPDATE_GUILD_ROLE);
  }

  @Override
  public void run(Fixture fixture) {
    roles(fixture);
    members(fixture);
    bans(fixture);
    guild(fixture);
    channels(fixture);
    templates(fixture);
    extras(fixture);
    // Last: deleting the bot's integration removes the bot from the guild.
    integrations(fixture);
  }

  private static void guild(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    Guild guild = client.guild(guildId).withCounts(true).send().model();
    assertThat(guild.id()).isEqualTo(guildId);
    assertThat(guild.approximateMemberCount()).isPresent();

    Guild renamed =
        client
            .updateGuild(guildId)
            .name("Lantern Club")
            .description("A quiet place")
            .systemChannelFlags(SystemChannelFlags.SUPPRESS_JOIN_NOTIFICATIONS)
            .premiumProgressBarEnabled(true)
            .reason("rebrand")
            .send()
            .model();
    assertThat(renamed.name()).isEqualTo("Lantern Club");
    assertThat(renamed.systemChannelFlags())
        .isEqualTo(SystemChannelFlags.SUPPRESS_JOIN_NOTIFICATIONS);

    assertThat(client.guildPreview(guildId).send().model().id()).isEqualTo(guildId);
    assertThat(client.guildVanityUrl(guildId).send().model().uses()).isNotNegative();

    var settings =
        client
            .updateGuildWidgetSettings(guildId)
            .enabled(true)
            .channelId(fixture.channelId())
            .reason("public widget")
            .send()
            .model();
    assertThat(settings.enabled()).isTrue();
    assertThat(client.guildWidgetSettings(guildId).send().model().channelId())
        .contains(fixture.channelId());
    assertThat(client.guildWidget(guildId).send().model().id()).isEqualTo(guildId);
    byte[] png = client.guildWidgetImage(guildId).style(WidgetStyle.BANNER2).send().model();
    assertThat(png).isNotEmpty();

    var prunable = client.guildPruneCount(guildId).days(7).send().model();
    assertThat(prunable.pruned()).isPresent();
    var pruned =
        client.pruneGuild(guildId).days(30).computePruneCount(true).reason("tidy").send().model();
    assertThat(pruned.pruned()).isPresent();

    AuditLog log =
        client
            .guildAuditLog(guildId)
            .actionType(AuditLogEvent.GUILD_UPDATE)
            .limit(5)
            .send()
            .model();
    assertThat(log.auditLogEntries())
        .anySatisfy(entry -> assertThat(entry.reason()).contains("rebrand"));
  }

  private static void channels(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    Channel lounge =
        client
            .createGuildChannel(guildId, "lounge")
            .type(ChannelType.GUILD_TEXT)
            .topic("Talk about anything")
            .rateLimitPerUser(5)
            .nsfw(false)
            .reason("more room")
            .send()
            .model();
    assertThat(lounge.name()).contains("lounge");
    List<Channel> channels = client.guildChannels(guildId).send().model();
    assertThat(channels).extracting(Channel::id).contains(lounge.id(), fixture.channelId());
    client
        .updateGuildChannelPositions(guildId)
        .move(lounge.id(), 0)
        .id(fixture.channelId())
        .position(1)
        .send();
    assertThat(client.guildChannels(guildId).send().model())
        .filteredOn(channel -> channel.id().equals(lounge.id()))
        .singleElement()
        .satisfies(channel -> assertThat(channel.position()).contains(0));
  }

  private static void templates(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    GuildTemplate created =
        client
            .createGuildTemplate(guildId, "Study group")
            .description("For a class")
            .send()
            .model();
    assertThat(created.code()).isNotBlank();
    String code = created.code();
    assertThat(client.guildTemplate(code).send().model().code()).isNotBlank();
    assertThat(client.guildTemplates(guildId).send().model()).isNotNull();
    assertThat(client.syncGuildTemplate(guildId, code).send().model().code()).isNotBlank();
    assertThat(
            client
                .updateGuildTemplate(guildId, code)
                .name("Study hall")
                .description(null)
                .send()
                .model()
                .code())
        .isNotBlank();
    assertThat(client.deleteGuildTemplate(guildId, code).send().model().code()).isNotBlank();
  }

  private static void extras(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    var screen =
        client
            .updateGuildWelcomeScreen(guildId)
            .enabled(true)
            .description("Pull up a chair")
            .welcomeChannels(
                List.of(
                    new WelcomeScreenChannel(
                        fixture.channelId(), "Say hello", Optional.empty(), Optional.of("👋"))))
            .reason("welcome")
            .send()
            .model();
    assertThat(screen.description()).contains("Pull up a chair");
    assertThat(client.guildWelcomeScreen(guildId).send().model().welcomeChannels())
        .extracting(WelcomeScreenChannel::channelId)
        .containsExactly(fixture.channelId());

    var onboarding =
        client
            .updateGuildOnboarding(guildId)
            .prompts(List.of())
            .defaultChannelIds(List.of(fixture.channelId()))
            .enabled(false)
            .mode(OnboardingMode.ONBOARDING_DEFAULT)
            .send()
            .model();
    assertThat(onboarding.defaultChannelIds()).containsExactly(fixture.channelId());
    assertThat(client.guildOnboarding(guildId).send().model().guildId()).isEqualTo(guildId);

    Instant until = Instant.now().plus(Duration.ofHours(2));
    var incidents =
        client.updateGuildIncidentActions(guildId).invitesDisabledUntil(until).send().model();
    assertThat(incidents.invitesDisabledUntil()).isPresent();

    assertThat(client.guildNewMemberWelcome(guildId).send().status()).isBetween(200, 204);
    var requests = client.guildJoinRequests(guildId).status("SUBMITTED").limit(10).send().model();
    assertThat(requests.isObject()).isTrue();
    var actioned =
        client
            .updateGuildJoinRequest(guildId, Id.of(fixture.humanUserId().value()))
            .reject("Please fill in the form")
            .send()
            .model();
    assertThat(actioned.isObject()).isTrue();

    var found =
        client
            .searchGuildMessages(guildId)
            .content("hello")
            .authorId(List.of(fixture.humanUserId()))
            .authorType(List.of("user", "-bot"))
            .channelId(List.of(fixture.channelId()))
            .has(List.of("link"))
            .sortBy("timestamp")
            .sortOrder("desc")
            .limit(10)
            .offset(0)
            .includeNsfw(false)
            .send()
            .model();
    assertThat(found.messages()).isNotNull();

    assertThat(client.guildInvites(guildId).send().model()).isNotNull();
  }

  private static void integrations(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    List<Integration> integrations = client.guildIntegrations(guildId).send().model();
    assertThat(integrations).isNotEmpty();
    client.deleteGuildIntegration(guildId, integrations.get(0).id()).reason("bye").send();
  }

  private static void roles(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    Role helpers =
        client
            .createGuildRole(guildId)
            .name("Helpers")
            .permissions(Permissions.of(0))
            .colors(new RoleColors(0x3498DB, Optional.empty(), Optional.empty()))
            .hoist(true)
            .mentionable(true)
            .reason("new team")
            .send()
            .model();
    assertThat(helpers.name()).isEqualTo("Helpers");
    Role renamed =
        client
            .updateGuildRole(guildId, helpers.id())
            .name("Guides")
            .hoist(false)
            .reason("rename")
            .send()
            .model();
    assertThat(renamed.name()).isEqualTo("Guides");
    assertThat(client.guildRole(guildId, helpers.id()).send().model().hoist()).isFalse();
    assertThat(client.guildRoles(guildId).send().model())
        .extracting(Role::id)
        .contains(helpers.id());
    List<Role> moved =
        client.updateGuildRolePositions(guildId).move(helpers.id(), 1).send().model();
    assertThat(moved).extracting(Role::id).contains(helpers.id());

    client.addGuildMemberRole(guildId, fixture.humanUserId(), helpers.id()).reason("joined").send();
    Map<Id<RoleMarker>, Integer> counts = client.guildRoleMemberCounts(guildId).send().model();
    assertThat(counts).containsEntry(helpers.id(), 1);
    client
        .removeGuildMemberRole(guildId, fixture.humanUserId(), helpers.id())
        .reason("left")
        .send();
    client.deleteGuildRole(guildId, helpers.id()).reason("unused").send();
    assertThat(client.guildRoles(guildId).send().model())
        .extracting(Role::id)
        .doesNotContain(helpers.id());
  }

  private static void members(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    Id<UserMarker> human = fixture.humanUserId();
    List<Member> page = client.guildMembers(guildId).limit(1000).send().model();
    assertThat(page).extracting(member -> member.user().orElseThrow().id()).contains(human);
    Member first = page.get(0);
    String name = first.user().orElseThrow().username();
    assertThat(client.searchGuildMembers(guildId, name.substring(0, 2)).limit(10).send().model())
        .isNotEmpty();
    assertThat(client.guildMember(guildId, human).send().model().user().orElseThrow().id())
        .isEqualTo(human);

    // The human owns the guild, and owners cannot be timed out.
    Id<UserMarker> regular =
        Id.of(fixture.discord().addMember(fixture.discord().guildId(), "regular"));
    Member nicked =
        client
            .updateGuildMember(guildId, regular)
            .nick("Sunny")
            .timeout(Duration.ofMinutes(10))
            .reason("calm down")
            .send()
            .model();
    assertThat(nicked.nick()).contains("Sunny");
    Member me = client.updateCurrentMember(guildId).nick("Lamplighter").send().model();
    assertThat(me.nick()).contains("Lamplighter");

    long visitor = addStranger(fixture);
    client.removeGuildMember(guildId, Id.of(visitor)).reason("wrong guild").send();
    Optional<Member> added =
        client
            .addGuildMember(guildId, Id.of(visitor), "offline-access-token")
            .nick("Returner")
            .send()
            .model();
    assertThat(added).hasValueSatisfying(member -> assertThat(member.nick()).contains("Returner"));
  }

  private static void bans(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    long troll = fixture.discord().addMember(fixture.discord().guildId(), "troll");
    client
        .createGuildBan(guildId, Id.of(troll))
        .deleteMessageSeconds(3600)
        .reason("trolling")
        .send();
    Ban ban = client.guildBan(guildId, Id.of(troll)).send().model();
    assertThat(ban.reason()).contains("trolling");
    assertThat(client.guildBans(guildId).limit(10).send().model())
        .extracting(b -> b.user().id())
        .contains(Id.<UserMarker>of(troll));
    client.deleteGuildBan(guildId, Id.of(troll)).reason("appeal").send();

    long[] raiders = fixture.discord().addMembers(fixture.discord().guildId(), 2);
    BulkBanResult result =
        client
            .createGuildBulkBan(guildId, List.of(Id.of(raiders[0]), Id.of(raiders[1])))
            .deleteMessageSeconds(0)
            .reason("raid")
            .send()
            .model();
    assertThat(result.bannedUsers()).hasSize(2);
  }

  /** A user who joins and is then kicked, so that Add Guild Member can bring them back. */
  private static long addStranger(Fixture fixture) {
    return fixture.discord().addMember(fixture.discord().guildId(), "stranger");
  }
}
