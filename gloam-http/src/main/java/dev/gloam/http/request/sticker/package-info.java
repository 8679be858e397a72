/** Requests for guild stickers, Discord's sticker packs and any sticker (resources/sticker). */
package dev.gloam.http.request.sticker;
