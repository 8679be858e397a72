package dev.gloam.cache.inmemory.form;

/** The forms that keep every method's default: only {@code Standard} forms. */
enum StandardForms implements CachedForms {
  INSTANCE
}
