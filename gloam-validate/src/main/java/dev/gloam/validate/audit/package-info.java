/** Checks of the audit log reason that many requests may carry (resources/audit-log). */
package dev.gloam.validate.audit;
