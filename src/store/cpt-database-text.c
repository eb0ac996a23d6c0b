/* cpt-database-text.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-database"

#include "config.h"

#include <string.h>

#include "cpt-database.h"
#include "cpt-database-private.h"

/* Text helpers of the store: the accent folding behind sort_name, FTS5
 * queries from what users type, timestamps and paging cursors. */

/**
 * cpt_database_fold_text:
 *
 * Lower-cases @text and strips its accents ("Éric" → "eric"), the same way
 * whatever the locale, so that an index built on it stays valid on every
 * machine. Used for the sort_name columns (SQL function cpt_fold()).
 */
char *
cpt_database_fold_text (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }

  folded = g_string_free (out, FALSE);
  return g_utf8_casefold (g_strstrip (folded), -1);
}

static void
sql_fold (sqlite3_context  *context,
          int               argc,
          sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *folded;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  folded = cpt_database_fold_text (text);
  sqlite3_result_text (context, folded, -1, g_free);
}

/* SQL functions the store's statements use: cpt_fold(text). Registered on
 * every connection; the schema itself never calls them, so the file stays
 * readable with the sqlite3 tool. */
void
cpt_database_register_functions (sqlite3 *db)
{
  sqlite3_create_function (db, "cpt_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_fold, NULL, NULL);
}

/**
 * cpt_database_build_fts_query:
 *
 * Turns what the user typed into an FTS5 MATCH expression: every word must
 * appear, as a prefix ("dup mar" finds "Dupont Marie"; "cc-2026-42" finds
 * the words "cc", "2026" and "42…"). Punctuation never reaches FTS5's query
 * syntax. Returns %NULL when @text has no word: list everything then.
 */
char *
cpt_database_build_fts_query (const char *text)
{
  GString *query;
  GString *word;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  query = g_string_new (NULL);
  word = g_string_new (NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          g_string_append_printf (query, "\"%s\"*", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}

char *
cpt_database_dup_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * cpt_database_encode_cursor:
 *
 * A keyset-paging cursor: the sort key and the id of the last row shown,
 * as an opaque URL-safe string (the API returns it as next_cursor).
 */
char *
cpt_database_encode_cursor (const char *key,
                            gint64      id)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s", id, key ? key : "");
  char *encoded = g_base64_encode ((const guchar *) plain, strlen (plain));

  g_strdelimit (encoded, "+", '-');
  g_strdelimit (encoded, "/", '_');
  g_strdelimit (encoded, "=", '\0');

  return encoded;
}

/* Returns FALSE for anything that is not a cursor we made. */
gboolean
cpt_database_decode_cursor (const char  *cursor,
                            char       **key,
                            gint64      *id)
{
  g_autofree char *padded = NULL;
  g_autofree guchar *plain = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;
  char *separator;
  char *end = NULL;

  g_return_val_if_fail (key != NULL && id != NULL, FALSE);

  if (cursor == NULL || *cursor == '\0' || strlen (cursor) > 4096 ||
      strspn (cursor, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != strlen (cursor))
    return FALSE;

  padded = g_strnfill (strlen (cursor) + 4, '=');
  memcpy (padded, cursor, strlen (cursor));
  padded[strlen (cursor) + (4 - strlen (cursor) % 4) % 4] = '\0';
  g_strdelimit (padded, "-", '+');
  g_strdelimit (padded, "_", '/');

  plain = g_base64_decode (padded, &len);
  text = g_strndup ((const char *) plain, len);
  if (len == 0 || strlen (text) != len || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  separator = strchr (text, '\x1f');
  if (separator == NULL)
    return FALSE;
  *separator = '\0';

  *id = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || *id < 0)
    return FALSE;

  *key = g_strdup (separator + 1);
  return TRUE;
}
