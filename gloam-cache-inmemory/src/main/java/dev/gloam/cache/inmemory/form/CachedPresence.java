package dev.gloam.cache.inmemory.form;

import dev.gloam.model.gateway.presence.Activity;
import dev.gloam.model.gateway.presence.ActivityType;
import dev.gloam.model.gateway.presence.ClientStatus;
import dev.gloam.model.gateway.presence.Presence;
import dev.gloam.model.gateway.presence.Status;
import java.util.List;
import java.util.Optional;

/**
 * A user's presence in a guild as the cache keeps it (Discord: events/gateway-events "Presence
 * Update").
 *
 * <p>The cache reads only the user id.
 */
public interface CachedPresence {

  /**
   * Returns the user whose presence this is.
   *
   * @return the user id
   */
  long userId();

  /**
   * The standard form.
   *
   * @param userId the user id
   * @param status the overall status
   * @param desktop the status on desktop, or null when not active there
   * @param mobile the status on mobile, or null
   * @param web the status on the web, or null
   * @param activities the activities, in Discord's order
   */
  record Standard(
      long userId,
      Status status,
      Status desktop,
      Status mobile,
      Status web,
      List<CachedActivity> activities)
      implements CachedPresence {

    /**
     * Keeps a presence's standard fields.
     *
     * @param presence the presence from an event
     * @return the cached form
     */
    public static Standard of(Presence presence) {
      ClientStatus clients = presence.clientStatus();
      List<Activity> sent = presence.activities();
      List<CachedActivity> activities;
      if (sent.isEmpty()) {
        activities = List.of();
      } else {
        CachedActivity[] kept = new CachedActivity[sent.size()];
        for (int i = 0; i < kept.length; i++) {
          kept[i] = CachedActivity.of(sent.get(i));
        }
        activities = List.of(kept);
      }
      return new Standard(
          presence.user().id().value(),
          presence.status(),
          clients == null ? null : clients.desktop().orElse(null),
          clients == null ? null : clients.mobile().orElse(null),
          clients == null ? null : clients.web().orElse(null),
          activities);
    }
  }

  /**
   * An activity as the standard presence form keeps it: what is shown in a member list.
   *
   * @param type the activity type
   * @param name the name
   * @param details what the user is doing, or null
   * @param state the party status or custom status text, or null
   * @param url a stream URL, or null
   * @param startedAtMillis when the activity started, in epoch milliseconds, or 0
   */
  record CachedActivity(
      ActivityType type,
      String name,
      String details,
      String state,
      String url,
      long startedAtMillis) {

    /**
     * Keeps an activity's shown fields.
     *
     * @param activity the activity
     * @return the cached activity
     */
    public static CachedActivity of(Activity activity) {
      Optional<Long> start = activity.timestamps().flatMap(t -> t.start());
      return new CachedActivity(
          activity.type(),
          Strings.share(activity.name()),
          activity.details().orElse(null),
          activity.state().orElse(null),
          activity.url().orElse(null),
          start.orElse(0L));
    }
  }
}
