/**
 * Guild widgets: the public widget, its settings and its image styles. Maps the widget objects of
 * Discord's resources/guild section.
 */
package dev.gloam.model.guild.widget;
