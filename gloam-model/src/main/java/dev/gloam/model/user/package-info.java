/**
 * Users: the user object with its flags and collectibles, connections and application role
 * connections. Maps Discord's resources/user section.
 */
package dev.gloam.model.user;
