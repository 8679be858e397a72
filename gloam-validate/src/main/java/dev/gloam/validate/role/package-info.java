/** Checks of the fields of role requests (resources/guild and topics/permissions, "Role"). */
package dev.gloam.validate.role;
