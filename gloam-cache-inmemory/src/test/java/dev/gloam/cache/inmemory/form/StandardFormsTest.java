package dev.gloam.cache.inmemory.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildMemberAdd;
import dev.gloam.model.gateway.event.PresenceUpdate;
import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.user.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The compact standard forms give back what they were made from. */
class StandardFormsTest {

  private static Event parse(String type, String data) {
    return GatewayEventParser.parse(
            "{\"op\":0,\"s\":1,\"t\":\"" + type + "\",\"d\":" + data + "}", EventTypeFlags.all())
        .orElseThrow();
  }

  private static User user(String json) {
    GuildMemberAdd add =
        (GuildMemberAdd)
            parse(
                "GUILD_MEMBER_ADD",
                "{\"guild_id\":\"1\",\"user\":"
                    + json
                    + ",\"roles\":[],\"joined_at\":\"2026-01-01T00:00:00Z\",\"deaf\":false,"
                    + "\"mute\":false,\"flags\":0}");
    return add.member().user().orElseThrow();
  }

  @Test
  void usersKeepTheirNamesInOneArray() {
    var plain =
        CachedUser.Standard.of(
            user(
                "{\"id\":\"5\",\"username\":\"ann\",\"discriminator\":\"0\",\"global_name\":null}"));
    assertThat(plain.username()).isEqualTo("ann");
    assertThat(plain.globalName()).isNull();
    assertThat(plain.displayName()).isEqualTo("ann");

    var same =
        CachedUser.Standard.of(
            user(
                "{\"id\":\"5\",\"username\":\"ann\",\"discriminator\":\"0\",\"global_name\":\"ann\"}"));
    assertThat(same.globalName()).isEqualTo("ann");
    assertThat(same).isNotEqualTo(plain);

    var unicode =
        CachedUser.Standard.of(
            user(
                "{\"id\":\"6\",\"username\":\"jörg\",\"discriminator\":\"1234\","
                    + "\"global_name\":\"Jörg ✨\",\"bot\":true}"));
    assertThat(unicode.username()).isEqualTo("jörg");
    assertThat(unicode.globalName()).isEqualTo("Jörg ✨");
    assertThat(unicode.discriminator()).isEqualTo((short) 1234);
    assertThat(unicode.bot()).isTrue();
    assertThat(unicode.system()).isFalse();
  }

  @Test
  void membersKeepRareFieldsApartAndShareEqualRoleArrays() {
    String member =
        "{\"guild_id\":\"1\",\"user\":{\"id\":\"%d\",\"username\":\"u\",\"discriminator\":\"0\"},"
            + "\"roles\":[\"11\",\"12\"],\"joined_at\":\"2026-01-01T00:00:01.500Z\",\"deaf\":%b,"
            + "\"mute\":false,\"flags\":2%s}";
    var plain =
        CachedMember.Standard.of(
            ((GuildMemberAdd) parse("GUILD_MEMBER_ADD", member.formatted(7, false, ""))).member(),
            7);
    var rich =
        CachedMember.Standard.of(
            ((GuildMemberAdd)
                    parse(
                        "GUILD_MEMBER_ADD",
                        member.formatted(
                            8,
                            true,
                            ",\"nick\":\"Nick\",\"communication_disabled_until\":"
                                + "\"2030-01-01T00:00:00Z\"")))
                .member(),
            8);

    assertThat(plain.roles()).as("one array for equal roles").isSameAs(rich.roles());
    assertThat(plain.roleIds()).containsExactly(11, 12).isNotSameAs(plain.roles());
    assertThat(plain.joinedAt()).contains(Instant.parse("2026-01-01T00:00:01Z"));
    assertThat(plain.nick()).isNull();
    assertThat(plain.communicationDisabledUntil()).isEmpty();
    assertThat(plain.flags()).isEqualTo(2);
    assertThat(plain.deaf()).isFalse();
    assertThat(rich.nick()).isEqualTo("Nick");
    assertThat(rich.communicationDisabledUntil()).contains(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(rich.deaf()).isTrue();
    assertThat(rich.hasRole(12)).isTrue();
    assertThat(rich.hasRole(13)).isFalse();
  }

  @Test
  void presencesKeepOneOrSeveralActivities() {
    String presence =
        "{\"user\":{\"id\":\"9\"},\"guild_id\":\"1\",\"status\":\"idle\",\"activities\":[%s],"
            + "\"client_status\":{\"mobile\":\"idle\"}}";
    String chess = "{\"name\":\"chess\",\"type\":0,\"created_at\":1,\"state\":\"In a match\"}";
    String song = "{\"name\":\"Spotify\",\"type\":2,\"created_at\":1,\"details\":\"a song\"}";
    var none =
        CachedPresence.Standard.of(
            ((PresenceUpdate) parse("PRESENCE_UPDATE", presence.formatted(""))).presence());
    var one =
        CachedPresence.Standard.of(
            ((PresenceUpdate) parse("PRESENCE_UPDATE", presence.formatted(chess))).presence());
    var two =
        CachedPresence.Standard.of(
            ((PresenceUpdate) parse("PRESENCE_UPDATE", presence.formatted(chess + "," + song)))
                .presence());

    assertThat(none.activities()).isEmpty();
    assertThat(one.activities())
        .singleElement()
        .satisfies(a -> assertThat(a.state()).isEqualTo("In a match"));
    assertThat(two.activities())
        .extracting(CachedPresence.CachedActivity::name)
        .containsExactly("chess", "Spotify");
    assertThat(two.status()).isEqualTo(Status.IDLE);
    assertThat(two.mobile()).isEqualTo(Status.IDLE);
    assertThat(two.desktop()).isNull();
  }
}
