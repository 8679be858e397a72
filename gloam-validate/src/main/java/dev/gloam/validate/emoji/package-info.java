/** Checks of custom emoji fields: names and image sizes (resources/emoji). */
package dev.gloam.validate.emoji;
