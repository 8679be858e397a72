package dev.gloam.gateway;

import java.net.URI;
import java.util.Objects;

/**
 * A gateway session that can be resumed: its id, the last sequence number received, and the URL to
 * resume at. Maps the {@code session_id} and {@code resume_gateway_url} of Discord's "Ready" event
 * and the {@code seq} of "Resume" (events/gateway, "Resuming").
 *
 * <p>A program that restarts can save the session of each shard ({@link Shard#session()}) before
 * closing it with {@link Shard#close(int)} and a code other than 1000 or 1001, then give it to the
 * new shard with {@link Shard#resume}, which resumes instead of identifying: no session start is
 * used and the events sent meanwhile are replayed. The three parts are plain values, so a session
 * is easy to store anywhere.
 *
 * <pre>{@code
 * Session saved = shard.session().orElseThrow();
 * shard.close(4000);                               // keeps the session resumable
 * // ... later, maybe in another process:
 * Shard again = Shard.resume(ShardId.ONE, config, new Session(id, sequence, URI.create(url)));
 * }</pre>
 *
 * @param id the session id from {@code READY}
 * @param sequence the last sequence number received, 0 if none yet
 * @param resumeUrl where to resume: {@code resume_gateway_url} from {@code READY}
 */
public record Session(String id, long sequence, URI resumeUrl) {

  /** Checks the parts. */
  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resumeUrl, "resumeUrl");
    if (id.isBlank()) {
      throw new IllegalArgumentException("the session id is blank");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("the sequence is not negative: " + sequence);
    }
    String scheme = resumeUrl.getScheme();
    if (!"wss".equals(scheme) && !"ws".equals(scheme)) {
      throw new IllegalArgumentException("the resume URL must be ws:// or wss://: " + resumeUrl);
    }
  }
}
