/** Checks of message and modal components, classic and Components V2 (components/reference). */
package dev.gloam.validate.component;
