package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Map;
import java.util.Optional;

/**
 * The data an application attached to a user for linked roles. Maps Discord's "Application Role
 * Connection Object" (resources/user).
 *
 * @param platformName the name of the platform the application connected (may be {@code null})
 * @param platformUsername the user's name on that platform; not in the object's table but accepted
 *     by "Update Current User Application Role Connection" and sent back (may be {@code null})
 * @param metadata the values for the application's role connection metadata keys, as strings
 */
public record ApplicationRoleConnection(
    Optional<String> platformName,
    @JsonInclude(Include.NON_ABSENT) Optional<String> platformUsername,
    Map<String, String> metadata) {}
