/**
 * Computes what a member may do in a guild and in each of its channels, by Discord's rules
 * ("Permissions" in topics/permissions): {@link dev.gloam.util.permission.PermissionCalculator}.
 */
package dev.gloam.util.permission;
