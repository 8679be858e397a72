/** Voice states and voice regions. Maps Discord's resources/voice section. */
package dev.gloam.model.voice;
