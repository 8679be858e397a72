package dev.gloam.model.invite;

import java.time.Instant;
import java.util.Optional;

/**
 * The progress of the job that reads an invite's target users file. Maps the response of Discord's
 * "Get Target Users Job Status" (resources/invite).
 *
 * @param status the job's state
 * @param totalUsers the number of users in the file
 * @param processedUsers the number of users processed so far
 * @param createdAt when the job started
 * @param completedAt when the job ended, {@code null} while it runs
 * @param errorMessage why the job failed, if it did ({@code null} otherwise)
 */
public record TargetUsersJobStatus(
    TargetUsersJobStatusCode status,
    int totalUsers,
    int processedUsers,
    Instant createdAt,
    Optional<Instant> completedAt,
    Optional<String> errorMessage) {}
