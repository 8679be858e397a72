/** Auto moderation rules, their triggers and actions. Maps Discord's resources/auto-moderation. */
package dev.gloam.model.guild.automod;
