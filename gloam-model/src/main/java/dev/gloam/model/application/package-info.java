/** Applications. Maps Discord's resources/application section. */
package dev.gloam.model.application;
