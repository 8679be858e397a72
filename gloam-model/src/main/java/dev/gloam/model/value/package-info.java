/**
 * The value types under gloam's open enums and bitflags: forward compatible by construction, as
 * unknown values and bits are kept rather than rejected.
 */
package dev.gloam.model.value;
