package dev.gloam.cache.inmemory.form;

import dev.gloam.model.gateway.presence.Activity;
import dev.gloam.model.gateway.presence.ActivityType;
import dev.gloam.model.gateway.presence.ClientStatus;
import dev.gloam.model.gateway.presence.Presence;
import dev.gloam.model.gateway.presence.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  /** The standard form: 40 bytes, and 40 per activity. */
  final class Standard implements CachedPresence {
    private final long userId;
    private final Status status;
    private final Status desktop;
    private final Status mobile;
    private final Status web;
    // Null, one CachedActivity (most presences), or a list of them: no list for a single one.
    private final Object activities;

    /**
     * Makes the form.
     *
     * @param userId the user id
     * @param status the overall status
     * @param desktop the status on desktop, or null when not active there
     * @param mobile the status on mobile, or null
     * @param web the status on the web, or null
     * @param activities the activities, in Discord's order
     */
    public Standard(
        long userId,
        Status status,
        Status desktop,
        Status mobile,
        Status web,
        List<CachedActivity> activities) {
      this.userId = userId;
      this.status = status;
      this.desktop = desktop;
      this.mobile = mobile;
      this.web = web;
      this.activities =
          switch (activities.size()) {
            case 0 -> null;
            case 1 -> activities.get(0);
            default -> List.copyOf(activities);
          };
    }

    /**
     * Keeps a presence's standard fields.
     *
     * @param presence the presence from an event
     * @return the cached form
     */
    public static Standard of(Presence presence) {
      ClientStatus clients = presence.clientStatus();
      List<CachedActivity> activities = new ArrayList<>(presence.activities().size());
      for (Activity activity : presence.activities()) {
        activities.add(CachedActivity.of(activity));
      }
      return new Standard(
          presence.user().id().value(),
          presence.status(),
          clients == null ? null : clients.desktop().orElse(null),
          clients == null ? null : clients.mobile().orElse(null),
          clients == null ? null : clients.web().orElse(null),
          activities);
    }

    @Override
    public long userId() {
      return userId;
    }

    /**
     * Returns the overall status.
     *
     * @return the status
     */
    public Status status() {
      return status;
    }

    /**
     * Returns the status on desktop.
     *
     * @return the status, or null when not active there
     */
    public Status desktop() {
      return desktop;
    }

    /**
     * Returns the status on mobile.
     *
     * @return the status, or null when not active there
     */
    public Status mobile() {
      return mobile;
    }

    /**
     * Returns the status on the web.
     *
     * @return the status, or null when not active there
     */
    public Status web() {
      return web;
    }

    /**
     * Returns the activities, in Discord's order.
     *
     * @return the activities
     */
    @SuppressWarnings("unchecked")
    public List<CachedActivity> activities() {
      return switch (activities) {
        case null -> List.of();
        case CachedActivity one -> List.of(one);
        default -> (List<CachedActivity>) activities;
      };
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Standard that
          && userId == that.userId
          && status.equals(that.status)
          && Objects.equals(desktop, that.desktop)
          && Objects.equals(mobile, that.mobile)
          && Objects.equals(web, that.web)
          && activities().equals(that.activities());
    }

    @Override
    public int hashCode() {
      return Long.hashCode(userId);
    }

    @Override
    public String toString() {
      return "CachedPresence.Standard[userId=" + userId + ", status=" + status + "]";
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
          // A game's details and state ("In a match", "Ranked") repeat across many users.
          Strings.share(activity.details().orElse(null)),
          Strings.share(activity.state().orElse(null)),
          activity.url().orElse(null),
          start.orElse(0L));
    }
  }
}
