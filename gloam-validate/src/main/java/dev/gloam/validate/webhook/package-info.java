/** Checks of webhook names (resources/webhook). */
package dev.gloam.validate.webhook;
