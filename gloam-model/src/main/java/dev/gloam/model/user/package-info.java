/** Users. Maps Discord's resources/user section. */
package dev.gloam.model.user;
