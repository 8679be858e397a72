/**
 * URLs of images on Discord's CDN (reference, "Image Formatting"): {@link
 * dev.gloam.util.cdn.CdnImage} has one factory per kind of image ({@link
 * dev.gloam.util.cdn.AssetKind}), takes typed ids and image hashes, and refuses formats and sizes
 * the CDN does not serve.
 */
package dev.gloam.util.cdn;
