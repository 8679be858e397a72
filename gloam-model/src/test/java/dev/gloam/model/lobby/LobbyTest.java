package dev.gloam.model.lobby;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.tree;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.MessageType;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class LobbyTest {
  @Test
  void lobbyWithMembersAndALinkedChannel() {
    String json = payload("lobby.json");
    Lobby lobby = roundTrip(json, Lobby.class);
    assertThat(lobby.metadata()).contains(Map.of("topic", "we need more redstone"));
    assertThat(lobby.linkedChannel().orElseThrow().type()).isSameAs(ChannelType.GUILD_TEXT);
    assertThat(lobby.members()).hasSize(3);

    LobbyMember first = lobby.members().get(0);
    assertThat(first.metadata()).isEmpty();
    assertThat(first.flags()).contains(LobbyMemberFlags.CAN_LINK_LOBBY);
    assertThat(first.additionalName()).contains("Twindly Shimmerleaf");

    LobbyMember second = lobby.members().get(1);
    assertThat(Long.toUnsignedString(second.id().value())).isEqualTo("18446744073709551615");
    assertThat(second.flags().orElseThrow().toString()).isEqualTo("LobbyMemberFlags[0x6]");
    assertThat(second.metadata()).contains(Map.of("team", "red"));

    LobbyMember third = lobby.members().get(2);
    assertThat(third.flags()).isEmpty();
    assertThat(third.additionalName()).isEmpty();

    // The member's metadata may be absent or null: gloam writes null as absent.
    ObjectNode expected = (ObjectNode) tree(json);
    ((ObjectNode) expected.get("members").get(0)).remove("metadata");
    assertThat(written(lobby)).isEqualTo(expected);
  }

  @Test
  void lobbyWithoutMetadataOrChannel() {
    String json = "{\"id\":\"1\",\"application_id\":\"2\",\"metadata\":null,\"members\":[]}";
    Lobby lobby = roundTrip(json, Lobby.class);
    assertThat(lobby.metadata()).isEmpty();
    assertThat(lobby.linkedChannel()).isEmpty();
    assertThat(ModelJson.write(lobby)).isEqualTo(json);
  }

  @Test
  void lobbyMessagesAndInvites() {
    String json = payload("lobby_message.json");
    LobbyMessage message = roundTrip(json, LobbyMessage.class);
    assertThat(message.type()).isSameAs(MessageType.DEFAULT);
    assertThat(message.content()).isEqualTo("gg");
    assertThat(message.channelId().value()).isEqualTo(message.lobbyId().value());
    assertThat(message.author().username()).isEqualTo("twindly");
    assertThat(message.lobbyMember()).contains(new LobbyMessageMember("Twindly Shimmerleaf"));
    assertThat(message.metadata()).contains(Map.of("match", "42"));
    assertThat(message.moderationMetadata()).contains(Map.of("verdict", "ok"));
    assertThat(message.applicationId()).isEqualTo(Id.parse("41771983429993937"));
    // EPHEMERAL (1 << 6) plus an unknown bit (1 << 16), kept and written back.
    assertThat(message.flags().contains(MessageFlags.EPHEMERAL)).isTrue();
    assertThat(message.flags().bits()).isEqualTo(65600L);
    assertThat(ModelJson.write(message)).contains("\"flags\":65600");

    LobbyInvite invite = roundTrip("{\"code\":\"abc123\"}", LobbyInvite.class);
    assertThat(invite.code()).isEqualTo("abc123");
  }
}
