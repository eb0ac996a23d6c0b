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
      cpt_error_add_field (error, "rule", "%s", _("This closing rule does not exist."));
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

/* ── Company ──────────────────────────────────────────────────────────── */

/**
 * cpt_settings_get_company:
 *
 * The company settings (never %NULL on success: a new file has an empty
 * company, see cpt_company_is_configured()).
 */
CptCompany *
cpt_settings_get_company (CptDatabase  *db,
                          GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(CptCompany) company = NULL;
  g_autoptr(CptAddress) address = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  stmt = cpt_database_prepare (db,
                               "SELECT name, legal_form, share_capital, street, street2, postcode,"
                               " city, country, siren, siret, rcs_city, vat_number, vat_regime,"
                               " vat_on_debits, operations, iban, bic, email, phone, website,"
                               " late_penalty_rate, footer, logo FROM company WHERE id = 1",
                               error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      cpt_database_set_error (db, error);
      return NULL;
    }

#define TEXT(i) ((const char *) sqlite3_column_text (stmt, (i)))
  company = cpt_company_new ();
  address = cpt_address_new (TEXT (3), TEXT (4), TEXT (5), TEXT (6), TEXT (7));
  cpt_company_set_name (company, TEXT (0));
  cpt_company_set_legal_form (company, TEXT (1));
  cpt_company_set_share_capital (company, sqlite3_column_int64 (stmt, 2));
  cpt_company_set_address (company, address);
  cpt_company_set_siren (company, TEXT (8));
  cpt_company_set_siret (company, TEXT (9));
  cpt_company_set_rcs_city (company, TEXT (10));
  cpt_company_set_vat_number (company, TEXT (11));
  cpt_company_set_vat_regime (company, TEXT (12));
  cpt_company_set_vat_on_debits (company, sqlite3_column_int (stmt, 13));
  cpt_company_set_operations (company, TEXT (14));
  cpt_company_set_iban (company, TEXT (15));
  cpt_company_set_bic (company, TEXT (16));
  cpt_company_set_email (company, TEXT (17));
  cpt_company_set_phone (company, TEXT (18));
  cpt_company_set_website (company, TEXT (19));
  cpt_company_set_late_penalty_rate (company, sqlite3_column_int (stmt, 20));
  cpt_company_set_footer (company, TEXT (21));
#undef TEXT
  if (sqlite3_column_type (stmt, 22) == SQLITE_BLOB)
    {
      g_autoptr(GBytes) logo = g_bytes_new (sqlite3_column_blob (stmt, 22),
                                            sqlite3_column_bytes (stmt, 22));

      cpt_company_set_logo (company, logo);
    }

  return g_steal_pointer (&company);
}

/* A logo is printed on every document: keep the file small. */
#define MAX_LOGO_SIZE (2 * 1024 * 1024)

/**
 * cpt_settings_set_company:
 *
 * Normalizes, validates and saves the company; emits
 * CptDatabase::changed "company". Issued documents keep their own copy.
 */
gboolean
cpt_settings_set_company (CptDatabase  *db,
                          CptCompany   *company,
                          GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autofree char *now = cpt_database_dup_timestamp_now ();
  const CptAddress *address;
  GBytes *logo;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (CPT_IS_COMPANY (company), FALSE);

  cpt_company_normalize (company);
  if (!cpt_company_validate (company, error))
    return FALSE;

  logo = cpt_company_get_logo (company);
  if (logo != NULL && g_bytes_get_size (logo) > MAX_LOGO_SIZE)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The logo is too large: choose an image of at most 2 MB."));
      return FALSE;
    }

  if (!cpt_database_begin (db, error))
    return FALSE;

  stmt = cpt_database_prepare (db,
                               "UPDATE company SET name = ?1, legal_form = ?2, share_capital = ?3,"
                               " street = ?4, street2 = ?5, postcode = ?6, city = ?7, country = ?8,"
                               " siren = ?9, siret = ?10, rcs_city = ?11, vat_number = ?12,"
                               " vat_regime = ?13, vat_on_debits = ?14, operations = ?15, iban = ?16,"
                               " bic = ?17, email = ?18, phone = ?19, website = ?20,"
                               " late_penalty_rate = ?21, footer = ?22, logo = ?23, updated_at = ?24"
                               " WHERE id = 1",
                               error);
  if (stmt == NULL)
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  address = cpt_company_get_address (company);
  sqlite3_bind_text (stmt, 1, cpt_company_get_name (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, cpt_company_get_legal_form (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, cpt_company_get_share_capital (company));
  sqlite3_bind_text (stmt, 4, address->street, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, address->street2, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, address->postcode, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, address->city, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, address->country, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, cpt_company_get_siren (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, cpt_company_get_siret (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, cpt_company_get_rcs_city (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, cpt_company_get_vat_number (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, cpt_company_get_vat_regime (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 14, cpt_company_get_vat_on_debits (company) ? 1 : 0);
  sqlite3_bind_text (stmt, 15, cpt_company_get_operations (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 16, cpt_company_get_iban (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 17, cpt_company_get_bic (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 18, cpt_company_get_email (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 19, cpt_company_get_phone (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 20, cpt_company_get_website (company), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 21, cpt_company_get_late_penalty_rate (company));
  sqlite3_bind_text (stmt, 22, cpt_company_get_footer (company), -1, SQLITE_TRANSIENT);
  if (logo != NULL)
    sqlite3_bind_blob64 (stmt, 23, g_bytes_get_data (logo, NULL), g_bytes_get_size (logo),
                         SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 23);
  sqlite3_bind_text (stmt, 24, now, -1, SQLITE_TRANSIENT);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      cpt_database_set_error (db, error);
      cpt_database_rollback (db);
      return FALSE;
    }

  cpt_database_mark_changed (db, "company");
  return cpt_database_commit (db, error);
}
