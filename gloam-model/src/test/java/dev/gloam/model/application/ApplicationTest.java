package dev.gloam.model.application;

import static dev.gloam.model.application.Payloads.load;
import static dev.gloam.model.application.Payloads.roundTrip;
import static dev.gloam.model.application.Payloads.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.guild.GuildFeature;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApplicationTest {
  @Test
  void readsEveryFieldOfAnApplicationWithATeam() {
    Application app = roundTrip(load("application.json"), Application.class);

    assertThat(app.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(app.name()).isEqualTo("Baba O-Riley");
    assertThat(app.icon()).contains(ImageHash.parse("a_dd9b7dcfdf5351b9c3de0fe167bacbe1"));
    assertThat(app.rpcOrigins()).contains(List.of("https://example.com"));
    assertThat(app.botPublic()).isTrue();
    assertThat(app.botRequireCodeGrant()).isFalse();
    assertThat(app.bot().orElseThrow().isBot()).isTrue();
    assertThat(app.owner().orElseThrow().username()).isEqualTo("i own a bot");
    assertThat(app.termsOfServiceUrl()).contains("https://example.com/tos");
    assertThat(app.privacyPolicyUrl()).contains("https://example.com/privacy");
    assertThat(app.verifyKey()).startsWith("1e0a3560");
    assertThat(app.guildId()).contains(Id.of(290926798626357260L));
    ApplicationGuild guild = app.guild().orElseThrow();
    assertThat(guild.id()).isEqualTo(Id.of(290926798626357260L));
    assertThat(guild.name()).contains("Support");
    assertThat(guild.icon()).contains(ImageHash.parse("1f0bfc0865d324c2587920a7d80c609b"));
    assertThat(guild.description()).isEmpty();
    assertThat(guild.features().orElseThrow())
        .containsExactly(GuildFeature.COMMUNITY, GuildFeature.of("SOME_FUTURE_FEATURE"));
    assertThat(app.primarySkuId()).contains(Id.of(172150183260323840L));
    assertThat(app.slug()).contains("test");
    assertThat(app.coverImage()).contains(ImageHash.parse("31deabb7e45b6c8ecfef77d2f99c81a5"));
    assertThat(app.approximateGuildCount()).contains(120);
    assertThat(app.approximateUserInstallCount()).contains(35);
    assertThat(app.approximateUserAuthorizationCount()).contains(40);
    assertThat(app.redirectUris()).contains(List.of("https://example.com/callback"));
    assertThat(app.interactionsEndpointUrl()).contains("https://example.com/interactions");
    assertThat(app.roleConnectionsVerificationUrl()).contains("https://example.com/verify");
    assertThat(app.eventWebhooksUrl()).contains("https://example.com/events");
    assertThat(app.eventWebhooksStatus()).contains(ApplicationEventWebhookStatus.ENABLED);
    assertThat(app.eventWebhooksTypes().orElseThrow()).contains("ENTITLEMENT_CREATE");
    assertThat(app.tags()).contains(List.of("music", "fun"));
    assertThat(app.customInstallUrl()).contains("https://example.com/install");

    InstallParams install = app.installParams().orElseThrow();
    assertThat(install.scopes()).containsExactly("applications.commands", "bot");
    assertThat(install.permissions()).isEqualTo(Permissions.SEND_MESSAGES);

    var config = app.integrationTypesConfig().orElseThrow();
    assertThat(config)
        .containsKeys(
            ApplicationIntegrationType.GUILD_INSTALL,
            ApplicationIntegrationType.USER_INSTALL,
            ApplicationIntegrationType.of(7));
    assertThat(config.get(ApplicationIntegrationType.USER_INSTALL).oauth2InstallParams())
        .map(InstallParams::permissions)
        .contains(Permissions.NONE);
    assertThat(config.get(ApplicationIntegrationType.of(7)).oauth2InstallParams()).isEmpty();
    assertThat(ApplicationIntegrationType.of(7).isKnown()).isFalse();

    Team team = app.team().orElseThrow();
    assertThat(team.name()).isEqualTo("A team");
    assertThat(team.ownerUserId()).isEqualTo(Id.of(511972282709709995L));
    assertThat(team.icon()).isPresent();
    TeamMember owner = team.members().get(0);
    assertThat(owner.membershipState()).isEqualTo(TeamMembershipState.ACCEPTED);
    assertThat(owner.role()).isEqualTo(TeamMemberRole.ADMIN);
    assertThat(owner.permissions()).contains(List.of("*"));
    assertThat(owner.teamId()).isEqualTo(team.id());
    TeamMember invited = team.members().get(1);
    assertThat(invited.membershipState()).isEqualTo(TeamMembershipState.INVITED);
    assertThat(invited.role().isKnown()).isFalse();
    assertThat(invited.role().value()).isEqualTo("billing_wizard");
    assertThat(invited.permissions()).isEmpty();
  }

  @Test
  void keepsUnknownFlagBitsInBothFlagFields() {
    Application app = roundTrip(load("application.json"), Application.class);
    ApplicationFlags flags = app.flags().orElseThrow();
    assertThat(flags.contains(ApplicationFlags.APPLICATION_COMMAND_BADGE)).isTrue();
    assertThat(flags.contains(ApplicationFlags.GATEWAY_MESSAGE_CONTENT_LIMITED)).isTrue();
    assertThat(flags.contains(ApplicationFlags.GATEWAY_PRESENCE_LIMITED)).isTrue();
    assertThat(flags.contains(ApplicationFlags.APPLICATION_AUTO_MODERATION_RULE_CREATE_BADGE))
        .isTrue();
    assertThat(flags.contains(ApplicationFlags.EMBEDDED)).isFalse();
    assertThat(flags.bits() & (1L << 25)).isNotZero();
    assertThat(flags.toString()).contains("APPLICATION_COMMAND_BADGE", "0x2000000");

    assertThat(app.flagsNew().orElseThrow().bits()).isEqualTo(flags.bits() | (1L << 40));
    assertThat(app.allFlags()).isEqualTo(app.flagsNew().orElseThrow());

    JsonNode written = tree(ModelJson.write(app));
    assertThat(written.get("flags").isIntegralNumber()).isTrue();
    assertThat(written.get("flags").asLong()).isEqualTo(42475584L);
    assertThat(written.get("flags_new").isString()).isTrue();
    assertThat(written.get("flags_new").asString()).isEqualTo("1099554103360");
  }

  @Test
  void writesBackEverythingItKnowsAndDropsUnknownFields() {
    String json = load("application.json");
    Application app = roundTrip(json, Application.class);
    JsonNode written = tree(ModelJson.write(app));
    assertThat(written.has("some_future_field")).isFalse();
    JsonNode original = tree(json);
    for (String key :
        List.of(
            "id",
            "icon",
            "rpc_origins",
            "verify_key",
            "guild_id",
            "primary_sku_id",
            "cover_image",
            "flags",
            "flags_new",
            "event_webhooks_status",
            "event_webhooks_types",
            "install_params",
            "integration_types_config",
            "custom_install_url")) {
      assertThat(written.get(key)).as(key).isEqualTo(original.get(key));
    }
    assertThat(written.get("team").get("members").get(1).get("role").asString())
        .isEqualTo("billing_wizard");
  }

  @Test
  void minimalApplicationKeepsAbsentAndNullFieldsApart() {
    Application app = roundTrip(load("application_minimal.json"), Application.class);
    assertThat(app.icon()).isEmpty();
    assertThat(app.team()).isEmpty();
    assertThat(app.flags()).isEmpty();
    assertThat(app.allFlags()).isEqualTo(ApplicationFlags.NONE);
    assertThat(app.interactionsEndpointUrl()).isEmpty();
    assertThat(app.eventWebhooksStatus().orElseThrow().isKnown()).isFalse();
    assertThat(app.eventWebhooksStatus().orElseThrow().value()).isEqualTo(9);

    JsonNode written = tree(ModelJson.write(app));
    assertThat(written.get("icon").isNull()).isTrue();
    assertThat(written.get("team").isNull()).isTrue();
    assertThat(written.get("event_webhooks_status").asInt()).isEqualTo(9);
    assertThat(written.has("bot")).isFalse();
    assertThat(written.has("flags")).isFalse();
    assertThat(written.has("integration_types_config")).isFalse();
  }

  @Test
  void partialApplicationOfReadyHasTypedFlags() {
    PartialApplication partial =
        roundTrip("{\"id\":\"1101245123456789012\",\"flags\":565248}", PartialApplication.class);
    assertThat(partial.flags())
        .isEqualTo(
            ApplicationFlags.GATEWAY_GUILD_MEMBERS_LIMITED.with(
                ApplicationFlags.GATEWAY_MESSAGE_CONTENT_LIMITED,
                ApplicationFlags.GATEWAY_PRESENCE_LIMITED));
    assertThat(ModelJson.write(partial))
        .isEqualTo("{\"id\":\"1101245123456789012\",\"flags\":565248}");
  }

  @Test
  void roleConnectionMetadataKeepsLocalizationsAndUnknownTypes() {
    String json = load("role_connection_metadata.json");
    ApplicationRoleConnectionMetadata[] records =
        Payloads.assertWireKept(json, ApplicationRoleConnectionMetadata[].class);
    assertThat(records).hasSize(3);
    assertThat(records[0].type())
        .isEqualTo(ApplicationRoleConnectionMetadataType.INTEGER_GREATER_THAN_OR_EQUAL);
    assertThat(records[0].nameLocalizations().orElseThrow())
        .containsEntry(DiscordLocale.SPANISH, "Galletas comidas");
    assertThat(records[1].type()).isEqualTo(ApplicationRoleConnectionMetadataType.BOOLEAN_EQUAL);
    assertThat(records[1].descriptionLocalizations()).isEmpty();
    assertThat(records[2].type().isKnown()).isFalse();
    assertThat(records[2].type().value()).isEqualTo(42);
  }

  @Test
  void activityInstanceAndLocation() {
    ActivityInstance instance =
        Payloads.assertWireKept(load("activity_instance.json"), ActivityInstance.class);
    assertThat(instance.applicationId()).isEqualTo(Id.of(1215413995645968394L));
    assertThat(instance.launchId()).isEqualTo(Id.of(1276580072400224306L));
    assertThat(instance.location().kind()).isEqualTo(ActivityLocationKind.GUILD_CHANNEL);
    assertThat(instance.location().guildId()).contains(Id.of(912952092627435520L));
    assertThat(instance.users()).contains(Id.parse("18446744073709551615"));

    ActivityLocation dm =
        roundTrip(
            "{\"id\":\"pc-1\",\"kind\":\"xx\",\"channel_id\":\"912954213460484116\",\"guild_id\":null}",
            ActivityLocation.class);
    assertThat(dm.kind().isKnown()).isFalse();
    assertThat(dm.guildId()).isEqualTo(Optional.empty());
    assertThat(ModelJson.write(dm)).contains("\"kind\":\"xx\"").doesNotContain("guild_id");
  }
}
