/** Marker types for {@link dev.gloam.model.id.Id}: one per kind of Discord resource. */
package dev.gloam.model.id.marker;
