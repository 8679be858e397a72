package dev.gloam.http.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query of Search Guild Messages: list filters repeat their parameter, as Discord expects. */
class SearchGuildMessagesTest {
  @Test
  void listFiltersRepeatTheirParameter() {
    try (Client client =
        Client.builder().token("Bot unused").baseUrl(URI.create("http://127.0.0.1:9")).build()) {
      Id<GuildMarker> guildId = Id.of(1);
      List<Id<UserMarker>> authors = List.of(Id.of(11), Id.of(12));
      String query =
          client
              .searchGuildMessages(guildId)
              .content("two words")
              .authorId(authors)
              .has(List.of("link", "-file"))
              .limit(5)
              .toApiRequest()
              .query();
      assertThat(query)
          .isEqualTo("content=two%20words&author_id=11&author_id=12&has=link&has=-file&limit=5");
    }
  }
}
