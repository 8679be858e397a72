/**
 * The validation error and the checks shared by every resource. Checks for one resource live in
 * their own package, such as {@code dev.gloam.validate.message}.
 */
package dev.gloam.validate;
