package dev.gloam.model.channel.thread;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.Instant;
import java.util.Optional;

/**
 * The fields only threads have. Maps Discord's "Thread Metadata Object" (resources/channel).
 *
 * @param archived whether the thread is archived
 * @param autoArchiveDuration after how long without activity the thread is hidden
 * @param archiveTimestamp when the thread was last archived or unarchived
 * @param locked whether the thread is locked, so only members with {@code MANAGE_THREADS} can
 *     unarchive it
 * @param invitable whether members without moderation rights may add others; sent for private
 *     threads only
 * @param createTimestamp when the thread was created; absent or {@code null} for threads created
 *     before 2022-01-09
 */
public record ThreadMetadata(
    boolean archived,
    AutoArchiveDuration autoArchiveDuration,
    Instant archiveTimestamp,
    boolean locked,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> invitable,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> createTimestamp) {}
