/** Guild templates and their guild snapshots. Maps Discord's resources/guild-template section. */
package dev.gloam.model.guild.template;
