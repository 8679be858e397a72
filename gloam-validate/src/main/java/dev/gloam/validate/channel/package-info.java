/**
 * Checks of channel fields: names, topics, slow mode, voice settings, forum tags, permission
 * overwrites and voice channel statuses (resources/channel).
 */
package dev.gloam.validate.channel;
