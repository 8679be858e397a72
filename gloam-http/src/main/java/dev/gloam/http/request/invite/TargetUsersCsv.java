package dev.gloam.http.request.invite;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** Writes the CSV file of user ids that limits who may accept an invite. */
final class TargetUsersCsv {
  private TargetUsersCsv() {}

  /** Writes one id a line under a {@code user_id} header, as Discord's own export does. */
  static byte[] of(Collection<Id<UserMarker>> userIds) {
    StringBuilder csv = new StringBuilder("user_id\n");
    for (Id<UserMarker> id : userIds) {
      csv.append(id).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
