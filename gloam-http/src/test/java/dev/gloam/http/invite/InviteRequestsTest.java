package dev.gloam.http.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.invite.Invite;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invite requests against the offline Discord. */
class InviteRequestsTest extends AgainstOfflineDiscord {
  static Id<ChannelMarker> channel() {
    return Id.of(discord.channelId());
  }

  @Test
  void theChannelsInvitesContainTheCreatedInvite() {
    Invite created =
        client.createInvite(channel()).maxAge(600).maxUses(3).unique(true).send().model();

    List<Invite> invites = client.channelInvites(channel()).send().model();

    assertThat(invites)
        .anySatisfy(
            invite -> {
              assertThat(invite.code()).isEqualTo(created.code());
              assertThat(invite.maxUses()).contains(3);
              assertThat(invite.maxAge()).contains(600);
            });
  }

  @Test
  void aRevokedInviteNoLongerResolves() {
    Invite created = client.createInvite(channel()).unique(true).send().model();
    assertThat(client.invite(created.code()).send().model().code()).isEqualTo(created.code());

    client.deleteInvite(created.code()).reason("leaked").send();

    assertThatThrownBy(() -> client.invite(created.code()).send())
        .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void anInviteWithoutFieldsSendsAnEmptyObject() {
    RequestBody body = client.createInvite(channel()).toApiRequest().body();
    assertThat(new String(((RequestBody.Json) body).bytes(), StandardCharsets.UTF_8))
        .isEqualTo("{}");
  }

  @Test
  void targetUsersAreSentAsACsvFile() {
    RequestBody body =
        client
            .updateInviteTargetUsers("abc")
            .targetUsersFile(List.of(Id.of(11), Id.of(12)))
            .toApiRequest()
            .body();
    String text = new String(((RequestBody.Multipart) body).bytes(), StandardCharsets.UTF_8);
    assertThat(text).contains("name=\"target_users_file\"").contains("user_id\n11\n12\n");
  }

  @Test
  void aMaxAgeBeyondSevenDaysIsRefused() {
    assertThatThrownBy(() -> client.createInvite(channel()).maxAge(604_801).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> assertThat(e.validationError().orElseThrow().field()).isEqualTo("max_age"));
  }
}
