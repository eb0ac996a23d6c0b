/* cpt-settings-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-settings-service"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-settings-service.h"

/**
 * cpt_settings_get:
 *
 * The value of @key, or a copy of @fallback when it is not set (or the
 * database cannot be read: settings are read on the way to showing
 * something, where a default is better than an error).
 */
char *
cpt_settings_get (CptDatabase *db,
                  const char  *key,
                  const char  *fallback)
{
  g_autoptr(CptStatement) stmt = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = cpt_database_prepare (db, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return g_strdup (fallback);

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return g_strdup (fallback);

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gboolean
cpt_settings_get_boolean (CptDatabase *db,
                          const char  *key,
                          gboolean     fallback)
{
  g_autofree char *value = cpt_settings_get (db, key, NULL);

  if (value == NULL)
    return fallback;
  if (g_str_equal (value, "1") || g_ascii_strcasecmp (value, "true") == 0)
    return TRUE;
  if (g_str_equal (value, "0") || g_ascii_strcasecmp (value, "false") == 0)
    return FALSE;
  return fallback;
}

gint64
cpt_settings_get_int (CptDatabase *db,
                      const char  *key,
                      gint64       fallback)
{
  g_autofree char *value = cpt_settings_get (db, key, NULL);
  gint64 number;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    return fallback;
  return number;
}

/* Inside the caller's transaction when there is one. */
static gboolean
write_setting (CptDatabase  *db,
               const char   *key,
               const char   *value,
               GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db,
                               "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return cpt_database_set_error (db, error);

  return TRUE;
}

/**
 * cpt_settings_set:
 *
 * Stores @value (valid UTF-8, at most 64 KiB) under @key, in its own
 * transaction; emits CptDatabase::changed with "settings".
 */
gboolean
cpt_settings_set (CptDatabase  *db,
                  const char   *key,
                  const char   *value,
                  GError      **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (value == NULL)
    value = "";
  if (*key == '\0' || !g_utf8_validate (key, -1, NULL) || !g_utf8_validate (value, -1, NULL) ||
      strlen (value) > 65536)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The value of the setting “%s” is not valid text."),
                   g_utf8_validate (key, -1, NULL) ? key : "?");
      return FALSE;
    }

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!write_setting (db, key, value, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }
  cpt_database_mark_changed (db, "settings");
  return cpt_database_commit (db, error);
}

/* The rule stored, or the default (shipped and invoiced) when unreadable. */
CptClosingRule
cpt_settings_get_closing_rule (CptDatabase *db)
{
  g_autofree char *value = cpt_settings_get (db, CPT_SETTING_CLOSING_RULE, NULL);
  CptClosingRule rule;

  if (value == NULL || !cpt_closing_rule_from_string (value, &rule))
    return CPT_CLOSING_RULE_SHIPPED_AND_INVOICED;
  return rule;
}

gboolean
cpt_settings_set_closing_rule (CptDatabase     *db,
                               CptClosingRule   rule,
                               GError         **error)
{
  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if ((guint) rule > CPT_CLOSING_RULE_SHIPPED_AND_INVOICED)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID, _("This closing rule does not exist."));
      return FALSE;
    }

  return cpt_settings_set (db, CPT_SETTING_CLOSING_RULE, cpt_closing_rule_to_string (rule), error);
}

/* 32 random bytes from the kernel, as 64 hexadecimal digits. */
static char *
new_token (GError **error)
{
  guint8 bytes[32];
  GString *token;
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/urandom");
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  gsize read = 0;

  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), bytes, sizeof bytes, &read, NULL, error) ||
      read != sizeof bytes)
    {
      g_clear_error (error);
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_IO,
                           _("Could not generate a secret token for the API."));
      return NULL;
    }

  token = g_string_sized_new (2 * sizeof bytes);
  for (gsize i = 0; i < sizeof bytes; i++)
    g_string_append_printf (token, "%02x", bytes[i]);
  return g_string_free (token, FALSE);
}

/**
 * cpt_settings_ensure_api_token:
 *
 * The API's bearer token, generated and stored at first use.
 */
char *
cpt_settings_ensure_api_token (CptDatabase  *db,
                               GError      **error)
{
  g_autofree char *token = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  token = cpt_settings_get (db, CPT_SETTING_API_TOKEN, NULL);
  if (token != NULL && *token != '\0')
    return g_steal_pointer (&token);

  return cpt_settings_regenerate_api_token (db, error);
}

/* Replaces the API token: clients holding the old one are refused. */
char *
cpt_settings_regenerate_api_token (CptDatabase  *db,
                                   GError      **error)
{
  g_autofree char *token = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  token = new_token (error);
  if (token == NULL || !cpt_settings_set (db, CPT_SETTING_API_TOKEN, token, error))
    return NULL;

  return g_steal_pointer (&token);
}
