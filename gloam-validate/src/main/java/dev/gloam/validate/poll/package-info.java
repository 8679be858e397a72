/** Checks of polls being created (resources/poll). */
package dev.gloam.validate.poll;
