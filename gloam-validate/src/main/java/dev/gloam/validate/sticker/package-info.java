/** Checks of guild sticker fields: name, description, tags and file size (resources/sticker). */
package dev.gloam.validate.sticker;
