/**
 * Guild onboarding: the prompts and options new members answer. Maps the "Guild Onboarding Object"
 * of Discord's resources/guild section.
 */
package dev.gloam.model.guild.onboarding;
