/**
 * Checks of soundboard sound fields: name, volume, emoji name and sound size
 * (resources/soundboard).
 */
package dev.gloam.validate.soundboard;
