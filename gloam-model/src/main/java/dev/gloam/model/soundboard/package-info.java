/** Soundboard sounds. Maps Discord's resources/soundboard section. */
package dev.gloam.model.soundboard;
