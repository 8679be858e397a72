package dev.gloam.model.guild.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.guild.integration.IntegrationType;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class AuditLogTest {
  static String payload(String name) {
    try (InputStream in = AuditLogTest.class.getResourceAsStream("/payloads/moderation/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AuditLog auditLog() {
    return ModelJson.read(payload("audit_log.json"), AuditLog.class);
  }

  static AuditLogEntry entry(int index) {
    return auditLog().auditLogEntries().get(index);
  }

  @Test
  void readsTheReferencedObjects() {
    AuditLog log = auditLog();
    assertThat(log.auditLogEntries()).hasSize(10);
    assertThat(log.users()).extracting(u -> u.username()).containsExactly("Nelly", "spammer");
    assertThat(log.threads().get(0).type()).isEqualTo(ChannelType.PUBLIC_THREAD);
    assertThat(log.autoModerationRules().get(0).triggerType()).isEqualTo(TriggerType.KEYWORD);
    assertThat(log.guildScheduledEvents().get(0).entityType())
        .isEqualTo(GuildScheduledEventEntityType.EXTERNAL);
  }

  @Test
  void readsAMemberPrune() {
    AuditLogEntry prune = entry(0);
    assertThat(prune.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(prune.actionType()).isEqualTo(AuditLogEvent.MEMBER_PRUNE);
    assertThat(prune.userId()).contains(Id.parse("80351110224678912"));
    assertThat(prune.targetId()).isEmpty();
    assertThat(prune.changes()).isEmpty();
    assertThat(prune.reason()).contains("Spring cleaning");
    AuditLogEntryInfo options = prune.options().orElseThrow();
    assertThat(options.deleteMemberDays()).contains("7");
    assertThat(options.deleteMemberDaysValue()).contains(7L);
    assertThat(options.membersRemovedValue()).contains(3L);
    assertThat(options.count()).isEmpty();
    assertThat(options.countValue()).isEmpty();
  }

  @Test
  void readsAChannelOverwriteUpdateWithPermissionChanges() {
    AuditLogEntry overwrite = entry(1);
    assertThat(overwrite.actionType()).isEqualTo(AuditLogEvent.CHANNEL_OVERWRITE_UPDATE);
    AuditLogEntryInfo options = overwrite.options().orElseThrow();
    assertThat(options.id()).contains(Id.parse("18446744073709551614"));
    assertThat(options.type()).contains("0");
    assertThat(options.overwritesRole()).isTrue();
    assertThat(options.overwritesMember()).isFalse();
    assertThat(options.roleName()).contains("Moderators");

    AuditLogChange allow = overwrite.changes().orElseThrow().get(0);
    assertThat(allow.changeKey()).isEqualTo(AuditLogChangeKey.ALLOW);
    assertThat(allow.oldValueAs(Permissions.class)).contains(Permissions.NONE);
    assertThat(allow.newValueAs(Permissions.class)).contains(Permissions.of(-1L));
    AuditLogChange deny = overwrite.changes().orElseThrow().get(1);
    assertThat(deny.oldValueAs(Permissions.class)).contains(Permissions.SEND_MESSAGES);
  }

  @Test
  void readsPinsAutoModerationAndVoiceOptions() {
    AuditLogEntryInfo pin = entry(2).options().orElseThrow();
    assertThat(entry(2).actionType()).isEqualTo(AuditLogEvent.MESSAGE_PIN);
    assertThat(pin.channelId()).contains(Id.parse("1100000000000000100"));
    assertThat(pin.messageId()).contains(Id.parse("18446744073709551613"));

    AuditLogEntry block = entry(3);
    assertThat(block.actionType()).isEqualTo(AuditLogEvent.AUTO_MODERATION_BLOCK_MESSAGE);
    AuditLogEntryInfo automod = block.options().orElseThrow();
    assertThat(automod.autoModerationRuleName()).contains("Keyword Filter 1");
    assertThat(automod.autoModerationRuleTriggerType()).contains("1");
    assertThat(automod.autoModerationTriggerType()).contains(TriggerType.KEYWORD);
    assertThat(automod.channelId()).contains(Id.parse("1100000000000000100"));

    AuditLogEntry move = entry(7);
    assertThat(move.actionType()).isEqualTo(AuditLogEvent.MEMBER_MOVE);
    assertThat(move.options().orElseThrow().countValue()).contains(2L);

    AuditLogEntry status = entry(8);
    assertThat(status.actionType()).isEqualTo(AuditLogEvent.VOICE_CHANNEL_STATUS_CREATE);
    assertThat(status.options().orElseThrow().status()).contains("Playing chess");
  }

  @Test
  void readsACommandPermissionUpdateKeyedBySnowflake() {
    AuditLogEntry update = entry(4);
    assertThat(update.actionType()).isEqualTo(AuditLogEvent.APPLICATION_COMMAND_PERMISSION_UPDATE);
    assertThat(update.targetId()).contains(Id.parse("18446744073709551612"));
    assertThat(update.options().orElseThrow().applicationId())
        .contains(Id.parse("18446744073709551611"));
    AuditLogChange change = update.changes().orElseThrow().get(0);
    assertThat(change.key()).isEqualTo("18446744073709551600");
    assertThat(change.changeKey().isKnown()).isFalse();
    assertThat(change.oldValue().orElseThrow().get("permission").asBoolean()).isFalse();
    assertThat(change.newValue().orElseThrow().get("permission").asBoolean()).isTrue();
  }

  @Test
  void readsRoleAdditionsAndRemovals() {
    AuditLogEntry roles = entry(5);
    assertThat(roles.actionType()).isEqualTo(AuditLogEvent.MEMBER_ROLE_UPDATE);
    assertThat(roles.userId()).isEmpty();
    assertThat(roles.options().orElseThrow().integrationType()).contains("discord");
    AuditLogChange add = roles.changes().orElseThrow().get(0);
    assertThat(add.changeKey()).isEqualTo(AuditLogChangeKey.ADD_ROLES);
    assertThat(add.oldValue()).isEmpty();
    assertThat(add.roles())
        .containsExactly(
            new AuditLogPartialRole(Id.parse("18446744073709551600"), "Verified"),
            new AuditLogPartialRole(Id.parse("1100000000000000200"), "Member"));
    AuditLogChange remove = roles.changes().orElseThrow().get(1);
    assertThat(remove.changeKey()).isEqualTo(AuditLogChangeKey.REMOVE_ROLES);
    assertThat(remove.roles()).extracting(AuditLogPartialRole::name).containsExactly("Unverified");
  }

  @Test
  void readsChangesOfEveryValueType() {
    List<AuditLogChange> changes = entry(6).changes().orElseThrow();
    assertThat(changes.get(0).newValueAs(String.class)).contains("lobby");
    assertThat(changes.get(0).oldValueAs(String.class)).contains("general");
    assertThat(changes.get(1).newValueAs(Integer.class)).contains(30);
    assertThat(changes.get(2).newValueAs(Boolean.class)).contains(true);

    AuditLogChange reset = changes.get(3);
    assertThat(reset.changeKey()).isEqualTo(AuditLogChangeKey.TOPIC);
    assertThat(reset.newValue()).isEmpty();
    assertThat(reset.oldValueAs(String.class)).contains("Say hi");

    AuditLogChange explicitNull = changes.get(4);
    assertThat(explicitNull.newValue()).isPresent();
    assertThat(explicitNull.newValue().orElseThrow().isNull()).isTrue();
    assertThat(explicitNull.newValueAs(Integer.class)).isEmpty();
    assertThat(explicitNull.oldValueAs(Integer.class)).contains(64000);

    AuditLogChange fromNull = changes.get(5);
    assertThat(fromNull.oldValue()).isEmpty();
    assertThat(fromNull.newValueAs(Integer.class)).contains(3);

    AuditLogChange overwrites = changes.get(6);
    assertThat(overwrites.changeKey()).isEqualTo(AuditLogChangeKey.PERMISSION_OVERWRITES);
    assertThat(overwrites.newValue().orElseThrow().at("/0/allow").asString()).isEqualTo("1024");
    assertThat(overwrites.oldValue().orElseThrow().isEmpty()).isTrue();
  }

  @Test
  void keepsAnUnknownActionTypeAndChangeKey() {
    AuditLogEntry unknown = entry(9);
    assertThat(unknown.actionType().isKnown()).isFalse();
    assertThat(unknown.actionType().value()).isEqualTo(255);
    AuditLogChange change = unknown.changes().orElseThrow().get(0);
    assertThat(change.changeKey()).isEqualTo(AuditLogChangeKey.of("brand_new_key"));
    assertThat(change.changeKey().isKnown()).isFalse();
    assertThat(change.newValue().orElseThrow().toString())
        .isEqualTo("{\"nested\":[1,2.5,\"x\",null,{\"deep\":true}]}");
    assertThat(change.oldValueAs(Integer.class)).contains(-1);
  }

  @Test
  void writesEveryEntryBackExactly() {
    String json = payload("audit_log.json");
    AuditLog first = ModelJson.read(json, AuditLog.class);
    String written = ModelJson.write(first);
    assertThat(ModelJson.read(written, AuditLog.class)).isEqualTo(first);

    JsonNode expected = ModelJson.mapper().readTree(json).get("audit_log_entries");
    ((ObjectNode) expected.get(9)).remove("unknown_entry_field");
    JsonNode actual = ModelJson.mapper().readTree(written);
    assertThat(actual.get("audit_log_entries")).isEqualTo(expected);
    assertThat(actual.get("users")).isEqualTo(ModelJson.mapper().readTree(json).get("users"));
    assertThat(actual.get("auto_moderation_rules"))
        .isEqualTo(ModelJson.mapper().readTree(json).get("auto_moderation_rules"));
    for (String field : List.of("application_commands", "integrations", "webhooks")) {
      assertThat(actual.get(field))
          .as(field)
          .isEqualTo(ModelJson.mapper().readTree(json).get(field));
    }
    assertThat(first.applicationCommands())
        .singleElement()
        .satisfies(command -> assertThat(command.id()).isEqualTo(Id.of(1101245123456789002L)));
    AuditLogIntegration integration = first.integrations().getFirst();
    assertThat(integration.type()).isEqualTo(IntegrationType.TWITCH);
    assertThat(integration.account().name()).isEqualTo("twitchusername");
    assertThat(integration.applicationId()).contains(Id.of(94651234501213162L));
    assertThat(first.webhooks().getFirst().name()).contains("test webhook");
  }

  @Test
  void changesBuiltInCodeOmitAbsentValuesAndKeepNulls() {
    AuditLogChange change =
        new AuditLogChange(
            "nick", Optional.of(ModelJson.mapper().getNodeFactory().nullNode()), Optional.empty());
    assertThat(ModelJson.write(change)).isEqualTo("{\"key\":\"nick\",\"new_value\":null}");
    assertThat(ModelJson.read(ModelJson.write(change), AuditLogChange.class)).isEqualTo(change);
  }

  @Test
  void namesEveryDocumentedActionType() {
    int[] documented = {
      1, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23, 24, 25, 26, 27, 28, 30, 31, 32, 40, 41, 42, 50, 51,
      52, 60, 61, 62, 72, 73, 74, 75, 80, 81, 82, 83, 84, 85, 90, 91, 92, 100, 101, 102, 110, 111,
      112, 121, 130, 131, 132, 140, 141, 142, 143, 144, 145, 146, 150, 151, 163, 164, 165, 166, 167,
      190, 191, 192, 193
    };
    for (int value : documented) {
      assertThat(AuditLogEvent.of(value).isKnown()).as("action type %d", value).isTrue();
    }
    assertThat(AuditLogEvent.of(145))
        .isSameAs(AuditLogEvent.AUTO_MODERATION_USER_COMMUNICATION_DISABLED);
    assertThat(AuditLogEvent.of(2).isKnown()).isFalse();
  }
}
