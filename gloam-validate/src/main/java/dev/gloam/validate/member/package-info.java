/**
 * Checks of the fields of guild member and ban requests (resources/guild, "Guild Member", "Ban").
 */
package dev.gloam.validate.member;
